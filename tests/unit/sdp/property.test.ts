// Property test: real SDPs, mutated thousands of times, never make the annotator throw, lose a
// line or take long.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotateSdp, splitSdpLines } from '~/lib/sdp/index';
import { readSdpFixtures } from './fixture-files';

const sources = readSdpFixtures().map((f) => f.text.split('\r\n'));
const nasty = fc.constantFrom(
  '\u0000',
  '\r',
  '\t',
  ' ',
  ':',
  '=',
  '/',
  ';',
  '{',
  '"',
  '<script>',
  'a=',
  'm=',
  'v=0',
  '\uFFFD',
  '😀',
  '99999999999999999999',
  '-1',
  '',
);

/** One mutation of a list of lines. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat(), keep: fc.nat() }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.string(), nasty),
  }),
  fc.record({
    op: fc.constant('splice' as const),
    at: fc.nat(),
    pos: fc.nat(),
    text: fc.oneof(fc.string({ maxLength: 8 }), nasty),
  }),
  fc.record({ op: fc.constant('upper' as const), at: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function apply(lines: string[], m: Mutation): string[] {
  const out = [...lines];
  if (out.length === 0) return [m.op === 'insert' ? m.text : ''];
  const at = m.at % out.length;
  const line = out[at] ?? '';
  switch (m.op) {
    case 'delete':
      out.splice(at, 1);
      break;
    case 'duplicate':
      out.splice(at, 0, line);
      break;
    case 'swap': {
      const to = m.to % out.length;
      out[at] = out[to] ?? '';
      out[to] = line;
      break;
    }
    case 'truncate':
      out[at] = line.slice(0, m.keep % (line.length + 1));
      break;
    case 'insert':
      out.splice(at, 0, m.text);
      break;
    case 'splice': {
      const pos = m.pos % (line.length + 1);
      out[at] = line.slice(0, pos) + m.text + line.slice(pos);
      break;
    }
    case 'upper':
      out[at] = line.toUpperCase();
      break;
  }
  return out;
}

describe('annotateSdp', () => {
  it('never throws, never loses a line and stays fast on thousands of mutated real SDPs', () => {
    let slowest = 0;
    fc.assert(
      fc.property(
        fc.nat(sources.length - 1),
        fc.array(mutation, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\r\n', '\n'),
        (index, mutations, eol) => {
          const text = mutations.reduce(apply, sources[index] ?? []).join(eol);
          const started = performance.now();
          const annotation = annotateSdp(text);
          slowest = Math.max(slowest, performance.now() - started);
          const split = splitSdpLines(text);
          expect(annotation.lines.map((l) => l.raw)).toEqual(split.map((l) => l.raw));
          for (const line of annotation.lines) {
            expect(typeof line.summary).toBe('string');
            for (const f of line.fields) expect(f.start).toBeGreaterThanOrEqual(0);
          }
          expect(() => JSON.stringify(annotation)).not.toThrow();
        },
      ),
      { numRuns: 3000 },
    );
    expect(slowest).toBeLessThan(1000);
  }, 120_000);

  it('never throws on arbitrary text, JSON-looking text included', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.json(),
          fc.array(nasty).map((parts) => parts.join('\n')),
        ),
        (text) => {
          const annotation = annotateSdp(text);
          expect(annotation.lines.length).toBeLessThanOrEqual(text.length + 1);
        },
      ),
      { numRuns: 2000 },
    );
  }, 60_000);
});
