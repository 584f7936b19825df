// The `transport` records of getStats() (W3C webrtc-stats RTCTransportStats): the ICE role,
// the ICE state and which candidate pair carries the traffic.
import { isStatsRecord, numberField, stringField } from './stats-record';

/** The ICE side of one transport record. */
export interface TransportIceSummary {
  id: string;
  /** `controlling` or `controlled` (RFC 8445 §6.1.1), or undefined when not reported. */
  iceRole: string | undefined;
  iceState: string | undefined;
  /** The ufrag the local agent uses now: it changes with an ICE restart (RFC 8445 §9). */
  iceLocalUsernameFragment: string | undefined;
  selectedCandidatePairId: string | undefined;
  /** How many times the selected pair changed (a restart or a better pair both count). */
  selectedCandidatePairChanges: number | undefined;
  dtlsState: string | undefined;
}

/** Summarise every transport record, in report order (one with BUNDLE, the usual case). */
export function summarizeTransports(records: Iterable<unknown>): TransportIceSummary[] {
  const out: TransportIceSummary[] = [];
  for (const record of records) {
    if (!isStatsRecord(record) || record.type !== 'transport') continue;
    out.push({
      id: record.id,
      iceRole: stringField(record, 'iceRole'),
      iceState: stringField(record, 'iceState'),
      iceLocalUsernameFragment: stringField(record, 'iceLocalUsernameFragment'),
      selectedCandidatePairId: stringField(record, 'selectedCandidatePairId'),
      selectedCandidatePairChanges: numberField(record, 'selectedCandidatePairChanges'),
      dtlsState: stringField(record, 'dtlsState'),
    });
  }
  return out;
}
