// Layout checks for a page that is already loaded: pages.spec.ts resizes the one load it makes of
// every page (as a window resized or a phone turned would) instead of loading each page again.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** A laptop and a phone, where a chapter's title must be on the first screen. */
export const FIRST_SCREEN_SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

/** The narrowest phone the course is read on. */
export const NARROW = { width: 360, height: 740 };

/** Resizes the viewport and waits two frames: the resize's layout, then what its listeners change. */
async function resizeTo(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

/** At `size`, scrolled to the top, the page's title starts below the header and ends on screen. */
export async function expectTitleOnFirstScreen(
  page: Page,
  path: string,
  size: { width: number; height: number },
): Promise<void> {
  await resizeTo(page, size);
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  const header = await page.locator('.site-header').boundingBox();
  const h1 = await page.locator('h1').boundingBox();
  const where = `${path} at ${size.width}x${size.height}`;
  expect(h1, where).not.toBeNull();
  expect(h1!.y, `${where}: the title starts below the header`).toBeGreaterThanOrEqual(
    header!.y + header!.height,
  );
  expect(h1!.y + h1!.height, `${where}: the title ends on the first screen`).toBeLessThanOrEqual(
    size.height,
  );
}

/** At 360 px wide the page does not scroll sideways; a failure names what sticks out. */
export async function expectNoSidewaysScroll(page: Page, path: string): Promise<void> {
  await resizeTo(page, NARROW);
  // Polled: the header settles a moment after a resize from a laptop width (it once read 14 px
  // too wide right after it); a page that really overflows keeps failing until the timeout.
  const measure = () =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const outside = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > width + 0.5)
        .filter((el) => !el.closest('.scroll-table, pre, [data-scrolls]'))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
      return `${document.documentElement.scrollWidth - width} px past the edge: ${outside.join(', ')}`;
    });
  await expect.poll(measure, { message: `${path} at 360 px` }).toMatch(/^-?0 px|^-\d/);
}
