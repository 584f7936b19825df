import { test, expect, hydrateAll } from './fixtures';
import { builtPages } from './sitePages';

/** Uncompressed JavaScript a page may load, labs included: the labs' islands are the only JS. */
const BUDGET_BYTES = 300 * 1024;
const WITHOUT_LABS = ['/', '/glossary/', '/references/', '/instructors/'];

for (const path of builtPages()) {
  test(`${path} loads JavaScript only for its labs, within the budget`, async ({ guarded: page }) => {
    const scripts = new Map<string, number>();
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      scripts.set(response.url(), (await response.body().catch(() => Buffer.alloc(0))).length);
    });
    await page.goto(path);
    await hydrateAll(page);
    const total = [...scripts.values()].reduce((sum, n) => sum + n, 0);
    if (WITHOUT_LABS.includes(path)) expect([...scripts.keys()]).toEqual([]);
    expect(total).toBeLessThan(BUDGET_BYTES);
  });
}
