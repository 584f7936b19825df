import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { sharedFirefox } from './browser';
import { guardedPage } from './guardedPage';
import { act, alertText, fieldBecomes, input, openLab, text } from './labContract';
import { describeInFirefox, firefoxTest } from './suite';
import {
  decodeCompactDescription,
  encodeCompactDescription,
} from '../../src/lib/sdp/compactDescription';

const CHAPTER = '/chapters/signaling/';
const ID = 'signaling-lab';
const PRESET = { tab: 'by-hand' };
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'sdp');

/** The value of a readonly box in the by-hand panel (the offer or answer to carry). */
function boxValue(page: Page, name: string): Promise<string> {
  return page.$eval(
    `[data-lab="${ID}"] [data-field="${name}"]`,
    (el) => (el as HTMLTextAreaElement).value,
  );
}

/** Pastes `value` in the panel's box and presses Apply. */
async function apply(page: Page, value: string): Promise<void> {
  await page.bringToFront();
  await input(page, ID, 'description', value);
  await act(page, ID, 'apply');
}

describeInFirefox('signaling-lab by hand in Firefox', () => {
  firefoxTest(
    'the compact offer and answer carried between two tabs connect them, and garbage is explained',
    async (one) => {
      // Each tab hydrates while it is in front (client:visible waits until it is seen).
      await openLab(one, CHAPTER, ID, PRESET);
      const guardedTwo = await guardedPage(await sharedFirefox());
      const two = guardedTwo.page;
      try {
        await openLab(two, CHAPTER, ID, PRESET);

        await apply(two, 'not an offer at all');
        await fieldBecomes(two, ID, 'by-hand-state', 'waiting-offer');
        await two.waitForFunction(() => document.querySelector('[data-lab] [role="alert"]'));
        expect(await alertText(two, ID)).toMatch(
          /Not a description: It is neither JSON nor the compact form/,
        );
        expect(
          await two.$eval('[data-input="description"]', (el) => (el as HTMLTextAreaElement).value),
        ).toBe('not an offer at all');

        // Firefox's own words for SDP it cannot parse follow the explanation.
        await apply(two, JSON.stringify({ type: 'offer', sdp: 'v=0\r\nhello\r\n' }));
        await two.waitForFunction(() =>
          /OperationError/.test(
            document.querySelector('[data-lab] [role="alert"]')?.textContent ?? '',
          ),
        );
        expect(await alertText(two, ID)).toMatch(
          /^The text is not valid SDP.*The browser said: OperationError: ./,
        );

        await one.bringToFront();
        await act(one, ID, 'create-offer');
        await fieldBecomes(one, ID, 'by-hand-state', 'waiting-answer');
        const offer = await boxValue(one, 'local-compact');
        expect(offer).toMatch(/^offer:[A-Za-z0-9_-]+$/);
        expect(Number(await fieldBecomes(one, ID, 'compact-bytes', /^\d+$/))).toBe(offer.length);

        await apply(two, offer);
        await fieldBecomes(two, ID, 'by-hand-state', 'answer-ready');
        const answer = await boxValue(two, 'local-compact');
        await apply(one, answer);
        await fieldBecomes(one, ID, 'by-hand-state', 'connected');
        await fieldBecomes(one, ID, 'by-hand-last-message', 'Hello from the tab that answered');
        await fieldBecomes(
          two,
          ID,
          'by-hand-last-message',
          'Hello from the tab that made the offer',
        );
        expect(await text(one, ID, '[data-field="by-hand-connection-state"]')).toBe('connected');
        expect(await guardedTwo.problems()).toEqual([]);
      } finally {
        await guardedTwo.close().catch(() => {});
      }
    },
  );

  firefoxTest(
    'Firefox takes every captured offer after the compact round trip as it takes the original',
    async (page) => {
      await openLab(page, CHAPTER, ID, PRESET);
      const offers: { name: string; original: string; restored: string }[] = [];
      for (const name of readdirSync(FIXTURES).filter((file) => /-offer\.sdp$/.test(file))) {
        const original = readFileSync(join(FIXTURES, name), 'utf8');
        const decoded = await decodeCompactDescription(
          await encodeCompactDescription({ type: 'offer', sdp: original }),
        );
        if (!decoded.ok) throw new Error(`${name}: ${decoded.detail}`);
        offers.push({ name, original, restored: decoded.description.sdp });
      }
      const outcomes = await page.evaluate(async (list) => {
        const answer = async (sdp: string) => {
          const pc = new RTCPeerConnection();
          try {
            await pc.setRemoteDescription({ type: 'offer', sdp });
            await pc.setLocalDescription();
            return 'answered';
          } catch (error) {
            return String(error);
          } finally {
            pc.close();
          }
        };
        const results: { name: string; original: string; restored: string }[] = [];
        for (const offer of list) {
          results.push({
            name: offer.name,
            original: await answer(offer.original),
            restored: await answer(offer.restored),
          });
        }
        return results;
      }, offers);
      for (const { name, original, restored } of outcomes) expect(restored, name).toBe(original);
      expect(outcomes.filter((o) => o.restored === 'answered').length).toBe(outcomes.length);
    },
  );
});
