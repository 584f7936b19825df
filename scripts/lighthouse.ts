/**
 * lighthouse: Lighthouse (mobile preset) over every page of the built site, one table.
 * Usage: npm run build && npm run lighthouse [-- --runs N]
 *   Serves dist/ (or COURSE_DIST) with `astro preview` on a free port, drives
 *   the Chromium the e2e tests use (or CHROME_PATH), and prints performance, accessibility, best
 *   practices and SEO per page against the targets (98, 100, 100, 100). Each page is measured
 *   N times (3 by default) and the run with the median performance score is reported, as
 *   Lighthouse CI does: one run moves by a few points with the machine's load. Exits 1 when a
 *   page misses a target, naming the audits that cost it points. Not part of `npm test`.
 */
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { chooseChromium } from '../tests/chromium-path.ts';
import { previewSite } from './site/previewSite.ts';
import { sitePages } from './site/sitePages.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const RUNS = Math.max(1, Number(values.runs) || 3);
const CATEGORIES = [
  { id: 'performance', label: 'performance', target: 98 },
  { id: 'accessibility', label: 'accessibility', target: 100 },
  { id: 'best-practices', label: 'best practices', target: 100 },
  { id: 'seo', label: 'SEO', target: 100 },
] as const;

/** The Chromium binary: CHROME_PATH, else the one the e2e tests would use. */
async function chromiumPath(): Promise<string> {
  if (process.env['CHROME_PATH']) return process.env['CHROME_PATH'];
  const choice = await chooseChromium();
  if (choice.executablePath) return choice.executablePath;
  const { chromium } = await import('@playwright/test');
  return chromium.executablePath();
}

const site = await previewSite().catch((error: Error) => {
  console.error(error.message);
  process.exit(2);
});
const browser = await puppeteer.launch({
  executablePath: await chromiumPath(),
  headless: true,
  args: [
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
const rows: string[][] = [];
const misses: string[] = [];
try {
  const debuggingPort = Number(new URL(browser.wsEndpoint()).port);
  for (const path of sitePages(site.dist)) {
    process.stderr.write(`lighthouse ${path} (${RUNS} runs)\n`);
    const results: NonNullable<Awaited<ReturnType<typeof lighthouse>>>[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const result = await lighthouse(`${site.origin}${path}`, {
        port: debuggingPort,
        logLevel: 'error',
        output: 'json',
        onlyCategories: CATEGORIES.map((c) => c.id),
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      results.push(result);
    }
    const performance = (r: (typeof results)[number]) =>
      r.lhr.categories['performance']?.score ?? 0;
    results.sort((x, y) => performance(x) - performance(y));
    const result = results[Math.floor(results.length / 2)]!;
    const { categories, audits } = result.lhr;
    const scores = CATEGORIES.map((c) => Math.round((categories[c.id]?.score ?? 0) * 100));
    rows.push([path, ...scores.map((s, i) => `${s}${s < CATEGORIES[i]!.target ? ' ✗' : ''}`)]);
    CATEGORIES.forEach((c, i) => {
      if (scores[i]! >= c.target) return;
      const lost = (categories[c.id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${ref.id} (${audits[ref.id]?.displayValue || audits[ref.id]?.score})`);
      misses.push(`${path} ${c.label} ${scores[i]} < ${c.target}: ${lost.join(', ') || '?'}`);
    });
  }
} finally {
  await browser.close();
  await site.stop();
}

const header = ['page', ...CATEGORIES.map((c) => c.label)];
const targets = ['target', ...CATEGORIES.map((c) => `>= ${c.target}`)];
const table = [header, targets, ...rows];
const widths = header.map((_, i) => Math.max(...table.map((r) => r[i]?.length ?? 0)));
console.log(`Lighthouse, mobile preset (simulated throttling), Chromium, median of ${RUNS} runs:`);
for (const r of table) console.log(r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
for (const miss of misses) console.log(`  ${miss}`);
process.exit(misses.length > 0 ? 1 : 0);
