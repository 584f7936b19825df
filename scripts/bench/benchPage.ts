// A page for the bench's in-page measurements. `npm run bench` runs under tsx, whose esbuild
// wraps named inner functions in `__name(...)`; a function handed to page.evaluate carries
// those calls into the page, where `__name` does not exist. The page gets a no-op one first.
import type { Browser, Page } from '@playwright/test';

/** A new page in `browser` where functions compiled by tsx can be evaluated. */
export async function newBenchPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  return page;
}
