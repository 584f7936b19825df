// The `candidate-pair` records of getStats() (W3C webrtc-stats RTCIceCandidatePairStats), joined
// with their two candidates and their transport, and the pair the transport has selected.
import { pairPriority } from '../ice/priority';
import { summarizeCandidateStats, type CandidateStatsSummary } from './ice-candidate-stats';
import {
  booleanField,
  indexStats,
  numberField,
  stringField,
  type StatsRecord,
} from './stats-record';
import { summarizeTransports } from './transport-stats';

/** One candidate pair as a learner reads it. */
export interface CandidatePairSummary {
  id: string;
  /** `frozen`, `waiting`, `in-progress`, `succeeded` or `failed` (RFC 8445 §6.1.2.6). */
  state: string | undefined;
  nominated: boolean;
  /** Whether the transport currently sends over this pair. */
  selected: boolean;
  /**
   * The exact pair priority (RFC 8445 §6.1.2.3), computed from both candidates' priorities and
   * this agent's role; undefined when a priority or the role is missing.
   */
  priority: bigint | undefined;
  /** The priority as the browser reported it: a double, so above 2^53 it is rounded. */
  reportedPriority: number | undefined;
  /** `currentRoundTripTime` converted from seconds to milliseconds. */
  rttMs: number | undefined;
  requestsSent: number;
  requestsReceived: number;
  responsesSent: number;
  responsesReceived: number;
  bytesSent: number;
  bytesReceived: number;
  local: CandidateStatsSummary | undefined;
  remote: CandidateStatsSummary | undefined;
  /** This agent's ICE role on the pair's transport. */
  iceRole: string | undefined;
  transportId: string | undefined;
}

/**
 * Every candidate pair in a report with its candidates, its exact priority and whether it is
 * selected; highest priority first (the order of the checklist, RFC 8445 §6.1.2.3).
 */
export function summarizeCandidatePairs(records: Iterable<unknown>): CandidatePairSummary[] {
  const byId = indexStats(records);
  const transports = new Map(summarizeTransports(byId.values()).map((t) => [t.id, t]));
  const pairs: CandidatePairSummary[] = [];
  for (const record of byId.values()) {
    if (record.type !== 'candidate-pair') continue;
    const transportId = stringField(record, 'transportId');
    const transport = transportId === undefined ? undefined : transports.get(transportId);
    const local = summarizeCandidateStats(lookup(byId, stringField(record, 'localCandidateId')));
    const remote = summarizeCandidateStats(lookup(byId, stringField(record, 'remoteCandidateId')));
    const iceRole = transport?.iceRole;
    const rtt = numberField(record, 'currentRoundTripTime');
    pairs.push({
      id: record.id,
      state: stringField(record, 'state'),
      nominated: booleanField(record, 'nominated') ?? false,
      // Firefox marks the pair itself (`selected`); Chromium names it on the transport.
      selected:
        transport?.selectedCandidatePairId === record.id ||
        booleanField(record, 'selected') === true,
      priority: exactPairPriority(local?.priority, remote?.priority, iceRole),
      reportedPriority: numberField(record, 'priority'),
      rttMs: rtt === undefined ? undefined : Math.round(rtt * 1_000_000) / 1000,
      requestsSent: numberField(record, 'requestsSent') ?? 0,
      requestsReceived: numberField(record, 'requestsReceived') ?? 0,
      responsesSent: numberField(record, 'responsesSent') ?? 0,
      responsesReceived: numberField(record, 'responsesReceived') ?? 0,
      bytesSent: numberField(record, 'bytesSent') ?? 0,
      bytesReceived: numberField(record, 'bytesReceived') ?? 0,
      local,
      remote,
      iceRole,
      transportId,
    });
  }
  return pairs.sort(byPriorityDescending);
}

/**
 * The pair the transport sends over now (Chromium's selectedCandidatePairId, Firefox's
 * `selected`), or else the nominated pair that succeeded (browsers that name neither).
 */
export function findSelectedCandidatePair(
  records: Iterable<unknown>,
): CandidatePairSummary | undefined {
  const pairs = summarizeCandidatePairs(records);
  return (
    pairs.find((pair) => pair.selected) ??
    pairs.find((pair) => pair.nominated && pair.state === 'succeeded')
  );
}

/**
 * RFC 8445 §6.1.2.3 with G the controlling agent's candidate: the local one when this agent
 * is controlling, the remote one when it is controlled.
 */
export function exactPairPriority(
  localPriority: number | undefined,
  remotePriority: number | undefined,
  iceRole: string | undefined,
): bigint | undefined {
  if (localPriority === undefined || remotePriority === undefined) return undefined;
  if (iceRole === 'controlling') return pairPriority(localPriority, remotePriority);
  if (iceRole === 'controlled') return pairPriority(remotePriority, localPriority);
  return undefined;
}

function lookup(byId: Map<string, StatsRecord>, id: string | undefined): StatsRecord | undefined {
  return id === undefined ? undefined : byId.get(id);
}

function byPriorityDescending(a: CandidatePairSummary, b: CandidatePairSummary): number {
  if (a.priority !== undefined && b.priority !== undefined && a.priority !== b.priority) {
    return a.priority > b.priority ? -1 : 1;
  }
  if (a.priority === undefined && b.priority !== undefined) return 1;
  if (b.priority === undefined && a.priority !== undefined) return -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
