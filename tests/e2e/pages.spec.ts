import { test, expect, expectNoAxeViolationsInBothThemes, hydrateAll } from './fixtures';
import { builtPages } from './sitePages';
import { FIRST_SCREEN_SIZES, expectNoSidewaysScroll, expectTitleOnFirstScreen } from './pageLayout';

const pages = builtPages();

/** Uncompressed JavaScript a page may load, labs included: the labs' islands are the only JS. */
const BUDGET_BYTES = 300 * 1024;
const WITHOUT_LABS = ['/glossary/', '/references/', '/instructors/', '/accessibility/'];
/** The chapters' printable handouts (/instructors/<slug>/; the report checker has a script). */
const HANDOUT = /^\/instructors\/(?!report\/)[^/]+\/$/;
/** The handouts share one template and differ only in text: chapter 13's, the longest, stands for all. */
const SCANNED = pages.filter((p) => !HANDOUT.test(p) || p === '/instructors/in-production/');
/**
 * Site-wide scripts every page may load, labs or not: the learner's progress marks on the course
 * map (components/progress, once idle) and the header's search button (components/search, whose
 * dialog and index load only when opened) and the offline worker's registration
 * (components/offline, once the page has loaded).
 */
const SITE_WIDE_MODULES =
  /\/_astro\/(ProgressMarks\.astro|showProgressMarks|progressStore|schema|rolldown-runtime|preload-helper|validate|SiteSearch\.astro|OfflineSupport\.astro)[._][^/]*\.js$/;

test('the site has the home page, the written chapters, the tool and the guide pages', () => {
  expect(pages).toEqual(
    expect.arrayContaining([
      '/',
      '/chapters/what-is-webrtc/',
      '/chapters/lifecycle/',
      '/glossary/',
      '/instructors/',
      '/progress/',
      '/references/',
      '/tools/sdp/',
      '/tools/stats/',
    ]),
  );
});

// One page load per page for everything checked on it: a chapter's load and hydration are
// seconds of CI time, and axe reads the same hydrated page the budget was measured on.
for (const path of SCANNED) {
  test(`${path} answers 200, loads JavaScript only for its labs, passes axe in both themes and fits a phone`, async ({
    guarded: page,
  }) => {
    // axe on a long chapter takes seconds of CPU; shared 2-core machines need the headroom.
    // /illustrated/ (460 KB of HTML) took 20-30 s on a quiet machine and over 90 s on a busy one.
    test.setTimeout(180_000);
    const scripts = new Map<string, number>();
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      scripts.set(response.url(), (await response.body().catch(() => Buffer.alloc(0))).length);
    });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(/Learn WebRTC/);
    await hydrateAll(page);
    if (WITHOUT_LABS.includes(path) || HANDOUT.test(path))
      expect([...scripts.keys()].filter((url) => !SITE_WIDE_MODULES.test(url))).toEqual([]);
    const total = [...scripts.values()].reduce((sum, n) => sum + n, 0);
    expect(total).toBeLessThan(BUDGET_BYTES);
    // Back to the top: axe counts the sticky header's links as neighbours of whatever the
    // last scroll left underneath them, a spacing no pointer can meet.
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await expectNoAxeViolationsInBothThemes(page);
    // The same load at other widths: a chapter's title on the first screen of a laptop and a
    // phone, and no page scrolling sideways at 360 px.
    if (path.startsWith('/chapters/'))
      for (const size of FIRST_SCREEN_SIZES) await expectTitleOnFirstScreen(page, path, size);
    await expectNoSidewaysScroll(page, path);
  });
}

test.describe('a missing page', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });
  test('gets the not-found page with a way back', async ({ guarded: page }) => {
    const response = await page.goto('/chapters/no-such-chapter/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('link', { name: 'Back to the course map' })).toBeVisible();
  });
});
