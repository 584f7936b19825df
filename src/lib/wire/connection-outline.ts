// The structure of a captured connection, bytes aside: the ordered list of distinct things each
// side sent, without STUN checks and SACKs (their number depends on timing). The capture script
// and the unit tests compare it with the expected sequence.
import type { DecodedDatagram } from './connection';

/** The sequence a clean capture shows: handshake, association, channel, greeting, close. */
export const EXPECTED_OUTLINE: readonly string[] = [
  'werift ClientHello',
  'chromium ServerHello, Certificate, ServerKeyExchange, CertificateRequest, ServerHelloDone',
  'werift Certificate',
  'werift ClientKeyExchange',
  'werift CertificateVerify',
  'werift ChangeCipherSpec',
  'werift Finished',
  'chromium ChangeCipherSpec, Finished',
  'chromium SCTP INIT',
  'werift SCTP INIT ACK',
  'chromium SCTP COOKIE ECHO',
  'werift SCTP COOKIE ACK',
  'chromium SCTP DATA: DCEP DATA_CHANNEL_OPEN',
  'werift SCTP DATA: DCEP DATA_CHANNEL_ACK',
  'chromium SCTP DATA: Message on channel 1',
  'werift SCTP DATA: Message on channel 1',
  'chromium SCTP RE-CONFIG',
  'werift SCTP RE-CONFIG',
  'chromium SCTP ABORT',
  'chromium Alert close_notify',
];

/** First occurrences of each side's non-STUN, non-SACK, non-media datagram contents, in order. */
export function connectionOutline(datagrams: readonly DecodedDatagram[]): string[] {
  const seen = new Set<string>();
  const outline: string[] = [];
  for (const d of datagrams) {
    if (d.kind !== 'dtls') continue;
    const line = `${d.from} ${d.names.join(', ')}`;
    if (/SCTP SACK$/.test(line) || seen.has(line)) continue;
    seen.add(line);
    outline.push(line);
  }
  return outline;
}
