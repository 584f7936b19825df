/**
 * screenshots: every page of a built site at 390, 768 and 1280 px wide, in the light and the dark
 * theme, full length, animations reduced, into test-results/screenshots/<page>-<width>-<theme>.png,
 * to look at a change before it lands (nothing is compared). It builds nothing: it serves
 * COURSE_DIST (default dist) with astro preview. Usage: npm run build && npm run screenshots
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { launchChromium } from './site/launchChromium.ts';
import { distFolder, previewSite, ROOT } from './site/previewSite.ts';
import { pageName, sitePages } from './site/sitePages.ts';

const OUT = join(ROOT, 'test-results', 'screenshots');
/** Phone, tablet and laptop widths, each with a screen height that goes with it. */
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
] as const;
const THEMES = ['light', 'dark'] as const;
/** Browser pages working at once: enough to overlap loading and capture on two cores. */
const PARALLEL = 3;

/**
 * Hydrates every lab island at once: islands hydrate when they come into view, so the viewport
 * is made as tall as the page for a moment (at most 5 s for the islands), then set back.
 */
async function hydrateIslands(page: Page, viewport: { width: number; height: number }) {
  if ((await page.locator('astro-island[ssr]').count()) === 0) return;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.min(height, 30_000) });
  await page
    .waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, {
      timeout: 5_000,
    })
    .catch(() => {});
  await page.setViewportSize(viewport);
}

/** Pages taller than this are written in pieces of this height: one image stays easy to view. */
const PIECE_PX = 8_000;

/**
 * Writes the whole page as `<name>.png`, or, when it is taller than PIECE_PX, as
 * `<name>-1.png`, `<name>-2.png`... (a 42,000 px chapter in one shot took over 30 s and is
 * too long to look at anyway).
 */
async function capturePage(page: Page, name: string, width: number): Promise<string[]> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const options = { animations: 'disabled', timeout: 60_000 } as const;
  if (height <= PIECE_PX) {
    const file = join(OUT, `${name}.png`);
    await page.screenshot({ ...options, path: file, fullPage: true });
    return [file];
  }
  const files: string[] = [];
  for (let y = 0, piece = 1; y < height; y += PIECE_PX, piece += 1) {
    const file = join(OUT, `${name}-${piece}.png`);
    const clip = { x: 0, y, width, height: Math.min(PIECE_PX, height - y) };
    await page.screenshot({ ...options, path: file, fullPage: true, clip });
    files.push(file);
  }
  return files;
}

/** One width and theme: its own context (viewport, colour scheme, saved theme, reduced motion). */
async function capture(
  browser: Browser,
  origin: string,
  paths: readonly string[],
  viewport: (typeof VIEWPORTS)[number],
  theme: (typeof THEMES)[number],
  failures: string[],
): Promise<string[]> {
  const context = await browser.newContext({
    viewport,
    colorScheme: theme,
    reducedMotion: 'reduce',
  });
  await context.addInitScript((saved) => localStorage.setItem('theme', saved), theme);
  const page = await context.newPage();
  const written: string[] = [];
  try {
    for (const path of paths) {
      await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      await hydrateIslands(page, viewport);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const name = `${pageName(path)}-${viewport.width}-${theme}`;
      try {
        written.push(...(await capturePage(page, name, viewport.width)));
      } catch (error) {
        failures.push(`${name}: ${String(error)}`);
      }
    }
  } finally {
    await context.close();
  }
  return written;
}

async function main(): Promise<number> {
  const started = performance.now();
  const dist = distFolder();
  const paths = sitePages(dist);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const site = await previewSite(dist);
  const { browser, source } = await launchChromium();
  console.log(`screenshots: ${paths.length} pages of ${dist}, Chromium from ${source}`);
  const jobs = VIEWPORTS.flatMap((viewport) => THEMES.map((theme) => ({ viewport, theme })));
  const written: string[] = [];
  const failures: string[] = [];
  try {
    const worker = async () => {
      for (let job = jobs.shift(); job; job = jobs.shift()) {
        const { viewport, theme } = job;
        try {
          written.push(...(await capture(browser, site.origin, paths, viewport, theme, failures)));
        } catch (error) {
          failures.push(`${viewport.width} px ${theme}: ${String(error)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  } finally {
    await browser.close();
    await site.stop();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `screenshots: wrote ${written.length} screenshots to ${relative(ROOT, OUT)}/ in ${seconds} s`,
  );
  for (const failure of failures) console.error(`screenshots: failed at ${failure}`);
  return failures.length > 0 ? 1 : 0;
}

process.exitCode = await main();
