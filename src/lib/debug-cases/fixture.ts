// The shape of a captured case (tests/fixtures/debug-cases/<id>.json, written by
// scripts/capture-debug-cases.ts) and a validator that names what is missing instead of throwing.
import type { DebugCaseId } from './cases';

/** One getStats() record, trimmed to the fields the case needs. */
export interface StatsRecord {
  type: string;
  id: string;
  [field: string]: unknown;
}

/** A getStats() snapshot: milliseconds since the run started, and its records. */
export interface StatsSnapshot {
  at: number;
  records: StatsRecord[];
}

/** One change of iceConnectionState, connectionState or iceGatheringState. */
export interface StateChange {
  at: number;
  peer: string;
  what: string;
  value: string;
}

/** One icecandidateerror event, as the browser reported it. */
export interface IceErrorEvent {
  at: number;
  url: string;
  errorCode: number;
  errorText: string;
  address: string | null;
  port: number | null;
}

/** Snapshots of both peers taken at the same moment. */
export interface PeerSnapshots {
  a: StatsSnapshot;
  b: StatsSnapshot;
}

/** What every fixture has: which case, which browser, when and how it was made. */
interface FixtureBase {
  browser: string;
  capturedAt: string;
  howMade: string;
  states: StateChange[];
}

/** A captured case, by case id. */
export type CaseFixture = FixtureBase &
  (
    | {
        case: 'no-relay';
        config: { iceServers: unknown[] };
        lan: { ended: string; afterMs: number };
        ended: string;
        afterMs: number;
        localCandidates: string[];
        remoteCandidates: string[];
        stats: StatsSnapshot;
      }
    | {
        case: 'no-srflx';
        config: { iceServers: { urls: string }[] };
        localCandidates: string[];
        errors: IceErrorEvent[];
        gatheringMs: number;
      }
    | {
        case: 'fingerprint-changed';
        ended: string;
        offerSent: string;
        offerReceived: string;
        certificateOfA: { algorithm: string; value: string };
        statsOfB: StatsSnapshot;
      }
    | {
        case: 'one-way-video';
        offer: string;
        answer: string;
        transceiverOfB: { mid: string; direction: string; currentDirection: string };
        snapshots: PeerSnapshots[];
      }
    | {
        case: 'turn-401';
        config: { iceServers: { urls: string; username: string }[] };
        localCandidates: string[];
        errors: IceErrorEvent[];
        log: string[];
        expiresAt: number;
        now: number;
        coturn: string;
      }
    | {
        case: 'frozen-video';
        answer: string;
        drops: { at: number; dropped: string }[];
        series: PeerSnapshots[];
      }
  );

/** What each case's fixture must carry beside the common fields: field name and kind. */
const REQUIRED: Record<DebugCaseId, Record<string, 'string' | 'number' | 'array' | 'object'>> = {
  'no-relay': {
    config: 'object',
    lan: 'object',
    ended: 'string',
    afterMs: 'number',
    localCandidates: 'array',
    remoteCandidates: 'array',
    stats: 'object',
  },
  'no-srflx': {
    config: 'object',
    localCandidates: 'array',
    errors: 'array',
    gatheringMs: 'number',
  },
  'fingerprint-changed': {
    ended: 'string',
    offerSent: 'string',
    offerReceived: 'string',
    certificateOfA: 'object',
    statsOfB: 'object',
  },
  'one-way-video': {
    offer: 'string',
    answer: 'string',
    transceiverOfB: 'object',
    snapshots: 'array',
  },
  'turn-401': {
    config: 'object',
    localCandidates: 'array',
    errors: 'array',
    log: 'array',
    expiresAt: 'number',
    now: 'number',
    coturn: 'string',
  },
  'frozen-video': { answer: 'string', drops: 'array', series: 'array' },
};

const COMMON = { browser: 'string', capturedAt: 'string', howMade: 'string', states: 'array' };

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  return value === null ? 'null' : typeof value;
}

/** A parsed fixture, or the list of what is wrong with it (never throws). */
export type FixtureResult = { ok: true; fixture: CaseFixture } | { ok: false; problems: string[] };

/** Checks that `json` is the fixture of case `id`: the case field and every field it needs. */
export function parseCaseFixture(id: DebugCaseId, json: unknown): FixtureResult {
  if (kindOf(json) !== 'object') return { ok: false, problems: ['the evidence is not an object'] };
  const record = json as Record<string, unknown>;
  const problems: string[] = [];
  if (record['case'] !== id) problems.push(`it is the evidence of “${String(record['case'])}”`);
  for (const [field, kind] of Object.entries({ ...COMMON, ...REQUIRED[id] })) {
    const found = kindOf(record[field]);
    if (found !== kind) problems.push(`${field} should be ${kind}, is ${found}`);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, fixture: json as CaseFixture };
}
