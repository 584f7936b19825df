import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { sharedFirefox } from './browser';
import { guardedPage } from './guardedPage';
import {
  act,
  field,
  fieldBecomes,
  openLab,
  openPeerConnections,
  rows,
  stateOf,
} from './labContract';
import { describeInFirefox, firefoxTest } from './suite';

const CHAPTER = '/chapters/signaling/';
const ID = 'signaling-lab';

/** The timeline events of a tab, in order. */
async function events(page: Page): Promise<string[]> {
  return (await rows(page, ID, 'event')).map((row) => row['event'] ?? '');
}

describeInFirefox('signaling-lab in Firefox', () => {
  firefoxTest(
    'two tabs of one session connect, both offering at once rolls back on the polite tab, and reset closes both',
    async (first) => {
      const session = Math.floor(Math.random() * 2 ** 48)
        .toString(16)
        .padStart(12, '0');
      // The first tab hydrates while it is in front (its island waits until it is visible).
      await openLab(first, CHAPTER, ID, { session });
      const other = await guardedPage(await sharedFirefox());
      const second = other.page;
      try {
        await openLab(second, CHAPTER, ID, { session });
        for (const tab of [first, second]) await fieldBecomes(tab, ID, 'pairing', 'paired');
        const roles = [await field(first, ID, 'role'), await field(second, ID, 'role')];
        expect([...roles].sort()).toEqual(['impolite', 'polite']);

        await act(first, ID, 'glare');
        for (const tab of [first, second]) {
          expect(await stateOf(tab, ID)).toBe('done');
          expect(await fieldBecomes(tab, ID, 'connection-state', 'connected')).toBe('connected');
          expect(await fieldBecomes(tab, ID, 'messages-exchanged', '2')).toBe('2');
        }
        const [polite, impolite] = roles[0] === 'polite' ? [first, second] : [second, first];
        expect(await field(polite, ID, 'rollbacks')).toBe('1');
        expect(await field(impolite, ID, 'rollbacks')).toBe('0');
        const politeSteps = await events(polite);
        const rolled = politeSteps.indexOf('rollback');
        expect(politeSteps.indexOf('collision')).toBeLessThan(rolled);
        expect(politeSteps.lastIndexOf('setRemoteDescription')).toBeGreaterThan(rolled);
        expect(await events(impolite)).toContain('ignore offer');
        const signals = await rows(first, ID, 'signal');
        expect(signals.some((s) => s['type'] === 'offer' && s['direction'] === 'out')).toBe(true);
        expect(signals.some((s) => s['type'] === 'offer' && s['direction'] === 'in')).toBe(true);

        await act(first, ID, 'reset');
        expect(await stateOf(first, ID, '^idle$')).toBe('idle');
        expect(await fieldBecomes(second, ID, 'pairing', 'waiting')).toBe('waiting');
        expect(await openPeerConnections(first)).toBe(0);
        expect(await openPeerConnections(second)).toBe(0);
        expect(await other.problems()).toEqual([]);
      } finally {
        await other.close().catch(() => {});
      }
    },
  );
});
