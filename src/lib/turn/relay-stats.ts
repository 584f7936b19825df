// The selected candidate pair of a connection, read from plain getStats() records
// (W3C webrtc-stats: RTCTransportStats.selectedCandidatePairId, RTCIceCandidatePairStats,
// RTCIceCandidateStats). Pure: the lab turns its RTCStatsReport into an array first.

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

const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * The selected pair: the transport's `selectedCandidatePairId`, or else the nominated pair that
 * succeeded (older browsers). `undefined` when there is none yet or its candidates are missing.
 */
export function findSelectedPair(records: readonly StatsRecord[]): SelectedPair | undefined {
  const byId = new Map(records.map((r) => [r.id, r]));
  const transport = records.find(
    (r) => r.type === 'transport' && str(r['selectedCandidatePairId']),
  );
  const fromTransport = transport
    ? byId.get(str(transport['selectedCandidatePairId']) ?? '')
    : undefined;
  const pair =
    fromTransport ??
    records.find(
      (r) => r.type === 'candidate-pair' && r['nominated'] === true && r['state'] === 'succeeded',
    );
  if (!pair) return undefined;
  const local = readEnd(byId.get(str(pair['localCandidateId']) ?? ''));
  const remote = readEnd(byId.get(str(pair['remoteCandidateId']) ?? ''));
  if (!local || !remote) return undefined;
  const bytesSent = num(pair['bytesSent']) ?? 0;
  const bytesReceived = num(pair['bytesReceived']) ?? 0;
  return {
    id: pair.id,
    state: str(pair['state']) ?? 'unknown',
    nominated: pair['nominated'] === true,
    local,
    remote,
    bytesSent,
    bytesReceived,
    bytesRelayed: bytesSent + bytesReceived,
    roundTripTime: num(pair['currentRoundTripTime']),
  };
}

function readEnd(record: StatsRecord | undefined): PairEnd | undefined {
  if (!record) return undefined;
  return {
    type: str(record['candidateType']) ?? 'unknown',
    // `address` is the current name; `ip` the older one some browsers still send.
    address: str(record['address']) ?? str(record['ip']) ?? '',
    port: num(record['port']) ?? 0,
    protocol: str(record['protocol']) ?? '',
    relayProtocol: str(record['relayProtocol']),
    url: str(record['url']),
    priority: num(record['priority']),
  };
}
