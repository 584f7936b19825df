import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { watchCspViolations } from './cspViolations';

/**
 * The test every e2e spec uses: a fresh page that fails the test on any console error or
 * uncaught exception, on any request that leaves the local origin (the course promises
 * that nothing is contacted unless the learner types a server in), and on any Content Security
 * Policy violation the page reports.
 */
export const test = base.extend<{ guarded: Page; allowedConsoleErrors: RegExp[] }>({
  /** Console errors a test expects (such as the 404 of a missing page). */
  allowedConsoleErrors: [[], { option: true }],
  guarded: async ({ page, baseURL, allowedConsoleErrors }, use) => {
    const local = new URL(baseURL ?? 'http://127.0.0.1');
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      if (allowedConsoleErrors.some((allowed) => allowed.test(m.text()))) return;
      problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'data:' || url.protocol === 'blob:' || url.host === local.host) {
        return route.continue();
      }
      problems.push(`request left the local origin: ${url.href}`);
      return route.abort('blockedbyclient');
    });
    const cspViolations = await watchCspViolations(page);
    await use(page);
    expect(problems, 'console errors, exceptions and outside requests').toEqual([]);
    expect(await cspViolations(), 'Content Security Policy violations').toEqual([]);
  },
});

export { expect };

/** How many RTCPeerConnections the page's labs still hold open. */
export function openPeerConnections(page: Page): Promise<number> {
  return page.evaluate(() => window.webrtcCourse?.openPeerConnections() ?? 0);
}

/** Opens `path`, brings lab `id` into view and waits until it has hydrated (run enabled). */
export async function openLab(page: Page, path: string, id: string): Promise<Locator> {
  await page.goto(path);
  const root = lab(page, id);
  await root.scrollIntoViewIfNeeded();
  await expect(root.locator('[data-action="run"]')).toBeEnabled();
  return root;
}

/** Query parameters after `lab=<id>`: `'a=eim/apdf&run=1'` or `{ a: 'eim/apdf', run: '1' }`. */
export type LabPreset = string | Record<string, string>;

/**
 * Opens `path` at `?lab=<id>&<preset>`, waits until the lab has hydrated, presses run unless the
 * preset has run=1 (the lab then runs by itself), and waits until the run has ended in `done` or
 * `error` (never sleeping: it polls data-state). Returns the lab's root element.
 */
export async function runLab(
  page: Page,
  path: string,
  id: string,
  preset: LabPreset = {},
  { timeout = 20_000 }: { timeout?: number } = {},
): Promise<Locator> {
  const params = new URLSearchParams(preset);
  const query = new URLSearchParams({ lab: id });
  for (const [name, value] of params) query.append(name, value);
  await page.goto(`${path}?${query}`);
  const root = lab(page, id);
  await root.scrollIntoViewIfNeeded();
  await hydrated(root);
  if (params.get('run') !== '1') {
    await expect(root.locator('[data-action="run"]')).toBeEnabled();
    await root.locator('[data-action="run"]').click();
  }
  await expect(root).toHaveAttribute('data-state', /^(done|error)$/, { timeout });
  return root;
}

/** A value a learner reads: a string, a number or a boolean (compared as text), or a pattern. */
export type FieldValue = string | number | boolean | RegExp;

/** Asserts the machine-readable `data-value` of the lab's one `[data-field=name]` element. */
export async function expectField(
  root: Locator,
  name: string,
  value: FieldValue,
  options: { timeout?: number } = {},
): Promise<void> {
  const expected = value instanceof RegExp ? value : String(value);
  await expect(field(root, name)).toHaveAttribute('data-value', expected, options);
}

/** The `data-value` of the lab's one `[data-field=name]` element, read once. */
export function fieldValue(root: Locator, name: string): Promise<string | null> {
  return field(root, name).getAttribute('data-value');
}

