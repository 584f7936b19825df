/**
 * A real run of the `turn-relay` lab, recorded by `npm run record:turn` (scripts/record-turn-run.ts)
 * in headless Chromium against a local coturn, and shown to learners who have no TURN server. The
 * committed file is `recorded-run.json` beside this one; `checkRecordedRun` is the one gate it
 * passes, in the recorder before it is written, in the lab before it is shown, and in a unit test.
 */
import type { TimelineEntry } from '~/rtc/timeline';
import type { RelayCandidateRow } from './turn-relay.svelte';

/** A relay candidate as the lab listed it: the same fields as its live table rows. */
export type RecordedCandidate = RelayCandidateRow;

/** One end of the selected pair. */
export interface RecordedPairEnd {
  type: string;
  address: string;
  port: number;
  protocol: string;
  relayProtocol: string;
}

/** One getStats() record, reduced to its plain values. */
export type RecordedStats = Record<string, string | number | boolean>;

/** Everything one recorded run showed, with when, which browser and which coturn recorded it. */
export interface RecordedRun {
  /** Version of this file's format. */
  format: 1;
  /** ISO 8601 time of the recording. */
  recordedAt: string;
  /** The browser that ran the lab, e.g. `Chromium 142.0.7444.59 (headless)`. */
  browser: string;
  /** coturn's version, as `turnserver --version` prints it. */
  coturn: string;
  /** The TURN URL the lab used (a loopback coturn on a free port) and its realm. */
  server: { url: string; realm: string };
  candidates: RecordedCandidate[];
  pair: {
    local: RecordedPairEnd;
    remote: RecordedPairEnd;
    state: string;
    nominated: boolean;
    bytesSent: number;
    bytesReceived: number;
  };
  /** Milliseconds from the start of the run until the data channel opened. */
  openMs: number;
  /** Bytes B received through the relay. */
  deliveredBytes: number;
  /** The lab's event timeline, in order. */
  events: TimelineEntry[];
  /** A's getStats() records for the selected pair and its two candidates. */
  stats: { pair: RecordedStats; local: RecordedStats; remote: RecordedStats };
  /** coturn's log lines for the run's allocations, in order. */
  coturnLog: string[];
}

type Check = (value: unknown) => boolean;
const isString: Check = (v) => typeof v === 'string';
const isText: Check = (v) => typeof v === 'string' && v.trim() !== '';
const isCount: Check = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isTime: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isBoolean: Check = (v) => typeof v === 'boolean';
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Problems of `value` against `shape`, each prefixed with its path. */
function checkShape(value: unknown, shape: Record<string, Check>, path: string): string[] {
  if (!isRecord(value)) return [`${path} is not an object`];
  return Object.entries(shape)
    .filter(([key, check]) => !check(value[key]))
    .map(([key]) => `${path}.${key} is missing or of the wrong kind`);
}

function checkList(value: unknown, path: string, each: (v: unknown, at: string) => string[]) {
  if (!Array.isArray(value) || value.length === 0) return [`${path} is not a non-empty list`];
  return value.flatMap((item, i) => each(item, `${path}[${i}]`));
}

const CANDIDATE: Record<string, Check> = {
  peer: isText,
  line: (v) => typeof v === 'string' && /^candidate:.* typ relay/.test(v),
  address: isText,
  port: isCount,
  protocol: isText,
  relayProtocol: isString,
  priority: isCount,
  typePreference: isCount,
  localPreference: isCount,
  component: isCount,
};
const PAIR_END: Record<string, Check> = {
  type: (v) => v === 'relay',
  address: isText,
  port: isCount,
  protocol: isText,
  relayProtocol: isString,
};
const EVENT: Record<string, Check> = { t: isTime, source: isText, event: isText, detail: isString };
const isPlainValue: Check = (v) => ['string', 'number', 'boolean'].includes(typeof v);

function checkStats(value: unknown, path: string): string[] {
  if (!isRecord(value) || !isText(value['type'])) return [`${path} is not a getStats() record`];
  return Object.entries(value)
    .filter(([, v]) => !isPlainValue(v))
    .map(([key]) => `${path}.${key} is not a plain value`);
}

/** Every problem that keeps `value` from being a recorded run; empty when it is one. */
export function checkRecordedRun(value: unknown): string[] {
  if (!isRecord(value)) return ['the recording is not an object'];
  const problems = checkShape(
    value,
    {
      format: (v) => v === 1,
      recordedAt: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
      browser: isText,
      coturn: isText,
      openMs: isTime,
      deliveredBytes: isCount,
    },
    'recording',
  );
  problems.push(...checkShape(value['server'], { url: isText, realm: isText }, 'server'));
  problems.push(
    ...checkList(value['candidates'], 'candidates', (c, at) => checkShape(c, CANDIDATE, at)),
  );
  const pair = value['pair'];
  problems.push(
    ...checkShape(
      pair,
      { state: isText, nominated: isBoolean, bytesSent: isCount, bytesReceived: isCount },
      'pair',
    ),
  );
  if (isRecord(pair)) {
    problems.push(...checkShape(pair['local'], PAIR_END, 'pair.local'));
    problems.push(...checkShape(pair['remote'], PAIR_END, 'pair.remote'));
  }
  problems.push(...checkList(value['events'], 'events', (e, at) => checkShape(e, EVENT, at)));
  const stats = value['stats'];
  if (!isRecord(stats)) problems.push('stats is not an object');
  else
    for (const key of ['pair', 'local', 'remote'])
      problems.push(...checkStats(stats[key], `stats.${key}`));
  problems.push(
    ...checkList(value['coturnLog'], 'coturnLog', (l, at) =>
      isText(l) ? [] : [`${at} is not a line`],
    ),
  );
  return problems;
}

/** Whether `value` is a recorded run (see `checkRecordedRun` for what is wrong when it is not). */
export function isRecordedRun(value: unknown): value is RecordedRun {
  return checkRecordedRun(value).length === 0;
}
