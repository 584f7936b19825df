/**
 * The capture's structure against the expected sequence: ICE checks both ways, one DTLS
 * handshake with no retransmitted flight, application data (SCTP) both ways, media from Chromium
 * and RTCP both ways. A retransmitted flight is not wrong, but the fixture should show the
 * common case, so the script captures again.
 */
import { demuxDatagram } from '../../src/lib/wire/demux.ts';
import type { RawCapture } from './write-fixture.ts';

/** Problems with the capture's structure; empty when it matches the expected sequence. */
export async function checkCapture(capture: RawCapture): Promise<string[]> {
  const problems: string[] = [];
  const seen = new Set<string>();
  const kinds = new Set<string>();
  for (const d of capture.datagrams) {
    const side = d.direction === 'out' ? 'werift' : 'chromium';
    const kind = demuxDatagram(d.bytes);
    kinds.add(`${side} ${kind}`);
    if (kind === 'dtls') kinds.add(`${side} dtls ${d.bytes[0]}`);
    // Epoch 0 handshake datagrams are sent once unless a flight is retransmitted.
    if (kind === 'dtls' && d.bytes[0] === 22 && d.bytes[3] === 0 && d.bytes[4] === 0) {
      const key = `${side} ${Buffer.from(d.bytes).toString('hex')}`;
      if (seen.has(key)) problems.push(`${side} retransmitted a handshake flight`);
      seen.add(key);
    }
  }
  const expected = [
    'werift stun',
    'chromium stun',
    'werift dtls 22',
    'chromium dtls 22',
    'werift dtls 20',
    'chromium dtls 20',
    'werift dtls 23',
    'chromium dtls 23',
    'chromium rtp',
    'chromium rtcp',
    'werift rtcp',
  ];
  for (const e of expected) if (!kinds.has(e)) problems.push(`no ${e} datagram`);
  return [...new Set(problems)];
}
