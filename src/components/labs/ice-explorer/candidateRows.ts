// One row of the candidate table: a gathered candidate line parsed and its priority decoded by
// src/lib/ice (never re-implemented here), with when it arrived.
import { parseCandidate } from '~/lib/ice/candidate';
import {
  explainCandidatePriority,
  type CandidatePriorityExplanation,
} from '~/lib/ice/priority-explanation';
import type { PeerName } from '~/rtc/loopback';

/** A local candidate of one peer, as the table shows it. */
export interface CandidateRow {
  key: string;
  peer: PeerName;
  /** 0 for the first negotiation, 1 after the first ICE restart, and so on. */
  round: number;
  /** Milliseconds from that peer's setLocalDescription to this candidate. */
  ms: number;
  line: string;
  type: string;
  protocol: string;
  address: string;
  addressKind: string;
  port: number;
  foundation: string;
  tcpType: string;
  relatedAddress: string;
  relatedPort: number | undefined;
  ufrag: string;
  priority: number;
  explanation: CandidatePriorityExplanation;
}

/** Parse a candidate line into a row; undefined when its mandatory fields are unreadable. */
export function toCandidateRow(
  peer: PeerName,
  line: string,
  ms: number,
  round: number,
  index: number,
): CandidateRow | undefined {
  const { candidate } = parseCandidate(line);
  if (!candidate) return undefined;
  return {
    key: `${peer}-${round}-${index}`,
    peer,
    round,
    ms: Math.round(ms * 10) / 10,
    line,
    type: candidate.type,
    protocol: candidate.transport,
    address: candidate.address,
    addressKind: candidate.addressKind,
    port: candidate.port,
    foundation: candidate.foundation,
    tcpType: candidate.tcpType ?? '',
    relatedAddress: candidate.relatedAddress ?? '',
    relatedPort: candidate.relatedPort,
    ufrag: candidate.ufrag ?? '',
    priority: candidate.priority,
    explanation: explainCandidatePriority(candidate.priority, candidate.type),
  };
}

/** Why a browser's type preference may differ from RFC 8445 §5.1.2.2's value, for this row. */
export function typePreferenceNote(row: CandidateRow): string {
  const { typePreference, recommendedTypePreference, followsRecommendation } = row.explanation;
  if (recommendedTypePreference === undefined) {
    return `RFC 8445 recommends no value for the type “${row.type}”.`;
  }
  if (followsRecommendation) {
    return `${typePreference} is the value RFC 8445 §5.1.2.2 recommends for ${row.type} candidates.`;
  }
  const why =
    row.protocol === 'tcp'
      ? 'Your browser ranks TCP candidates below UDP ones of the same type: over TCP a lost packet holds up everything behind it, which hurts real-time media.'
      : row.type === 'relay'
        ? 'Relay preferences differ by the transport to the TURN server (UDP, TCP or TLS), so the browser spreads them over small values instead of a single 0.'
        : 'The RFC allows any value from 0 to 126 as long as the order of the types makes sense for the agent.';
  return `RFC 8445 §5.1.2.2 recommends ${recommendedTypePreference} for ${row.type}; your browser chose ${typePreference}. ${why}`;
}

/**
 * Whether the host candidates carry `.local` names (mDNS) instead of IP addresses: null before
 * any host candidate, true as soon as one of them is hidden.
 */
export function hostsHiddenByMdns(rows: readonly CandidateRow[]): boolean | null {
  const hosts = rows.filter((row) => row.type === 'host');
  if (hosts.length === 0) return null;
  return hosts.some((row) => row.addressKind === 'mdns');
}
