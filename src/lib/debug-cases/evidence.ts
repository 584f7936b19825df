// Turns a captured case into what the lab shows: SDP excerpts with the telling lines marked,
// tables (candidates, pairs, statistics, errors, state changes), facts and log lines. The view
// only lays the blocks out; what to show and what to mark is decided here, where it is tested.
import { parseCandidate } from '../ice/candidate';
import type { CaseFixture, IceErrorEvent, StateChange } from './fixture';
import { sdpExcerpt, type ExcerptLine, type LineMarker } from './sdp-excerpt';
import { cell, count, recordsOf } from './stats-records';

/** A table row; `mark` says why the row tells the case. */
export interface EvidenceRow {
  cells: string[];
  mark?: string;
}

/** One piece of evidence, in the order the lab shows them. */
export type EvidenceBlock =
  | { kind: 'sdp'; title: string; sdp: string; excerpt: ExcerptLine[] }
  | { kind: 'table'; title: string; columns: string[]; numeric: number[]; rows: EvidenceRow[] }
  | { kind: 'facts'; title: string; facts: { label: string; value: string; mark?: string }[] }
  | { kind: 'log'; title: string; lines: EvidenceRow[] };

function row(cells: (string | number)[], mark?: string): EvidenceRow {
  return mark ? { cells: cells.map(String), mark } : { cells: cells.map(String) };
}

function candidateTable(
  title: string,
  lines: readonly string[],
  mark: (type: string) => string | undefined,
): EvidenceBlock {
  const rows = lines.map((line) => {
    const c = parseCandidate(line).candidate;
    return row(
      [c?.type ?? '?', c?.transport ?? '?', c?.address ?? '?', c?.port ?? '?'],
      mark(c?.type ?? ''),
    );
  });
  return {
    kind: 'table',
    title,
    columns: ['Type', 'Protocol', 'Address', 'Port'],
    numeric: [3],
    rows,
  };
}

function errorTable(errors: readonly IceErrorEvent[], code: number): EvidenceBlock {
  const rows = errors.map((e) =>
    row(
      [e.at, e.url, e.errorCode, e.errorText],
      e.errorCode === code ? `error ${code}` : undefined,
    ),
  );
  return {
    kind: 'table',
    title: 'icecandidateerror events',
    columns: ['At (ms)', 'URL', 'Code', 'Text'],
    numeric: [0, 2],
    rows,
  };
}

function stateTable(states: readonly StateChange[], bad: readonly string[]): EvidenceBlock {
  const rows = states
    .filter((s) => s.what !== 'iceGatheringState')
    .map((s) => row([s.at, s.peer, s.what, s.value], bad.includes(s.value) ? s.value : undefined));
  return {
    kind: 'table',
    title: 'State changes',
    columns: ['At (ms)', 'Peer', 'State', 'Value'],
    numeric: [0],
    rows,
  };
}

const markFingerprint: LineMarker = (line) =>
  line.startsWith('a=fingerprint:') ? 'fingerprint' : undefined;
const markVideoDirection: LineMarker = (line, section) =>
  section.startsWith('m=video') && /^a=(sendrecv|sendonly|recvonly|inactive)$/.test(line)
    ? 'direction'
    : undefined;

