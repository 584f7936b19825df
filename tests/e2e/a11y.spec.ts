import { test, expectNoAxeViolationsInBothThemes, hydrateAll } from './fixtures';
import { builtPages } from './sitePages';

for (const path of builtPages()) {
  test(`${path} has no WCAG 2.2 AA violation in the light or the dark theme`, async ({
    guarded: page,
  }) => {
    // axe on a long chapter takes seconds of CPU; shared 2-core machines need the headroom.
    test.setTimeout(90_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(path);
    await hydrateAll(page);
    // Back to the top: axe counts the sticky header's links as neighbours of whatever the
    // last scroll left underneath them, a spacing no pointer can meet.
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await expectNoAxeViolationsInBothThemes(page);
  });
}

/** The phone layout: the compact header, the inline "On this page" and the open menu drawer. */
test('the phone layout and its open menu drawer have no WCAG 2.2 AA violation in either theme', async ({
  guarded: page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/chapters/turn/');
  await expectNoAxeViolationsInBothThemes(page, ['.site-header', 'article > h1', '.toc-inline']);
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await page.getByRole('dialog', { name: 'Menu' }).waitFor();
  await expectNoAxeViolationsInBothThemes(page);
});
