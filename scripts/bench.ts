/**
 * bench: annotateSdp (full annotation) against sdp-transform's bare parse of the same texts,
 * side by side in one run, and the time to annotate a 64 KiB description.
 * Usage: bench [rounds]   (default 200 rounds over every fixture, median reported)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'sdp-transform';
import { annotateSdp } from '../src/lib/sdp/index.ts';

const DIR = join(import.meta.dirname, '..', 'tests', 'fixtures', 'sdp');
const texts = readdirSync(DIR)
  .filter((name) => name.endsWith('.sdp'))
  .map((name) => readFileSync(join(DIR, name), 'utf8'));
const rounds = Number(process.argv[2] ?? 200);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Time one pass of `work` over every text, in milliseconds. */
function pass(work: (text: string) => unknown): number {
  const started = performance.now();
  for (const text of texts) work(text);
  return performance.now() - started;
}

/** A description of about 64 KiB: one real offer's session part followed by its media sections, repeated. */
function sixtyFourKiB(): string {
  const offer = readFileSync(join(DIR, 'chromium-av-data-offer.sdp'), 'utf8');
  const cut = offer.indexOf('m=');
  let text = offer;
  while (text.length < 64 * 1024) text += offer.slice(cut);
  return text.slice(0, text.lastIndexOf('\r\n', 64 * 1024) + 2);
}

for (let i = 0; i < 20; i += 1) {
  pass(annotateSdp);
  pass(parse);
}
const ours: number[] = [];
const theirs: number[] = [];
for (let i = 0; i < rounds; i += 1) {
  // Alternate the order so neither side always runs on a warmer cache.
  if (i % 2 === 0) {
    ours.push(pass(annotateSdp));
    theirs.push(pass(parse));
  } else {
    theirs.push(pass(parse));
    ours.push(pass(annotateSdp));
  }
}
const big = sixtyFourKiB();
const bigTimes: number[] = [];
for (let i = 0; i < 50; i += 1) {
  const started = performance.now();
  annotateSdp(big);
  bigTimes.push(performance.now() - started);
}
const bytes = texts.reduce((sum, t) => sum + t.length, 0);
const a = median(ours);
const b = median(theirs);
console.log(`fixtures: ${texts.length} files, ${(bytes / 1024).toFixed(1)} KiB, ${rounds} rounds (median per round)`);
console.log(`annotateSdp (full annotation): ${a.toFixed(3)} ms`);
console.log(`sdp-transform parse:           ${b.toFixed(3)} ms`);
console.log(`ratio annotateSdp / sdp-transform: ${(a / b).toFixed(2)} (below 1 means the annotation is faster)`);
const [first = Number.NaN, ...warm] = bigTimes;
console.log(`64 KiB description (${big.split('\r\n').length - 1} lines): first run ${first.toFixed(2)} ms, then ${median(warm).toFixed(2)} ms median, ${Math.max(...warm).toFixed(2)} ms worst of ${warm.length} (target < 50 ms)`);
