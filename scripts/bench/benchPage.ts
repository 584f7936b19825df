// Pages and pairs for the bench's in-page measurements. `npm run bench` runs under tsx, whose esbuild
// wraps named inner functions in `__name(...)`; a function handed to page.evaluate carries
// those calls into the page, where `__name` does not exist. The page gets a no-op one first.
import type { Browser, Page } from '@playwright/test';

/** A new page in `browser` where functions compiled by tsx can be evaluated. */
export async function newBenchPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  return page;
}

/** Opens `url`, scrolls to the lab `id` and waits until its Run is live (hydrated). */
export async function openBenchLab(page: Page, url: string, id: string): Promise<void> {
  await page.goto(url);
  await page.locator(`[data-lab="${id}"]`).scrollIntoViewIfNeeded();
  await page.waitForFunction((labId) => {
    const button = document.querySelector(`[data-lab="${labId}"] [data-action="run"]`);
    return button !== null && button.getAttribute('aria-disabled') !== 'true';
  }, id);
}

/**
 * `runs` measurements of each side, taken in pairs whose order alternates so neither side always
 * gets the warmer page; the first pair is a warm-up and is discarded.
 */
export async function alternatePairs(
  runs: number,
  labOnce: () => Promise<number>,
  bareOnce: () => Promise<number>,
): Promise<{ lab: number[]; bare: number[] }> {
  const result = { lab: [] as number[], bare: [] as number[] };
  for (let i = 0; i <= runs; i += 1) {
    const pair =
      i % 2 === 0
        ? [await labOnce(), await bareOnce()]
        : [await bareOnce(), await labOnce()].reverse();
    if (i === 0) continue;
    result.lab.push(pair[0]!);
    result.bare.push(pair[1]!);
  }
  return result;
}
