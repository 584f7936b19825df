// The `local-candidate` and `remote-candidate` records of getStats() (W3C webrtc-stats
// RTCIceCandidateStats), reduced to what a learner reads.
import { numberField, stringField, type StatsRecord } from './stats-record';

/** One candidate as getStats() reports it. */
export interface CandidateStatsSummary {
  id: string;
  isRemote: boolean;
  /** `host`, `srflx`, `prflx` or `relay` (RFC 8445 §5.1.1). */
  candidateType: string | undefined;
  /** `udp` or `tcp`. */
  protocol: string | undefined;
  /**
   * The address, or undefined when the browser withholds it: Chromium reports an empty string
   * for host candidates hidden behind mDNS names and for remote prflx candidates.
   */
  address: string | undefined;
  port: number | undefined;
  priority: number | undefined;
  foundation: string | undefined;
  tcpType: string | undefined;
  usernameFragment: string | undefined;
  /** For relay candidates: `udp`, `tcp` or `tls` between the browser and the TURN server. */
  relayProtocol: string | undefined;
  url: string | undefined;
}

/** Summarise a local- or remote-candidate record; undefined for any other record. */
export function summarizeCandidateStats(
  record: StatsRecord | undefined,
): CandidateStatsSummary | undefined {
  if (!record || (record.type !== 'local-candidate' && record.type !== 'remote-candidate')) {
    return undefined;
  }
  const address = stringField(record, 'address') || stringField(record, 'ip') || undefined;
  return {
    id: record.id,
    isRemote: record.type === 'remote-candidate',
    candidateType: stringField(record, 'candidateType'),
    protocol: stringField(record, 'protocol'),
    address,
    port: numberField(record, 'port'),
    priority: numberField(record, 'priority'),
    foundation: stringField(record, 'foundation'),
    tcpType: stringField(record, 'tcpType'),
    usernameFragment: stringField(record, 'usernameFragment'),
    relayProtocol: stringField(record, 'relayProtocol'),
    url: stringField(record, 'url'),
  };
}
