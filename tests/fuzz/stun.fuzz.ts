// decodeStunMessage on the RFC 5769 messages mutated byte by byte, and on random bytes: never
// throws, stays under the time limit, tiles the input with its segments and puts spans inside it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHex } from '~/lib/hex';
import { decodeStunMessage } from '~/lib/stun/decode-message';
import type { StunDecodeResult } from '~/lib/stun/stun-message';
import { RFC5769_EXAMPLES } from '~/lib/stun/rfc5769-examples';
import { FUZZ_RUNS, fuzzTarget, mutatedBytes } from './harness';

const seeds = RFC5769_EXAMPLES.map((e) => parseHex(e.hex).bytes);
const inputs = fc.oneof(
  { weight: 8, arbitrary: mutatedBytes(seeds) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc
      .uint8Array({ minLength: 20, maxLength: 120 })
      .map((b) => Object.assign(b, { 4: 0x21, 5: 0x12, 6: 0xa4, 7: 0x42 })),
  },
);

function check(bytes: Uint8Array, output: unknown): void {
  const result = output as StunDecodeResult;
  let at = 0;
  for (const s of [...result.segments].sort((a, b) => a.start - b.start)) {
    expect(s.start).toBe(at);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    at = s.end;
  }
  expect(at).toBe(bytes.length);
  for (const d of result.diagnostics) {
    if (!d.span) continue;
    expect(d.span.unit).toBe('byte');
    expect(d.span.start).toBeGreaterThanOrEqual(0);
    expect(d.span.start + d.span.length).toBeLessThanOrEqual(bytes.length);
  }
}

describe('decodeStunMessage', () => {
  it(
    'never throws, tiles the bytes and stays under 50 ms on mutated RFC 5769 messages',
    () => {
      fuzzTarget('decodeStunMessage', inputs, decodeStunMessage, check);
    },
    60_000 + FUZZ_RUNS * 20,
  );
});
