import AxeBuilder from '@axe-core/playwright';
import { test, expect, hydrateAll } from './fixtures';
import { builtPages } from './sitePages';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const theme of ['light', 'dark'] as const) {
  for (const path of builtPages()) {
    test(`${path} has no WCAG 2.2 AA violation in the ${theme} theme`, async ({
      guarded: page,
    }) => {
      // axe on a long chapter takes seconds of CPU; shared 2-core machines need the headroom.
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await hydrateAll(page);
      const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
      );
      expect(summary).toEqual([]);
    });
  }
}
