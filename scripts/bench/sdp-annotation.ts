// annotateSdp (full annotation) against sdp-transform's bare parse of the same fixtures, side
// by side in one run, and the time to annotate a 64 KiB description.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'sdp-transform';
import { annotateSdp } from '../../src/lib/sdp/index.ts';
import { median } from './median.ts';

const DIR = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'sdp');

/** What the SDP bench measured, in milliseconds (medians per round over every fixture). */
export interface SdpBench {
  fixtures: number;
  kib: number;
  ours: number;
  theirs: number;
  bigLines: number;
  bigMedian: number;
  bigWorst: number;
}

/** A description of about 64 KiB: one real offer's session part, then its media sections repeated. */
function sixtyFourKiB(): string {
  const offer = readFileSync(join(DIR, 'chromium-av-data-offer.sdp'), 'utf8');
  const cut = offer.indexOf('m=');
  let text = offer;
  while (text.length < 64 * 1024) text += offer.slice(cut);
  return text.slice(0, text.lastIndexOf('\r\n', 64 * 1024) + 2);
}

/** Runs `rounds` alternating rounds of both parsers over every fixture. */
export function benchSdpAnnotation(rounds: number): SdpBench {
  const texts = readdirSync(DIR)
    .filter((name) => name.endsWith('.sdp'))
    .map((name) => readFileSync(join(DIR, name), 'utf8'));
  const pass = (work: (text: string) => unknown) => {
    const started = performance.now();
    for (const text of texts) work(text);
    return performance.now() - started;
  };
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
  const warm = bigTimes.slice(1);
  return {
    fixtures: texts.length,
    kib: texts.reduce((sum, t) => sum + t.length, 0) / 1024,
    ours: median(ours),
    theirs: median(theirs),
    bigLines: big.split('\r\n').length - 1,
    bigMedian: median(warm),
    bigWorst: Math.max(...warm),
  };
}
