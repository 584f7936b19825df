import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import {
  cacheNameFor,
  precacheEntries,
  writeServiceWorker,
} from '../../src/integrations/serviceWorker';
import {
  test as guardedTest,
  expect,
  expectNoAxeViolationsInBothThemes,
  openLab,
} from './fixtures';
import { serveSite, type OfflineSite } from './offlineSite';
import { builtPages } from './sitePages';

const DIST = resolve(process.env['COURSE_DIST'] ?? resolve(import.meta.dirname, '../../dist'));
const CHAPTER = '/chapters/what-is-webrtc/';
const TOOL = '/tools/sdp/';

// The site comes from a server of the spec's own (./offlineSite.ts), which can switch to a second
// build at the same origin and drop every connection: the service worker is then truly offline.
const test = guardedTest.extend<{ site: OfflineSite }>({
  site: async ({}, use) => {
    const site = await serveSite(DIST);
    await use(site);
    await site.close();
  },
  baseURL: async ({ site }, use) => use(site.url),
});
// Every other spec blocks service workers (tests/playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/** Each cache of the page's origin with the URL paths it holds. */
function cachedPaths(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const found: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const requests = await (await caches.open(name)).keys();
      found[name] = requests.map((r) => new URL(r.url).pathname);
    }
    return found;
  });
}

/** A copy of the build with the tool page's title changed, and its own sw.js. */
async function secondBuild(): Promise<{ dir: string; cacheName: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'offline-build-'));
  await cp(DIST, dir, { recursive: true });
  const page = join(dir, TOOL, 'index.html');
  const html = await readFile(page, 'utf8');
  await writeFile(page, html.replace('</title>', ' (revised)</title>'));
  return { dir, cacheName: (await writeServiceWorker(dir)).cacheName };
}

test('after one visit the course works offline, and a new build is offered and replaces the cache', async ({
  guarded: page,
  site,
  context,
}) => {
  // One page load per step, but a whole-site precache twice and axe: room on a busy machine.
  test.setTimeout(60_000);
  const second = secondBuild();
  // First visit: the worker installs (precaching the whole build), activates and takes the page.
  await page.goto(CHAPTER);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const sw = await readFile(join(DIST, 'sw.js'), 'utf8');
  const firstCache = sw.match(/"(learn-webrtc-offline-[0-9a-f]{16})"/)![1]!;
  const cached = await cachedPaths(page);
  expect(Object.keys(cached)).toEqual([firstCache]);
  const paths = new Set(cached[firstCache]);
  for (const path of builtPages(DIST)) expect(paths, path).toContain(path);
  const index = await readdir(join(DIST, 'pagefind'), { recursive: true, withFileTypes: true });
  for (const file of index.filter((f) => f.isFile())) {
    const path = join(file.parentPath, file.name).slice(DIST.length);
    expect(paths, path).toContain(path);
  }
  // First install: nothing to announce.
  await expect(page.locator('[data-update-text]')).toHaveText('');
  await expect(page.getByRole('button', { name: 'Reload' })).toBeHidden();

  // Network off, for the page and for the worker (the server drops every connection).
  site.offline = true;
  await context.setOffline(true);
  const hello = await openLab(page, `${CHAPTER}?lab=hello-loopback`, 'hello-loopback');
  // Chromium's offline emulation also stops WebRTC's own sockets, loopback included, which a
  // learner's lost connection does not: the run has it lifted, with the site's server still down.
  await context.setOffline(false);
  await hello.locator('[data-action="run"]').click();
  await expect(hello).toHaveAttribute('data-state', 'done');
  await expect(hello.locator('[data-field="message"]')).not.toHaveAttribute('data-value', '');
  await context.setOffline(true);
  await page.goto(TOOL);
  await expect(page.locator('h1')).toBeVisible();
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await dialog.getByRole('combobox', { name: 'Search the course' }).fill('fingerprint');
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ results? for “fingerprint”/);
  await expect(
    dialog.getByRole('option').filter({ hasText: 'Self-signed certificates, and why' }),
  ).toHaveCount(1);
  await page.keyboard.press('Escape');
  // The browser may look for a newer /sw.js at a navigation (and quietly fails offline);
  // everything a page and its lab use came from the cache.
  const missed = site.refused.filter((path) => path !== '/sw.js');
  expect(missed, 'requests that reached the network while offline').toEqual([]);

  // Back online with a second build at the same origin: its worker installs beside the first,
  // the page says so, and Reload moves to it and deletes the first cache.
  const { dir, cacheName } = await second;
  try {
    site.root = dir;
    site.offline = false;
    await context.setOffline(false);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.locator('[data-update-notice]');
    await expect(notice.getByText('A new version of the course is ready.')).toBeVisible();
    await expectNoAxeViolationsInBothThemes(page, ['[data-update-notice]']);
    await notice.getByRole('button', { name: 'Reload' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveTitle(/\(revised\)/);
    expect(Object.keys(await cachedPaths(page))).toEqual([cacheName]);
    await expect(page.getByRole('button', { name: 'Reload' })).toBeHidden();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the worker precaches exactly the files of the build', async () => {
  const sw = await readFile(join(DIST, 'sw.js'), 'utf8');
  const files = await readdir(DIST, { recursive: true, withFileTypes: true });
  const built = files.filter((f) => f.isFile() && f.name !== 'sw.js' && !f.name.endsWith('.map'));
  const entries = precacheEntries(
    await Promise.all(
      built.map(async (f) => ({
        file: join(f.parentPath, f.name).slice(DIST.length + 1),
        content: await readFile(join(f.parentPath, f.name)),
      })),
    ),
  );
  expect(sw).toContain(JSON.stringify(cacheNameFor(entries)));
});
