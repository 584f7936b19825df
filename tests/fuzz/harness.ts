// The shared fuzz harness: generators of real inputs (fixtures) mutated in the ways hostile or
// broken input arrives, plain random input, and a runner that times every input and prints, per
// target, how many inputs ran, the slowest and the failures. FUZZ_RUNS sets the count (default 300,
// the sample `npm test` runs; `npm run fuzz` sets 20000).
import fc from 'fast-check';
import { expect } from 'vitest';

/** Inputs per target: FUZZ_RUNS, or 300 for the unit suite's sample. */
export const FUZZ_RUNS = Number(process.env['FUZZ_RUNS'] ?? '') || 300;

/** The per-input time limit in milliseconds. */
export const TIME_LIMIT_MS = 50;

/** Strings that break naive parsers: markup, control characters, huge numbers, unicode, separators. */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '\u0000',
  '\u0007',
  '\u001b[2J',
  '\r',
  '\n',
  '\r\n',
  '\t',
  ' ',
  '  ',
  ':',
  '=',
  '/',
  ';',
  '?',
  '@',
  '[',
  ']',
  '%',
  '%00',
  '"',
  '{',
  '\\',
  'a=',
  'm=',
  'v=0',
  'typ',
  '99999999999999999999',
  '4294967296',
  '-1',
  '1e309',
  'NaN',
  '\uFFFD',
  '\uD800',
  '😀',
  'é',
  '\u202E',
  '\u200B',
  'x'.repeat(5000),
  '',
] as const;

/** One hostile string. */
export const hostileString = fc.constantFrom(...HOSTILE);

/** A mutation of a text: what goes wrong between a browser and a paste box. */
const textMutation = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat(15) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat(200) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.nat(40) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(hostileString, fc.string({ maxLength: 12, unit: 'binary' })),
  }),
  fc.record({ op: fc.constant('case' as const), at: fc.nat(), length: fc.nat(80) }),
);
type TextMutation = typeof textMutation extends fc.Arbitrary<infer T> ? T : never;

function mutateText(text: string, m: TextMutation): string {
  const at = m.at % (text.length + 1);
  switch (m.op) {
    case 'flip':
      return at >= text.length
        ? text
        : text.slice(0, at) +
            String.fromCharCode(text.charCodeAt(at) ^ (1 << m.bit)) +
            text.slice(at + 1);
    case 'truncate':
      return text.slice(0, at);
    case 'duplicate':
      return (
        text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length)
      );
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'case':
      return (
        text.slice(0, at) + text.slice(at, at + m.length).toUpperCase() + text.slice(at + m.length)
      );
  }
}

/** A seed text mutated 1 to 6 times. */
export function mutatedText(seeds: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(textMutation, { minLength: 1, maxLength: 6 }))
    .map(([seed, mutations]) => mutations.reduce(mutateText, seed));
}

/** A seed, one of its lines replaced, removed, repeated or moved, then mutated as text. */
export function mutatedLines(seeds: readonly string[], eol = '\r\n'): fc.Arbitrary<string> {
  const lineEdit = fc.record({
    op: fc.constantFrom('delete', 'duplicate', 'swap', 'hostile'),
    at: fc.nat(),
    to: fc.nat(),
    text: hostileString,
  });
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(lineEdit, { maxLength: 6 }))
    .map(([seed, edits]) => {
      const lines = seed.split(eol);
      for (const e of edits) {
        const at = e.at % lines.length;
        const line = lines[at] ?? '';
        if (e.op === 'delete') lines.splice(at, 1);
        if (e.op === 'duplicate') lines.splice(at, 0, line);
        if (e.op === 'swap')
          [lines[at], lines[e.to % lines.length]] = [lines[e.to % lines.length] ?? '', line];
        if (e.op === 'hostile') lines[at] = line.slice(0, e.to % (line.length + 1)) + e.text;
        if (lines.length === 0) lines.push('');
      }
      return lines.join(eol);
    })
    .chain((text) => fc.oneof(fc.constant(text), mutatedText([text])));
}

