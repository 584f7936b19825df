import { test, expectNoAxeViolations, hydrateAll, THEMES } from './fixtures';
import { builtPages } from './sitePages';

for (const theme of THEMES) {
  for (const path of builtPages()) {
    test(`${path} has no WCAG 2.2 AA violation in the ${theme} theme`, async ({
      guarded: page,
    }) => {
      // axe on a long chapter takes seconds of CPU; shared 2-core machines need the headroom.
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await page.goto(path);
      await hydrateAll(page);
      await expectNoAxeViolations(page, theme);
    });
  }
}
