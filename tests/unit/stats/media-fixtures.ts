import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StatsRecord } from '~/lib/stats/stats-record';

/** One capture of tests/fixtures/stats/capture-media.mjs: A sends to B, two snapshots 1 s apart. */
export interface MediaCapture {
  label: string;
  browser: string;
  offer: string;
  first: { a: StatsRecord[]; b: StatsRecord[] };
  second: { a: StatsRecord[]; b: StatsRecord[] };
}

/** Loads the media capture of one browser. */
export function loadMediaCapture(name: 'chromium-media' | 'firefox-media'): MediaCapture {
  const path = resolve(import.meta.dirname, '../../fixtures/stats', `${name}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as MediaCapture;
}