/** A mutation of bytes: flips, truncation, duplication, insertion and large length fields. */
const byteMutation = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat(7) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat(64) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ maxLength: 16 }),
  }),
  fc.record({
    op: fc.constant('word' as const),
    at: fc.nat(),
    value: fc.constantFrom(0, 1, 3, 0x7fff, 0xfffc, 0xffff),
  }),
);
type ByteMutation = typeof byteMutation extends fc.Arbitrary<infer T> ? T : never;

function mutateBytes(bytes: Uint8Array, m: ByteMutation): Uint8Array {
  const at = m.at % (bytes.length + 1);
  const join = (...parts: Uint8Array[]) => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const p of parts) out.set(p, (offset += p.length) - p.length);
    return out;
  };
  switch (m.op) {
    case 'flip': {
      const out = bytes.slice();
      if (at < out.length) out[at] = (out[at] ?? 0) ^ (1 << m.bit);
      return out;
    }
    case 'truncate':
      return bytes.slice(0, at);
    case 'duplicate':
      return join(
        bytes.subarray(0, at + m.length),
        bytes.subarray(at, at + m.length),
        bytes.subarray(at + m.length),
      );
    case 'insert':
      return join(bytes.subarray(0, at), m.bytes, bytes.subarray(at));
    case 'word': {
      const out = bytes.slice();
      if (at + 1 < out.length) new DataView(out.buffer).setUint16(at - (at % 2), m.value);
      return out;
    }
  }
}

/** A seed message mutated 1 to 6 times. */
export function mutatedBytes(seeds: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(byteMutation, { minLength: 1, maxLength: 6 }))
    .map(([seed, mutations]) => mutations.reduce(mutateBytes, seed));
}

/** Inputs slower than this are timed again, so the slowest reported is not a scheduling hiccup. */
const RETIME_OVER_MS = 5;

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * The best of five timings of `run(input)`, 5 ms apart, so a garbage-collection pause or a time
 * slice lost to another process on a loaded machine is not taken for a slow input.
 */
function retime<T>(run: (input: T) => unknown, input: T): number {
  let best = Infinity;
  for (let i = 0; i < 5; i += 1) {
    Atomics.wait(pause, 0, 0, 5);
    const started = performance.now();
    run(input);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * Run `check` on FUZZ_RUNS inputs: it must not throw (its assertions included) and `run` must take
 * under TIME_LIMIT_MS for each (an input over 5 ms is timed again, and the best of five counts).
 * Prints one line: target, inputs run, slowest ms, failures.
 */
export function fuzzTarget<T>(
  target: string,
  inputs: fc.Arbitrary<T>,
  run: (input: T) => unknown,
  check: (input: T, output: unknown) => void,
): void {
  let count = 0;
  let slowest = 0;
  let slowestInput: T | undefined;
  const details = fc.check(
    fc.property(inputs, (input) => {
      count += 1;
      const started = performance.now();
      const output = run(input);
      let elapsed = performance.now() - started;
      if (elapsed > RETIME_OVER_MS) elapsed = retime(run, input);
      if (elapsed > slowest) [slowest, slowestInput] = [elapsed, input];
      check(input, output);
      if (elapsed > TIME_LIMIT_MS) throw new Error(`took ${elapsed.toFixed(1)} ms`);
    }),
    { numRuns: FUZZ_RUNS },
  );
  const failures = details.failed ? 1 : 0;
  console.log(
    `fuzz ${target}: ${count} inputs run, slowest ${slowest.toFixed(2)} ms, ${failures} failure(s)` +
      (slowest > 10
        ? ` (slowest input, ${String(JSON.stringify(slowestInput)?.length)} characters of JSON: ${JSON.stringify(slowestInput)?.slice(0, 100)})`
        : ''),
  );
  if (details.failed)
    expect.fail(
      `${target} failed on ${JSON.stringify(details.counterexample).slice(0, 2000)}: ${String(details.errorInstance)}`,
    );
}
