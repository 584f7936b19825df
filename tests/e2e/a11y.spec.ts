import AxeBuilder from '@axe-core/playwright';
import { test, expect, hydrateAll } from './fixtures';
import { builtPages } from './sitePages';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const path of builtPages()) {
  test(`${path} has no WCAG 2.2 AA violation in the light or the dark theme`, async ({
    guarded: page,
  }) => {
    // Two axe scans of a long chapter take seconds of CPU each on a shared 2-core machine.
    test.setTimeout(120_000);
    await page.goto(path);
    await hydrateAll(page);
    for (const theme of ['light', 'dark'] as const) {
      // Colours come from light-dark(), so the theme switches without a reload; reduced motion
      // makes colour transitions instant, so axe never measures a colour halfway.
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
      );
      expect(summary, `${theme} theme`).toEqual([]);
    }
  });
}
