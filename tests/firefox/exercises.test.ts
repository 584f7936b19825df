import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { solve } from '../e2e/exerciseAnswers';
import { BASE_URL } from './firefoxPath';
import { PATIENT } from './labContract';
import { describeInFirefox, firefoxTest } from './suite';

const root = (kind: string) => `[data-exercise="${kind}"]`;

/** Scrolls an exercise into view and waits until its body has loaded a problem. */
async function ready(page: Page, kind: string): Promise<void> {
  await page.waitForFunction(
    (selector) => {
      const el = document.querySelector(selector);
      el?.scrollIntoView({ block: 'center' });
      return !!el?.querySelector('[data-input]') && !!el.querySelector('[data-given]');
    },
    { timeout: PATIENT, polling: 100 },
    root(kind),
  );
}

function givens(page: Page, kind: string): Promise<Record<string, string>> {
  return page.$$eval(`${root(kind)} [data-given]`, (els) =>
    Object.fromEntries(els.map((e) => [e.getAttribute('data-given'), e.textContent?.trim() ?? ''])),
  );
}

/** Types the answers with the keyboard, Tab between fields, Enter to check; waits for `verdict`. */
async function answer(
  page: Page,
  kind: string,
  answers: Record<string, string>,
  verdict: 'right' | 'wrong',
): Promise<void> {
  const names = await page.$$eval(`${root(kind)} [data-input]`, (els) =>
    els.map((e) => e.getAttribute('data-input') ?? ''),
  );
  await page.focus(`${root(kind)} [data-input]`);
  for (const [i, name] of names.entries()) {
    await page.$eval(`${root(kind)} [data-input="${name}"]`, (e) =>
      (e as HTMLInputElement).select(),
    );
    await page.keyboard.type(answers[name] ?? '');
    if (i < names.length - 1) await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (selector, expected) =>
      document.querySelector(selector)?.getAttribute('data-verdict') === expected,
    { timeout: PATIENT, polling: 50 },
    root(kind),
    verdict,
  );
}

/** A near miss of the first answer, then the right answers: wrong, then right, focus kept. */
async function wrongThenRight(page: Page, kind: string): Promise<void> {
  await ready(page, kind);
  const right = await solve(kind, await givens(page, kind));
  const [first, value] = Object.entries(right)[0]!;
  const near = value.replace(/.$/, (c) => (c === '1' ? '2' : '1'));
  await answer(page, kind, { ...right, [first]: near }, 'wrong');
  await answer(page, kind, right, 'right');
  const focusInside = await page.$eval(root(kind), (el) => el.contains(document.activeElement));
  expect(focusInside).toBe(true);
  const solution = await page.$eval(`${root(kind)} [data-field="solution"]`, (e) => e.textContent);
  expect(solution).toContain('Worked solution');
}

describeInFirefox('exercises in Firefox', () => {
  firefoxTest(
    'the ICE chapter checks a candidate priority, a pair priority and a decoded priority of its own candidates',
    async (page) => {
      await page.goto(`${BASE_URL}/chapters/ice/`, { waitUntil: 'load' });
      await wrongThenRight(page, 'candidate-priority');
      await wrongThenRight(page, 'pair-priority');
      await ready(page, 'priority-decode');
      await page.click(`${root('priority-decode')} [data-action="use-own-candidate"]`);
      await page.waitForSelector(`${root('priority-decode')} [data-field="source-note"]`, {
        timeout: PATIENT,
      });
      await wrongThenRight(page, 'priority-decode');
    },
  );

  firefoxTest(
    'the TURN chapter checks a MESSAGE-INTEGRITY computed with WebCrypto',
    async (page) => {
      await page.goto(`${BASE_URL}/chapters/turn/`, { waitUntil: 'load' });
      await wrongThenRight(page, 'message-integrity');
    },
  );
});
