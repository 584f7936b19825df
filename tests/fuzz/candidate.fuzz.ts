// parseCandidate on captured and hand-written candidate lines, mutated, and on random text: never
// throws, stays under the time limit, and every field and diagnostic span lies inside the input.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCandidate, type ParsedCandidate } from '~/lib/ice/candidate';
import { FUZZ_RUNS, fuzzTarget, hostileString, mutatedText } from './harness';

const dir = join(import.meta.dirname, '..', 'fixtures', 'candidates');
const seeds = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .flatMap((name) => {
    const fixture = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
      candidates: (string | { line: string })[];
    };
    return fixture.candidates.map((c) => (typeof c === 'string' ? c : c.line));
  });
const inputs = fc.oneof(
  { weight: 6, arbitrary: mutatedText(seeds) },
  { weight: 1, arbitrary: mutatedText(seeds.map((s) => `a=${s}\r\n`)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 300, unit: 'binary' }) },
  {
    weight: 1,
    arbitrary: fc.array(hostileString, { maxLength: 12 }).map((p) => `candidate:${p.join(' ')}`),
  },
);

function check(text: string, output: unknown): void {
  const result = output as ParsedCandidate;
  for (const f of result.fields) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(f.start, f.end)).toBe(f.value);
  }
  for (const d of result.diagnostics) {
    expect(d.span?.unit).toBe('char');
    expect(d.span!.start).toBeGreaterThanOrEqual(0);
    expect(d.span!.start + d.span!.length).toBeLessThanOrEqual(text.length);
  }
  // An impossible port still parses, but never silently.
  if (result.candidate && result.candidate.port > 65535)
    expect(result.diagnostics.some((d) => d.message.includes('port'))).toBe(true);
}

describe('parseCandidate', () => {
  it(
    'never throws, keeps spans inside the input and stays under 50 ms on mutated real candidates',
    () => {
      fuzzTarget('parseCandidate', inputs, parseCandidate, check);
    },
    60_000 + FUZZ_RUNS * 20,
  );
});
