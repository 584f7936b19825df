// Which protocol a datagram on a WebRTC 5-tuple carries, from its first byte (RFC 7983, which
// updates RFC 5764 §5.1.2) and, for RTP versus RTCP, from its second byte (RFC 5761 §4).

/** The protocols that share one WebRTC port. */
export type WireKind = 'stun' | 'zrtp' | 'dtls' | 'turn-channel' | 'rtp' | 'rtcp' | 'unknown';

/** One row of the first-byte table: an inclusive range and what it means. */
export interface DemuxRange {
  first: number;
  last: number;
  kind: WireKind;
  meaning: string;
}

/** The first-byte ranges of RFC 7983, in order. */
export const DEMUX_RANGES: readonly DemuxRange[] = [
  { first: 0, last: 3, kind: 'stun', meaning: 'STUN (ICE connectivity checks)' },
  { first: 16, last: 19, kind: 'zrtp', meaning: 'ZRTP' },
  { first: 20, last: 63, kind: 'dtls', meaning: 'DTLS (its content type byte)' },
  { first: 64, last: 79, kind: 'turn-channel', meaning: 'TURN ChannelData' },
  { first: 128, last: 191, kind: 'rtp', meaning: 'RTP or RTCP (version 2)' },
];

/** The kind of a datagram; RTP and RTCP are told apart by a packet type of 192 to 223 (RFC 5761 §4). */
export function demuxDatagram(bytes: Uint8Array): WireKind {
  const first = bytes[0];
  if (first === undefined) return 'unknown';
  const range = DEMUX_RANGES.find((r) => first >= r.first && first <= r.last);
  if (!range) return 'unknown';
  if (range.kind !== 'rtp') return range.kind;
  const second = bytes[1];
  if (second === undefined) return 'unknown';
  return second >= 192 && second <= 223 ? 'rtcp' : 'rtp';
}
