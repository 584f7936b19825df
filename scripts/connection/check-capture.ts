/**
 * The capture's structure against the expected sequence: no retransmitted DTLS flight, the
 * outline of what each side sent (src/lib/wire/connection-outline.ts), every record opened with
 * the keys, and media and RTCP present. A retransmitted flight is not wrong, but the fixture
 * should show the common case, so the script captures again.
 */
import { decodeConnection } from '../../src/lib/wire/connection.ts';
import { EXPECTED_OUTLINE, connectionOutline } from '../../src/lib/wire/connection-outline.ts';
import type { ConnectionFixture } from '../../src/lib/wire/fixture-types.ts';
import { fixtureDatagrams, type RawCapture } from './write-fixture.ts';

/** Problems with the capture's structure; empty when it matches the expected sequence. */
export async function checkCapture(capture: RawCapture): Promise<string[]> {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const d of capture.datagrams) {
    const b = d.bytes;
    // Epoch 0 handshake datagrams are sent once unless a flight is retransmitted.
    if (b[0] === 22 && b[3] === 0 && b[4] === 0) {
      const key = `${d.direction} ${Buffer.from(b).toString('hex')}`;
      if (seen.has(key))
        problems.push(
          `${d.direction === 'out' ? 'werift' : 'chromium'} retransmitted a handshake flight`,
        );
      seen.add(key);
    }
  }
  const fixture = {
    offer: capture.offer,
    answer: capture.answer,
    dtls: {
      weriftRole: capture.weriftRole,
      clientRandom: capture.clientRandom,
      serverRandom: capture.serverRandom,
      masterSecret: capture.masterSecret,
    },
    datagrams: fixtureDatagrams(capture.datagrams),
  } as ConnectionFixture;
  const { datagrams } = await decodeConnection(fixture);
  const outline = connectionOutline(datagrams);
  if (outline.join('\n') !== EXPECTED_OUTLINE.join('\n'))
    problems.push(`the sequence differs from the expected one:\n    ${outline.join('\n    ')}`);
  const sealed = datagrams.reduce((n, d) => n + d.sealed, 0);
  if (sealed) problems.push(`${sealed} DTLS records did not decrypt`);
  if (datagrams.some((d) => d.authentic === false))
    problems.push('an SRTP/SRTCP tag did not verify');
  for (const need of [
    'chromium rtp',
    'chromium rtcp',
    'werift rtcp',
    'werift stun',
    'chromium stun',
  ])
    if (!datagrams.some((d) => `${d.from} ${d.kind}` === need))
      problems.push(`no ${need} datagram`);
  return [...new Set(problems)];
}
