// The selected candidate pair of a connection, read from plain getStats() records
// (W3C webrtc-stats: RTCTransportStats.selectedCandidatePairId, RTCIceCandidatePairStats,
// RTCIceCandidateStats). Pure: the lab turns its RTCStatsReport into an array first.
import { findSelectedCandidatePair, type CandidateStatsSummary } from '../stats';

/** One stats record as plain data (`[...report.values()]`). */
export type StatsRecord = Readonly<Record<string, unknown>> & {
  readonly id: string;
  readonly type: string;
};

/** One end of the selected pair. */
export interface PairEnd {
  /** host, srflx, prflx or relay. */
  type: string;
  address: string;
  port: number;
  /** Transport between the two candidates (udp, or tcp for TCP candidates). */
  protocol: string;
  /** For a local relay candidate: how the browser reaches its TURN server (udp, tcp, tls). */
  relayProtocol: string | undefined;
  /** For a local relay candidate: the TURN URL it came from. */
  url: string | undefined;
  priority: number | undefined;
}

/** The pair ICE selected, its two candidates and what went through it. */
export interface SelectedPair {
  id: string;
  state: string;
  nominated: boolean;
  local: PairEnd;
  remote: PairEnd;
  bytesSent: number;
  bytesReceived: number;
  /** bytesSent + bytesReceived: with relay candidates, every one of them went through the server. */
  bytesRelayed: number;
  /** Seconds, when the browser measured it. */
  roundTripTime: number | undefined;
}

/**
 * The selected pair (src/lib/stats decides which one) as the TURN lab reads it, with the bytes
 * that went through the relay. `undefined` when there is none yet or its candidates are missing.
 */
export function findSelectedPair(records: readonly StatsRecord[]): SelectedPair | undefined {
  const pair = findSelectedCandidatePair(records);
  if (!pair?.local || !pair.remote) return undefined;
  return {
    id: pair.id,
    state: pair.state ?? 'unknown',
    nominated: pair.nominated,
    local: toPairEnd(pair.local),
    remote: toPairEnd(pair.remote),
    bytesSent: pair.bytesSent,
    bytesReceived: pair.bytesReceived,
    bytesRelayed: pair.bytesSent + pair.bytesReceived,
    roundTripTime: pair.rttMs === undefined ? undefined : pair.rttMs / 1000,
  };
}

function toPairEnd(candidate: CandidateStatsSummary): PairEnd {
  return {
    type: candidate.candidateType ?? 'unknown',
    address: candidate.address ?? '',
    port: candidate.port ?? 0,
    protocol: candidate.protocol ?? '',
    relayProtocol: candidate.relayProtocol,
    url: candidate.url,
    priority: candidate.priority,
  };
}
