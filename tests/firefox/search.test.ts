import { expect } from 'vitest';
import { BASE_URL } from './firefoxPath';
import { describeInFirefox, firefoxTest } from './suite';

const SECTION = 'self-signed-certificates-and-why-that-is-fine';

describeInFirefox('site search in Firefox', () => {
  firefoxTest(
    'slash opens search, "fingerprint" lists the section and Enter lands on it',
    async (page) => {
      await page.goto(`${BASE_URL}/chapters/lifecycle/`);
      await page.keyboard.press('/');
      await page.waitForFunction(() => document.activeElement?.id === 'site-search-input');
      await page.keyboard.type('fingerprint');
      const option = `#site-search-results [data-search-result$="#${SECTION}"]`;
      await page.waitForSelector(option);
      const status = await page.$eval('[data-search-status]', (p) => p.textContent ?? '');
      expect(status).toMatch(/^\d+ results? for “fingerprint”/);
      const index = await page.$$eval(
        '#site-search-results [role="option"]',
        (items, wanted) =>
          items.findIndex((i) => i.getAttribute('data-search-result')?.endsWith(wanted)),
        `#${SECTION}`,
      );
      for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
      expect(await page.$eval(option, (o) => o.getAttribute('aria-selected'))).toBe('true');
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      expect(page.url()).toBe(`${BASE_URL}/chapters/security-and-transport/#${SECTION}`);
      const top = await page.$eval(`#${SECTION}`, (h) => h.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(400);
    },
  );
});