/** The `data-value` of `[data-field=name]` as a number (NaN when it is missing, empty or not one). */
export async function fieldNumber(root: Locator, name: string): Promise<number> {
  const value = await fieldValue(root, name);
  return value === null || value.trim() === '' ? Number.NaN : Number(value);
}

/** The element that shows the value `name` inside `root`. */
export function field(root: Locator, name: string): Locator {
  return root.locator(`[data-field="${name}"]`);
}

/** A lab's root element, by its lab id. */
export function lab(page: Page, id: string) {
  return page.locator(`[data-lab="${id}"]`);
}

/** Waits until the Astro island around `element` has hydrated (its server HTML is now live). */
export async function hydrated(element: Locator): Promise<void> {
  const island = element.page().locator('astro-island', { has: element }).last();
  await expect(island).not.toHaveAttribute('ssr', '');
}

/** Brings every island on the page into view, one at a time, until each has hydrated. */
export async function hydrateAll(page: Page): Promise<void> {
  const islands = page.locator('astro-island');
  for (let i = 0; i < (await islands.count()); i++) {
    const island = islands.nth(i);
    // Islands are display: contents (no box of their own): scroll their first element instead.
    await island.evaluate((el) => (el.firstElementChild ?? el).scrollIntoView({ block: 'center' }));
    await expect(island).not.toHaveAttribute('ssr', '');
  }
  await page.waitForLoadState('networkidle');
}

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The axe rules whose outcome depends on colours, the only thing a theme changes. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Every WCAG 2.2 AA rule in the light theme, then, after switching the page to the dark theme
 * in place as the theme toggle does (data-theme, no reload), the colour rules again: one page
 * load and one full scan serve both themes.
 */
export async function expectNoAxeViolationsInBothThemes(
  page: Page,
  include: string[] = [],
): Promise<void> {
  // Sets the theme and reads how light the page's background is, 0 (black) to 1 (white). Polled:
  // a script that lands late on a busy machine (it once did, in the open menu) may set the theme
  // back, so each try sets it again and the scan starts only once the page looks the part.
  const chooseAndMeasure = (theme: (typeof THEMES)[number]) => () =>
    page.evaluate((t) => {
      document.documentElement.dataset['theme'] = t;
      const rgb = getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? [];
      return rgb.slice(0, 3).reduce((sum, n) => sum + Number(n), 0) / 765;
    }, theme);
  await expect
    .poll(chooseAndMeasure('light'), { message: 'the page switched to its light theme' })
    .toBeGreaterThan(0.5);
  await expectNoAxeViolations(page, 'light', include);
  await expect
    .poll(chooseAndMeasure('dark'), { message: 'the page switched to its dark theme' })
    .toBeLessThan(0.5);
  await expectNoAxeViolations(page, 'dark', include, COLOUR_RULES);
}

/** The two colour schemes every page and lab is checked in. */
export const THEMES = ['light', 'dark'] as const;

/**
 * Scans the page (or only the elements matching `include`) with axe for WCAG 2.2 AA. Load the
 * page in `theme` first (emulateMedia before goto): switching the scheme in place left some
 * elements (content-visibility rows, the sticky course map) measured with the old colours.
 */
export async function expectNoAxeViolations(
  page: Page,
  theme: (typeof THEMES)[number],
  include: string[] = [],
  rules?: string[],
): Promise<void> {
  // Only violations are read: axe then skips the details of passes and inapplicable rules.
  // options() replaces all options, so it comes before withTags (which sets runOnly).
  // Legacy mode runs axe.run in the page itself: the default opens a blank page to merge the
  // results of every frame, which cost 2-3 s per scan (5.5 s -> 2.6 s on a chapter). Legacy mode
  // still scans same-origin frames, the only kind the site has (the two-windows lab).
  let axe = new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_22_AA);
  if (rules) axe = axe.withRules(rules);
  for (const selector of include) axe = axe.include(selector);
  const { violations } = await axe.analyze();
  const summary = violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(summary, `${theme} theme`).toEqual([]);
}
