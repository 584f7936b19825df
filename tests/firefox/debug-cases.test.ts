import { expect } from 'vitest';
import { act, field, fieldBecomes, inLab, openLab, stateOf, text } from './labContract';
import { describeInFirefox, firefoxTest } from './suite';
import type { Page } from 'puppeteer-core';

const CHAPTER = '/chapters/in-production/';
const ID = 'debug-cases';

/** Picks the answer `value` of question `step` as a click would. */
async function choose(page: Page, step: string, value: string): Promise<void> {
  const radio = await inLab(page, ID, `[data-input="${step}"][value="${value}"]`);
  await radio.evaluate((el) => (el as HTMLInputElement).click());
}

describeInFirefox('debug-cases lab in Firefox', () => {
  firefoxTest(
    'the case preset opens “TURN refuses”, whose evidence shows the 401, and its answers are judged',
    async (page) => {
      await openLab(page, CHAPTER, ID, { case: 'turn-401' });
      expect(await stateOf(page, ID)).toBe('done');
      expect(await field(page, ID, 'case')).toBe('turn-401');
      expect(await text(page, ID, '[data-row="evidence"][data-mark="error 401"]')).toContain(
        'Unauthorized',
      );
      await choose(page, 'diagnosis', 'stun-unreachable');
      await act(page, ID, 'check-diagnosis');
      await fieldBecomes(page, ID, 'diagnosis-verdict', 'wrong');
      await choose(page, 'diagnosis', 'expired');
      await act(page, ID, 'check-diagnosis');
      await fieldBecomes(page, ID, 'diagnosis-verdict', 'right');
      await choose(page, 'fix', 'fresh-credentials');
      await act(page, ID, 'check-fix');
      await fieldBecomes(page, ID, 'fix-verdict', 'right');
      expect(await field(page, ID, 'solved-count')).toBe('1');
    },
  );
});
