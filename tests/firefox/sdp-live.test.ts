import { expect } from 'vitest';
import {
  act,
  countBecomes,
  field,
  fieldBecomes,
  openPeerConnections,
  rows,
  runPreset,
  stateOf,
} from './labContract';
import { describeInFirefox, firefoxTest } from './suite';

const CHAPTER = '/chapters/sdp/';
const ID = 'sdp-live';

/** The annotated lines of one of the lab's SDP views (offer or answer). */
function viewLines(page: import('puppeteer-core').Page, view: string) {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll<HTMLElement>(selector)].map((el) => ({ ...el.dataset })),
    `[data-lab="${ID}"] [data-sdp-view="${view}"] [data-row="sdp-line"]`,
  );
}

describeInFirefox('sdp-live lab in Firefox', () => {
  for (const scenario of ['data-only', 'av-data', 'simulcast'] as const) {
    firefoxTest(
      `annotates Firefox’s own ${scenario} offer and answer with no unknown line`,
      async (page) => {
        expect(await runPreset(page, CHAPTER, ID, { scenario })).toBe('done');
        expect(await field(page, ID, 'connection-state')).toBe('connected');
        const offerLines = Number(await fieldBecomes(page, ID, 'offer-lines', /^\d+$/));
        // The annotated views load the SDP engine when they first have SDP to show.
        await countBecomes(
          page,
          ID,
          '[data-sdp-view="sdp-live-offer"] [data-row="sdp-line"]',
          offerLines,
        );
        expect(offerLines).toBeGreaterThan(10);
        expect(Number(await fieldBecomes(page, ID, 'answer-lines', /^\d+$/))).toBeGreaterThan(10);
        const offer = await viewLines(page, 'sdp-live-offer');
        expect(offer.length).toBe(offerLines);
        expect(offer.filter((l) => l['known'] === 'false').map((l) => l['name'])).toEqual([]);
        expect(offer.some((l) => l['name'] === 'fingerprint')).toBe(true);
        // Every "unknown lines" count in the lab (its total and each view's own) reads 0.
        await page.waitForFunction(
          (selector) => {
            const counts = [...document.querySelectorAll(selector)];
            return counts.length > 0 && counts.every((el) => el.getAttribute('data-value') === '0');
          },
          { timeout: 30_000, polling: 100 },
          `[data-lab="${ID}"] [data-field="unknown-lines"]`,
        );
        if (scenario === 'simulcast') {
          // Firefox offers the three rids and a=simulcast:send as Chromium does.
          expect(offer.filter((l) => l['name'] === 'rid').length).toBe(3);
          expect(offer.filter((l) => l['name'] === 'simulcast').length).toBe(1);
        }
        if (scenario === 'av-data') {
          expect(offer.filter((l) => l['kind'] === 'm').length).toBe(3);
          expect(await openPeerConnections(page)).toBe(2);
          await act(page, ID, 'reset');
          expect(await stateOf(page, ID, '^idle$')).toBe('idle');
          expect(await openPeerConnections(page)).toBe(0);
          expect(await field(page, ID, 'offer-lines')).toBe('');
          expect(await rows(page, ID, 'sdp-line')).toEqual([]);
        }
      },
    );
  }
});
