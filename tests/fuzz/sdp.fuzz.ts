// annotateSdp on real descriptions mutated line by line and byte by byte, and on random text:
// never throws, stays under the time limit, keeps every input line and puts spans inside the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotateSdp, splitSdpLines, type SdpAnnotation } from '~/lib/sdp/index';
import { readSdpFixtures } from '../unit/sdp/fixture-files';
import { FUZZ_RUNS, fuzzTarget, hostileString, mutatedLines } from './harness';

const seeds = readSdpFixtures().map((f) => f.text);
const inputs = fc.oneof(
  { weight: 6, arbitrary: mutatedLines(seeds) },
  {
    weight: 1,
    arbitrary: mutatedLines(
      seeds.map((s) => s.replaceAll('\r\n', '\n')),
      '\n',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 400, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.array(hostileString).map((parts) => parts.join('\n')) },
  { weight: 1, arbitrary: fc.json() },
);

function check(text: string, output: unknown): void {
  const annotation = output as SdpAnnotation;
  // Plain text (not JSON, under the size limit): the lines are the input's, line breaks aside.
  if (!/^\s*\{/.test(text) && (annotation.lines.length > 0 || text === '')) {
    expect(annotation.lines.map((l) => l.raw)).toEqual(splitSdpLines(text).map((l) => l.raw));
    expect(annotation.lines.map((l) => l.raw).join('')).toBe(text.replace(/\r?\n/g, ''));
  }
  for (const line of annotation.lines) {
    for (const f of line.fields) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(line.raw.length);
      expect(f.start).toBeLessThanOrEqual(f.end);
    }
  }
  for (const d of annotation.diagnostics) {
    if (!d.span) continue;
    expect(d.span.unit).toBe('line');
    expect(d.span.start).toBeGreaterThanOrEqual(1);
    expect(d.span.start).toBeLessThanOrEqual(annotation.lines.length);
  }
  JSON.stringify(annotation);
}

describe('annotateSdp', () => {
  it(
    'never throws, keeps every line and stays under 50 ms on mutated real descriptions',
    () => {
      fuzzTarget('annotateSdp', inputs, annotateSdp, check);
    },
    60_000 + FUZZ_RUNS * 20,
  );
});
