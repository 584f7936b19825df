import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, expectNoAxeViolationsInBothThemes } from './fixtures';

/** A chapter whose prose links glossary terms, and one of those terms. */
const CHAPTER = '/chapters/ice/';
const TERM = 'pair-priority';
/** The term's definition as one line, read from its Markdown file. */
const DEFINITION = readFileSync(
  resolve(import.meta.dirname, `../../content/glossary/${TERM}.md`),
  'utf8',
)
  .split('---')[2]!
  .replace(/\s+/g, ' ')
  .trim();

// pages.spec.ts scans /glossary/ with axe in both themes, on the one load it makes of each page.
test('the glossary lists at least 80 terms, each with an anchor and its RFC section', async ({
  guarded: page,
}) => {
  await page.goto('/glossary/');
  const entries = page.locator('[data-term]');
  expect(await entries.count()).toBeGreaterThanOrEqual(80);
  await expect(page.locator(`[data-term="${TERM}"] dt#${TERM}`)).toHaveText(/Pair priority/);
  await expect(page.locator(`[data-term="${TERM}"] a[href*="rfc8445#section-6.1.2.3"]`)).toHaveText(
    /RFC 8445 §6.1.2.3/,
  );
});

test('a term in chapter prose shows its definition on keyboard focus and on hover, and Escape hides it with focus kept', async ({
  guarded: page,
}) => {
  await page.goto(CHAPTER);
  const link = page.locator(`a.term[href="/glossary/#${TERM}"]`).first();
  const popover = link.locator('xpath=following-sibling::*[@role="tooltip"]');
  await expect(link).toHaveAttribute('href', `/glossary/#${TERM}`);
  await expect(popover).toBeHidden();

  // Keyboard: focus the link from the one before it with Tab, as a keyboard user would.
  await link.evaluate((a) => {
    const links = [...document.querySelectorAll('main a[href]')];
    (links[links.indexOf(a) - 1] as HTMLElement).focus();
  });
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await expect(popover).toBeVisible();
  await expect(popover).toContainText(DEFINITION);
  // Screen readers get the same definition as the link's description.
  await expect(link).toHaveAccessibleDescription(DEFINITION);
  const box = (await popover.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  await expectNoAxeViolationsInBothThemes(page, ['.gt:has(.term:focus-visible)']);

  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(link).toBeFocused();

  // Pointer: hovering the term opens it, and the pointer can move onto the popover itself.
  await link.evaluate((a) => (a as HTMLElement).blur());
  await page.mouse.move(0, 0);
  await expect(popover).toBeHidden();
  await link.hover();
  await expect(popover).toBeVisible();
  await popover.hover();
  await expect(popover).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await page.mouse.move(0, 0);
  await link.hover();
  await expect(popover).toBeVisible();
});

test.describe('on a phone', () => {
  // A touch screen has no hover: a tap follows the link to the full entry, which also names the
  // RFC and the chapters, and Back returns to the same place in the chapter.
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a tap on a term goes to its glossary entry', async ({ guarded: page }) => {
    await page.goto(CHAPTER);
    await page.locator(`a.term[href="/glossary/#${TERM}"]`).first().tap();
    await expect(page).toHaveURL(new RegExp(`/glossary/#${TERM}$`));
    await expect(page.locator(`dt#${TERM}`)).toBeInViewport();
  });
});
