import type { Page } from '@playwright/test';

/** What the page's securitypolicyviolation listener keeps on window. */
type CspWindow = Window & { cspViolations?: string[]; reportCspViolation?: (text: string) => void };

/**
 * Listens, in every document `page` loads, for `securitypolicyviolation` events (the page's
 * Content Security Policy blocked something). Each is recorded on window and reported to the test
 * at once (so that violations on a page navigated away from still count). Returns a function that
 * lists every violation seen so far, one line each.
 */
export async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  const seen = new Set<string>();
  await page.exposeBinding('reportCspViolation', (_source, text: string) => void seen.add(text));
  await page.addInitScript(() => {
    const win = window as CspWindow;
    win.cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const where = e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : '';
        const text = `${e.effectiveDirective} blocked ${e.blockedURI || '(unknown)'}${where} on ${location.pathname}`;
        win.cspViolations?.push(text);
        win.reportCspViolation?.(text);
      },
      true,
    );
  });
  return async () => {
    const onPage = await page
      .evaluate(() => (window as CspWindow).cspViolations ?? [])
      .catch(() => [] as string[]);
    for (const text of onPage) seen.add(text);
    return [...seen];
  };
}
