// A report as the course writes it after a hello-loopback, an ice-explorer and a
// transport-inspector run, with values taken from real Chromium runs; tests tamper with copies.
import { encodeCandidatePriority, pairPriority } from '~/lib/ice/priority';
import { emptyProgress } from '~/lib/progress/schema';
import { withAttempt, withChapterDone } from '~/lib/progress/update';
import { buildReport } from '~/lib/report/build';
import type { LabReport, LabRunRecord } from '~/lib/report/schema';

const hostA = encodeCandidatePriority({
  typePreference: 126,
  localPreference: 32542,
  componentId: 1,
});
const hostB = encodeCandidatePriority({
  typePreference: 126,
  localPreference: 32541,
  componentId: 1,
});
const FINGERPRINT = Array.from({ length: 32 }, (_, i) =>
  (i * 7 + 16).toString(16).toUpperCase().padStart(2, '0'),
).join(':');

/** The three runs of the good report. */
export function goodRuns(): LabRunRecord[] {
  return [
    {
      lab: 'hello-loopback',
      chapter: 'what-is-webrtc',
      startedAt: '2026-11-30T10:00:00.000Z',
      finishedAt: '2026-11-30T10:00:00.120Z',
      outcome: 'done',
      fields: { 'open-ms': '41.3', message: 'hello' },
      rows: [],
    },
    {
      lab: 'ice-explorer',
      chapter: 'ice',
      startedAt: '2026-11-30T10:05:00.000Z',
      finishedAt: '2026-11-30T10:05:01.500Z',
      outcome: 'done',
      fields: {
        'gathering-ms': '12.5',
        'open-ms': '88.1',
        'ice-role': 'controlling',
        'selected-pair': 'CPabc_def',
        'selected-pair.local-type': 'host',
        'selected-pair.remote-type': 'host',
        'pair-changes': '1',
      },
      rows: [
        {
          row: 'candidate',
          peer: 'A',
          ms: '3.2',
          type: 'host',
          protocol: 'udp',
          port: '50123',
          priority: String(hostA),
          'type-preference': '126',
          'local-preference': '32542',
          component: '1',
        },
        {
          row: 'candidate',
          peer: 'B',
          ms: '4.0',
          type: 'host',
          protocol: 'udp',
          port: '50124',
          priority: String(hostB),
          'type-preference': '126',
          'local-preference': '32541',
          component: '1',
        },
        {
          row: 'pair',
          id: 'CPabc_def',
          state: 'succeeded',
          priority: pairPriority(hostA, hostB).toString(),
          nominated: 'true',
          selected: 'true',
          rtt: '0.4',
          'requests-sent': '3',
          'responses-received': '3',
          'local-type': 'host',
          'remote-type': 'host',
        },
      ],
    },
    {
      lab: 'transport-inspector',
      chapter: 'security',
      startedAt: '2026-11-30T10:10:00.000Z',
      finishedAt: '2026-11-30T10:10:00.900Z',
      outcome: 'done',
      fields: {
        'dtls-role': 'A:server,B:client',
        'dtls-role.a': 'server',
        'dtls-role.b': 'client',
        'tls-version': 'FEFD',
        'dtls-cipher': 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
        'ice-role': 'A:controlling,B:controlled',
        'ice-role.a': 'controlling',
        'ice-role.b': 'controlled',
        'connected-ms': '60.2',
        'fingerprint-match': 'true',
      },
      rows: [
        { row: 'fingerprint', source: 'computed', value: FINGERPRINT },
        { row: 'fingerprint', source: 'sdp', value: FINGERPRINT },
        { row: 'fingerprint', source: 'certificate', value: FINGERPRINT },
        { row: 'dtls-state', peer: 'A', state: 'connecting', ms: '20.1' },
        { row: 'dtls-state', peer: 'A', state: 'connected', ms: '58.9' },
      ],
    },
  ];
}

/** A report the checker must find consistent. */
export function goodReport(): LabReport {
  let progress = withChapterDone(emptyProgress(), 'ice', true, '2026-11-30T10:06:00.000Z');
  progress = withAttempt(
    progress,
    { kind: 'quiz', id: 'ice/q1', chapter: 'ice', ok: false, answer: '1' },
    '2026-11-30T10:07:00.000Z',
  );
  progress = withAttempt(
    progress,
    { kind: 'quiz', id: 'ice/q1', chapter: 'ice', ok: true, answer: '2' },
    '2026-11-30T10:08:00.000Z',
  );
  progress = withAttempt(
    progress,
    { kind: 'prediction', id: 'ice-explorer/selected-type', ok: true, answer: 'host' },
    '2026-11-30T10:04:00.000Z',
  );
  progress = withAttempt(
    progress,
    { kind: 'exercise', id: 'candidate-priority', ok: false },
    '2026-11-30T10:09:00.000Z',
  );
  return buildReport(goodRuns(), progress, '2026-11-30T11:00:00.000Z');
}

/** A copy of the good report, changed by `edit`. */
export function tampered(edit: (r: LabReport) => void): string {
  const r = goodReport();
  edit(r);
  return JSON.stringify(r);
}
