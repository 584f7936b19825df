/**
 * The capture's structure against the expected sequence: no retransmitted DTLS flight, the
 * outline of what each side sent (src/lib/wire/connection-outline.ts), every record opened with
 * the keys, and media and RTCP present. A retransmitted flight is not wrong, but the fixture
 * should show the common case, so the script captures again; `--check` only notes it.
 */
import { decodeConnection } from '../../src/lib/wire/connection.ts';
import { EXPECTED_OUTLINE, connectionOutline } from '../../src/lib/wire/connection-outline.ts';
import type { ConnectionFixture } from '../../src/lib/wire/fixture-types.ts';
import { fixtureDatagrams, type RawCapture } from './write-fixture.ts';

/** Retransmissions are problems when writing the fixture, notes when only checking it. */
export const RETRANSMITTED = 'retransmitted a handshake flight';

/** Problems with the capture's structure; empty when it matches the expected outline. */
export async function checkCapture(
  capture: RawCapture,
  expected: readonly string[] = EXPECTED_OUTLINE,
): Promise<string[]> {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const d of capture.datagrams) {
    const b = d.bytes;
    // Epoch 0 handshake datagrams are sent once unless a flight is retransmitted.
    if (b[0] === 22 && b[3] === 0 && b[4] === 0) {
      const key = `${d.direction} ${Buffer.from(b).toString('hex')}`;
      if (seen.has(key))
        problems.push(`${d.direction === 'out' ? 'werift' : 'chromium'} ${RETRANSMITTED}`);
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
  const differs = outlineDifference(expected, outline);
  if (differs) problems.push(differs);
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

/** Where two outlines part: the first line that differs, or undefined when they are the same. */
export function outlineDifference(
  expected: readonly string[],
  actual: readonly string[],
): string | undefined {
  const at = expected.findIndex((line, i) => actual[i] !== line);
  if (at === -1 && actual.length === expected.length) return undefined;
  const i = at === -1 ? expected.length : at;
  return (
    `the sequence differs at step ${i + 1}: expected "${expected[i] ?? '(the end)'}", ` +
    `got "${actual[i] ?? '(the end)'}"\n    fresh capture:\n      ${actual.join('\n      ')}`
  );
}

/** The outline of the committed fixture, the structure a fresh capture must repeat. */
export async function committedOutline(fixture: ConnectionFixture): Promise<string[]> {
  return connectionOutline((await decodeConnection(fixture)).datagrams);
}
