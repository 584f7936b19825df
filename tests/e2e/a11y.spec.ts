import { test, expectNoAxeViolationsInBothThemes } from './fixtures';

// Every built page is scanned where it is loaded once for all its checks: pages.spec.ts.

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
