import type { Page } from '@playwright/test';
import { test, expect, runLab, expectField } from './fixtures';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** Scrolls at once (no smooth scrolling) to `fraction` of the page's scrollable height. */
async function scrollToFraction(page: Page, fraction: number): Promise<void> {
  await page.evaluate((f) => {
    const max = document.documentElement.scrollHeight - innerHeight;
    window.scrollTo({ top: max * f, behavior: 'instant' });
  }, fraction);
}

// Each chapter's title on the first screen at 1280x800 and 390x844, and no page scrolling
// sideways at 360 px, are checked in pages.spec.ts on the one load it makes of every page.

test('the phone header is one compact row, at most 72 px tall', async ({ guarded: page }) => {
  await page.setViewportSize(PHONE);
  for (const path of ['/', '/chapters/sdp/', '/tools/sdp/']) {
    await page.goto(path);
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height, path).toBeLessThanOrEqual(72);
    await expect(page.getByRole('button', { name: 'Menu', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Dark theme' })).toBeVisible();
  }
});

test('60% down a long chapter on a laptop, the course map and the lit section are in view', async ({
  guarded: page,
}) => {
  await page.setViewportSize(DESKTOP);
  // Reduced motion: the progress bar follows the reader's scrolling, so it stays.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/chapters/sdp/');
  await scrollToFraction(page, 0.6);
  const map = page.getByRole('navigation', { name: 'Course map' });
  await expect(map.locator('a[href^="/chapters/"]:not([aria-current])').first()).toBeInViewport();
  const toc = page.locator('.toc-column');
  const lit = toc.locator('a[aria-current="true"]');
  await expect(lit).toHaveCount(1);
  await expect(lit).toBeInViewport();
  // The lit link names the last heading that has passed the reading line (a quarter down).
  const hrefs = await toc.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const tops = await page.evaluate(
    (ids) => ids.map((id) => document.querySelector(id!)!.getBoundingClientRect().top),
    hrefs,
  );
  const line = DESKTOP.height * 0.25;
  const index = hrefs.indexOf(await lit.getAttribute('href'));
  expect(tops[index], 'the lit heading is above the fold').toBeLessThanOrEqual(line + 1);
  if (index + 1 < tops.length) expect(tops[index + 1]).toBeGreaterThan(line - 1);
  // The reading progress bar is about 60% full.
  await expect
    .poll(() =>
      page
        .locator('[data-reading-progress]')
        .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a),
    )
    .toBeCloseTo(0.6, 1);
});

test('the menu drawer opens from the keyboard, keeps focus inside and closes on Escape', async ({
  guarded: page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto('/chapters/ice/');
  const titleBefore = await page.locator('h1').boundingBox();
  const button = page.getByRole('button', { name: 'Menu', exact: true });
  const drawer = page.getByRole('dialog', { name: 'Menu' });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(drawer).toBeHidden();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(drawer).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const map = drawer.getByRole('navigation', { name: 'Course map' });
  await expect(map.locator('[aria-current="page"] .title')).toHaveText(
    'ICE: finding the best path',
  );
  const focusInside = () => page.evaluate(() => !!document.activeElement?.closest('dialog[open]'));
  expect(await focusInside()).toBe(true);
  const stops = await drawer.locator('a[href], button').count();
  for (let i = 0; i < stops + 2; i++) {
    await page.keyboard.press('Tab');
    expect(await focusInside(), `after ${i + 1} Tab presses`).toBe(true);
  }
  await page.keyboard.press('Shift+Tab');
  expect(await focusInside()).toBe(true);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();
  // The close button closes it too, and nothing on the page moved meanwhile.
  await button.click();
  await drawer.getByRole('button', { name: 'Close menu' }).click();
  await expect(drawer).toBeHidden();
  await expect(button).toBeFocused();
  expect(await page.locator('h1').boundingBox()).toEqual(titleBefore);
});

test('on a phone "On this page" is collapsed under the title and names the section read', async ({
  guarded: page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto('/chapters/nat/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const summary = toc.locator('summary');
  const h1 = await page.locator('h1').boundingBox();
  const bar = await summary.boundingBox();
  expect(bar!.y).toBeGreaterThan(h1!.y);
  await expect(toc.locator('ol a').first()).toBeHidden();
  await summary.click();
  const second = toc.locator('ol a').nth(1);
  await expect(second).toBeVisible();
  const text = await second.textContent();
  await second.click();
  await expect(toc.locator('details')).not.toHaveAttribute('open');
  await expect(toc.locator('[data-toc-current]')).toHaveText(text!);
  await expect(summary).toBeInViewport();
});

test('heading "Copy link" tools appear on hover and on focus only', async ({ guarded: page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto('/chapters/lifecycle/');
  const heading = page.locator('article .prose h2[id]').nth(1);
  const tools = heading.locator('.heading-tools');
  const opacity = () => tools.evaluate((el) => Number(getComputedStyle(el).opacity));
  await expect.poll(opacity).toBe(0);
  await heading.hover();
  await expect.poll(opacity).toBe(1);
  await page.mouse.move(0, 0);
  await expect.poll(opacity).toBe(0);
  const copy = heading.getByRole('button', { name: /Copy link/ });
  await copy.focus();
  await expect.poll(opacity).toBe(1);
  for (const target of [copy, heading.locator('.heading-tools a')]) {
    const box = await target.boundingBox();
    expect(Math.min(box!.width, box!.height)).toBeGreaterThanOrEqual(24);
  }
});

test('the tool and guide pages start their text where a chapter does', async ({
  guarded: page,
}) => {
  await page.setViewportSize(DESKTOP);
  const left: Record<string, number> = {};
  for (const path of ['/chapters/stun/', '/tools/sdp/', '/glossary/', '/instructors/']) {
    await page.goto(path);
    left[path] = (await page.locator('h1').boundingBox())!.x;
  }
  for (const path of Object.keys(left)) expect(left[path], path).toBe(left['/chapters/stun/']);
});

for (const [name, size] of [
  ['1280x800', DESKTOP],
  ['390x844', PHONE],
] as const) {
  test(`no number on the home page breaks across lines at ${name}`, async ({ guarded: page }) => {
    await page.setViewportSize(size);
    await page.goto('/');
    const broken = await page.evaluate(() => {
      const found: string[] = [];
      let count = 0;
      for (const el of document.querySelectorAll('main *')) {
        if (el.children.length > 0 || !/^\s*\d[\d.,\s]*$/.test(el.textContent ?? '')) continue;
        count++;
        const range = document.createRange();
        range.selectNodeContents(el);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) found.push(`${el.textContent} (${lines.size} lines)`);
      }
      return { count, found };
    });
    expect(broken.count, 'the chapter cards show their numbers').toBeGreaterThanOrEqual(13);
    expect(broken.found).toEqual([]);
  });
}

test('the home page opens a real connection in one click', async ({ guarded: page }) => {
  await page.setViewportSize(PHONE);
  const root = await runLab(page, '/', 'hello-loopback');
  await expect(root).toHaveAttribute('data-state', 'done');
  await expectField(root, 'message', 'Hello from peer A');
  await expect(page.locator('[data-chapter]')).toHaveCount(13);
  await expect(page.getByRole('link', { name: 'The instructor guide' })).toBeVisible();
});
