import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { act, field, fieldBecomes, inLab, openLab, stateOf } from './labContract';
import { describeInFirefox, firefoxTest } from './suite';

const KEY = 'webrtc-course-progress';

/** Picks `value` in the lab's prediction, runs the lab and returns the verdict it shows. */
async function predictAndRun(page: Page, id: string, value: string): Promise<string> {
  const radio = await inLab(page, id, `[data-predict] input[type="radio"][value="${value}"]`);
  await radio.evaluate((el) => (el as HTMLInputElement).click());
  await act(page, id, 'run');
  return fieldBecomes(page, id, 'prediction', /^(right|wrong)$/);
}

/** The `ok` of every attempt recorded for a prediction id, oldest first. */
async function recorded(page: Page, id: string): Promise<boolean[]> {
  const text = await page.evaluate((k) => localStorage.getItem(k) ?? '{}', KEY);
  const attempts = (JSON.parse(text) as { attempts?: Record<string, { ok: boolean }[]> }).attempts;
  return (attempts?.[id] ?? []).map((a) => a.ok);
}

/** The type of A's side of the selected pair, as the lab shows it. */
function localType(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      document
        .querySelector('[data-lab="ice-explorer"] [data-field="selected-pair"]')
        ?.getAttribute('data-local-type') ?? '',
  );
}

describeInFirefox('predictions in Firefox', () => {
  firefoxTest(
    'ICE explorer: a wrong, then a right prediction of the selected candidate type, each judged against the real pair',
    async (page) => {
      const ID = 'ice-explorer';
      await openLab(page, '/chapters/ice/', ID);
      // No server is configured: a relay candidate cannot exist, so this prediction is wrong.
      expect(await predictAndRun(page, ID, 'relay')).toBe('wrong');
      expect(await stateOf(page, ID)).toBe('done');
      const first = await localType(page);
      expect(['host', 'srflx', 'prflx']).toContain(first);
      expect(
        await inLab(page, ID, '[data-field="prediction"]').then((e) =>
          e.evaluate((el) => el.getAttribute('data-actual')),
        ),
      ).toBe(first);

      await predictAndRun(page, ID, first);
      expect(await stateOf(page, ID)).toBe('done');
      const second = await localType(page);
      expect(await field(page, ID, 'prediction')).toBe(first === second ? 'right' : 'wrong');
      expect(second).toBe(first);
      expect(await recorded(page, 'predict:ice-explorer:selected-type')).toEqual([false, true]);
    },
  );

  firefoxTest(
    'transport inspector: the predicted DTLS client is judged against the roles Firefox reports',
    async (page) => {
      const ID = 'transport-inspector';
      await openLab(page, '/chapters/security-and-transport/', ID);
      const verdict = await predictAndRun(page, ID, 'B');
      expect(await stateOf(page, ID)).toBe('done');
      const roles = await page.evaluate(() => {
        const el = document.querySelector(
          '[data-lab="transport-inspector"] [data-field="dtls-role"]',
        );
        return { a: el?.getAttribute('data-a') ?? '', b: el?.getAttribute('data-b') ?? '' };
      });
      const setups = (await field(page, ID, 'dtls-role-why')) ?? '';
      // From the stats when Firefox reports dtlsRole, else from the answer's a=setup.
      const client =
        roles.a === 'client'
          ? 'A'
          : roles.b === 'client'
            ? 'B'
            : setups.endsWith('/active')
              ? 'B'
              : 'A';
      expect(verdict).toBe(client === 'B' ? 'right' : 'wrong');
      expect(await recorded(page, 'predict:transport-inspector:dtls-client')).toEqual([
        client === 'B',
      ]);
    },
  );
});
