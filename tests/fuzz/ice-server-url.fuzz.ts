// parseIceServerUrl on real-looking server URLs, mutated, and on random text: never throws, stays
// under the time limit, puts its error span inside the input and returns only usable ports.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIceServerUrl, type IceServerUrlResult } from '~/lib/ice/ice-server-url';
import { FUZZ_RUNS, fuzzTarget, hostileString, mutatedText } from './harness';

const seeds = [
  'stun:stun.l.google.com:19302',
  'stun:127.0.0.1:3478',
  'stun:[2001:db8::1]:19302',
  'stuns:stun.example.org',
  'turn:127.0.0.1:3478?transport=udp',
  'turn:turn.example.org:3478?transport=tcp',
  'turns:turn.example.org:443?transport=tcp',
  'turn:[::1]:3478',
];
const kind = fc.constantFrom('any' as const, 'stun' as const, 'turn' as const);
const inputs = fc.tuple(
  fc.oneof(
    { weight: 6, arbitrary: mutatedText(seeds) },
    { weight: 1, arbitrary: fc.string({ maxLength: 200, unit: 'binary' }) },
    {
      weight: 1,
      arbitrary: fc.array(hostileString, { maxLength: 8 }).map((p) => `turn:${p.join('')}`),
    },
  ),
  kind,
);

function check([text]: [string, unknown], output: unknown): void {
  const result = output as IceServerUrlResult;
  if (result.ok) {
    expect(result.url.port).toBeGreaterThanOrEqual(1);
    expect(result.url.port).toBeLessThanOrEqual(65535);
    return;
  }
  const span = result.error.span;
  if (!span) return;
  expect(span.start).toBeGreaterThanOrEqual(0);
  expect(span.start + span.length).toBeLessThanOrEqual(text.length);
}

describe('parseIceServerUrl', () => {
  it(
    'never throws, keeps its error span inside the input and stays under 50 ms on mutated URLs',
    () => {
      fuzzTarget('parseIceServerUrl', inputs, ([text, k]) => parseIceServerUrl(text, k), check);
    },
    60_000 + FUZZ_RUNS * 20,
  );
});
