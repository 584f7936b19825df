import { expect } from 'vitest';
import { BASE_URL } from './firefoxPath';
import { describeInFirefox, firefoxTest } from './suite';

const TERM = 'pair-priority';

describeInFirefox('glossary popovers in Firefox', () => {
  firefoxTest(
    'a term reached with Tab shows its definition, and Escape hides it with focus kept',
    async (page) => {
      await page.goto(`${BASE_URL}/chapters/ice/`);
      const selector = `a.term[href="/glossary/#${TERM}"]`;
      // Focus the link before the term, then Tab onto the term as a keyboard user would.
      await page.$eval(selector, (a) => {
        const links = [...document.querySelectorAll('main a[href]')];
        (links[links.indexOf(a) - 1] as HTMLElement).focus();
      });
      await page.keyboard.press('Tab');
      const shown = () =>
        page.$eval(selector, (a) => {
          const pop = a.nextElementSibling as HTMLElement;
          return {
            focused: document.activeElement === a,
            visible:
              getComputedStyle(pop).display !== 'none' && pop.getBoundingClientRect().width > 0,
            text: pop.textContent ?? '',
            describedBy: document.getElementById(a.getAttribute('aria-describedby') ?? '')
              ?.textContent,
          };
        });
      const open = await shown();
      expect(open.focused).toBe(true);
      expect(open.visible).toBe(true);
      expect(open.text).toContain('The 64-bit rank of a candidate pair');
      expect(open.describedBy).toMatch(/^The 64-bit rank of a candidate pair/);
      await page.keyboard.press('Escape');
      const closed = await shown();
      expect(closed.focused).toBe(true);
      expect(closed.visible).toBe(false);
    },
  );
});