/** The blocks of evidence for a captured case. */
export function buildEvidence(f: CaseFixture): EvidenceBlock[] {
  switch (f.case) {
    case 'no-relay': {
      const ids = new Map(f.stats.records.map((r) => [r.id, r]));
      const where = (id: unknown) =>
        `${cell(ids.get(String(id)), 'address')}:${cell(ids.get(String(id)), 'port')}`;
      const pairs = recordsOf(f.stats, 'candidate-pair').map((p) =>
        row(
          [
            where(p['localCandidateId']),
            where(p['remoteCandidateId']),
            cell(p, 'state'),
            count(p, 'requestsSent'),
            count(p, 'responsesReceived'),
          ],
          count(p, 'responsesReceived') === 0 ? 'no response' : undefined,
        ),
      );
      return [
        {
          kind: 'facts',
          title: 'Configuration and outcome',
          facts: [
            {
              label: 'iceServers',
              value: JSON.stringify(f.config.iceServers),
              mark: 'no STUN or TURN server',
            },
            { label: 'This run', value: `${f.ended} after ${f.afterMs} ms`, mark: f.ended },
            { label: 'Same peers on one LAN', value: `${f.lan.ended} after ${f.lan.afterMs} ms` },
          ],
        },
        candidateTable('A’s own candidates', f.localCandidates, (t) =>
          t === 'host' ? undefined : t,
        ),
        candidateTable('Candidates A received from B', f.remoteCandidates, () => undefined),
        {
          kind: 'table',
          title: `Candidate pairs at A (getStats at ${f.stats.at} ms)`,
          columns: ['Local', 'Remote', 'State', 'Requests sent', 'Responses'],
          numeric: [3, 4],
          rows: pairs,
        },
        stateTable(f.states, ['failed', 'disconnected']),
      ];
    }
    case 'no-srflx':
      return [
        {
          kind: 'facts',
          title: 'Configuration and gathering',
          facts: [
            { label: 'iceServers', value: JSON.stringify(f.config.iceServers) },
            { label: 'Gathering took', value: `${f.gatheringMs} ms`, mark: 'long' },
          ],
        },
        candidateTable('Candidates gathered', f.localCandidates, () => undefined),
        errorTable(f.errors, 701),
      ];
    case 'fingerprint-changed': {
      const transport = recordsOf(f.statsOfB, 'transport')[0];
      const pair = f.statsOfB.records.find((r) => r.id === transport?.['selectedCandidatePairId']);
      return [
        {
          kind: 'sdp',
          title: 'Offer as A sent it',
          sdp: f.offerSent,
          excerpt: sdpExcerpt(f.offerSent, markFingerprint),
        },
        {
          kind: 'sdp',
          title: 'Offer as B received it',
          sdp: f.offerReceived,
          excerpt: sdpExcerpt(f.offerReceived, markFingerprint),
        },
        {
          kind: 'facts',
          title: 'What the peers report',
          facts: [
            {
              label: 'A’s certificate fingerprint',
              value: `${f.certificateOfA.algorithm} ${f.certificateOfA.value.toUpperCase()}`,
            },
            { label: 'B’s selected pair', value: cell(pair, 'state') },
            { label: 'B’s transport iceState', value: cell(transport, 'iceState') },
            {
              label: 'B’s transport dtlsState',
              value: cell(transport, 'dtlsState'),
              mark: 'failed',
            },
          ],
        },
        stateTable(f.states, ['failed']),
      ];
    }
    case 'one-way-video': {
      const rtpRows = (['a', 'b'] as const).flatMap((peer) =>
        (['outbound-rtp', 'inbound-rtp'] as const).map((type) => {
          const values = f.snapshots.map((s) => recordsOf(s[peer], type, 'video')[0]);
          const field = type === 'outbound-rtp' ? 'bytesSent' : 'bytesReceived';
          if (values.every((v) => v === undefined))
            return row([peer.toUpperCase(), type, 'none', 'none'], 'no record');
          return row([peer.toUpperCase(), type, ...values.map((v) => String(count(v, field)))]);
        }),
      );
      const at = f.snapshots.map((s) => `Bytes at ${(s.a.at / 1000).toFixed(1)} s`);
      return [
        {
          kind: 'sdp',
          title: 'A’s offer',
          sdp: f.offer,
          excerpt: sdpExcerpt(f.offer, markVideoDirection),
        },
        {
          kind: 'sdp',
          title: 'B’s answer',
          sdp: f.answer,
          excerpt: sdpExcerpt(f.answer, markVideoDirection),
        },
        {
          kind: 'facts',
          title: 'B’s video transceiver',
          facts: [
            { label: 'direction', value: f.transceiverOfB.direction },
            {
              label: 'currentDirection',
              value: f.transceiverOfB.currentDirection,
              mark: 'negotiated',
            },
          ],
        },
        {
          kind: 'table',
          title: 'Video RTP statistics, two snapshots',
          columns: ['Peer', 'Record', ...at],
          numeric: [2, 3],
          rows: rtpRows,
        },
      ];
    }
    case 'turn-401': {
      const turn = f.config.iceServers[0];
      return [
        {
          kind: 'facts',
          title: 'Configuration',
          facts: [
            { label: 'TURN URL', value: turn?.urls ?? '' },
            { label: 'username', value: turn?.username ?? '', mark: 'expiry first' },
            { label: 'Expiry in the username', value: new Date(f.expiresAt * 1000).toISOString() },
            { label: 'Time of the request', value: new Date(f.now * 1000).toISOString() },
          ],
        },
        candidateTable('Candidates gathered', f.localCandidates, () => undefined),
        errorTable(f.errors, 401),
        {
          kind: 'log',
          title: `coturn’s log (${f.coturn})`,
          lines: f.log.map((l) =>
            row([l], /user <\d+:|credentials/.test(l) ? 'refused' : undefined),
          ),
        },
      ];
    }
    case 'frozen-video': {
      const rows = f.series.map((s, i) => {
        const inbound = recordsOf(s.b, 'inbound-rtp', 'video')[0];
        const before = i > 0 ? recordsOf(f.series[i - 1]!.b, 'inbound-rtp', 'video')[0] : undefined;
        const outbound = recordsOf(s.a, 'outbound-rtp', 'video')[0];
        const stuck =
          before !== undefined &&
          count(inbound, 'framesDecoded') === count(before, 'framesDecoded');
        const fields = ['packetsReceived', 'framesDecoded', 'keyFramesDecoded', 'pliCount'].map(
          (k) => count(inbound, k),
        );
        return row(
          [(s.b.at / 1000).toFixed(1), ...fields, count(outbound, 'keyFramesEncoded')],
          stuck ? 'no new frame decoded' : undefined,
        );
      });
      const pli: LineMarker = (line, section) =>
        section.startsWith('m=video') &&
        / (nack pli|nack|ccm fir)$/.test(line) &&
        line.startsWith(`a=rtcp-fb:${section.split(' ')[3]} `)
          ? 'feedback'
          : undefined;
      return [
        {
          kind: 'table',
          title: 'B’s received video, one getStats() a second',
          columns: [
            'At (s)',
            'packetsReceived',
            'framesDecoded',
            'keyFramesDecoded',
            'pliCount',
            'A’s keyFramesEncoded',
          ],
          numeric: [0, 1, 2, 3, 4, 5],
          rows,
        },
        {
          kind: 'sdp',
          title: 'B’s answer (video feedback of its first codec)',
          sdp: f.answer,
          excerpt: sdpExcerpt(f.answer, pli),
        },
      ];
    }
  }
}
