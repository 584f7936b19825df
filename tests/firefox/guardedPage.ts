import type { Browser, Page } from 'puppeteer-core';
import { BASE_URL } from './firefoxPath';

/** A test page and the problems it saw: console errors, uncaught exceptions, outside requests. */
export interface GuardedPage {
  page: Page;
  /** Everything that should fail the test, including Content Security Policy violations. */
  problems(): Promise<string[]>;
  close(): Promise<void>;
}

type CspWindow = Window & { cspViolations?: string[] };

/**
 * A fresh page in `browser` (like the Chromium suite's `guarded` fixture) that records any console
 * error not matching `allowedConsoleErrors`, any uncaught exception, any request leaving the local
 * origin (aborted), and any `securitypolicyviolation` event in the documents it loads.
 */
export async function guardedPage(
  browser: Browser,
  allowedConsoleErrors: RegExp[] = [],
): Promise<GuardedPage> {
  const page = await browser.newPage();
  const local = new URL(BASE_URL);
  const seen: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (allowedConsoleErrors.some((allowed) => allowed.test(m.text()))) return;
    seen.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => seen.push(`uncaught: ${e instanceof Error ? e.message : String(e)}`));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (['data:', 'blob:', 'about:'].includes(url.protocol) || url.host === local.host) {
      void request.continue();
      return;
    }
    seen.push(`request left the local origin: ${url.href}`);
    void request.abort('blockedbyclient');
  });
  await page.evaluateOnNewDocument(() => {
    const win = window as CspWindow;
    win.cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        win.cspViolations?.push(
          `${e.effectiveDirective} blocked ${e.blockedURI} on ${location.pathname}`,
        ),
      true,
    );
  });
  return {
    page,
    problems: async () => {
      const csp = await page
        .evaluate(() => (window as CspWindow).cspViolations ?? [])
        .catch(() => [] as string[]);
      return [...seen, ...csp.map((text) => `CSP violation: ${text}`)];
    },
    close: () => page.close(),
  };
}
