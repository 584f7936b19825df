import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StatsRecord } from '~/lib/stats';

/** One capture from tests/fixtures/stats: both peers' reports before and after an ICE restart. */
export interface StatsCapture {
  label: string;
  before: { a: StatsRecord[]; b: StatsRecord[]; offer: string };
  after: { a: StatsRecord[]; b: StatsRecord[]; offer: string };
}

/** Loads a capture written by tests/fixtures/stats/capture-chromium.mjs. */
export function loadCapture(
  name: 'chromium-loopback-mdns' | 'chromium-loopback-raw',
): StatsCapture {
  const path = resolve(import.meta.dirname, '../../fixtures/stats', `${name}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as StatsCapture;
}
