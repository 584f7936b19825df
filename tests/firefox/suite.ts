import type { Browser, Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { sharedFirefox } from './browser';
import { FIREFOX_MISSING } from './firefoxPath';
import { guardedPage } from './guardedPage';

/** What a Firefox test may relax: console errors it expects, and another browser to run in. */
export interface FirefoxTestOptions {
  allowedConsoleErrors?: RegExp[];
  browser?: () => Promise<Browser>;
  timeout?: number;
  /** Why this test cannot run here (it is then skipped; the reason is printed once elsewhere). */
  skip?: string | null;
}

/** `describe`, skipped (with the reason the run printed once) when Firefox is not installed. */
export const describeInFirefox = (name: string, body: () => void) =>
  describe.skipIf(FIREFOX_MISSING !== null)(name, body);

/**
 * A test on a fresh guarded page of the shared Firefox (or `options.browser`): it fails on any
 * console error, uncaught exception, outside request or CSP violation, as in the Chromium suite.
 */
export function firefoxTest(
  name: string,
  body: (page: Page) => Promise<void>,
  options: FirefoxTestOptions = {},
): void {
  test.skipIf(Boolean(options.skip))(
    name,
    async () => {
      const browser = await (options.browser ?? sharedFirefox)();
      const guarded = await guardedPage(browser, options.allowedConsoleErrors);
      try {
        await body(guarded.page);
        expect(
          await guarded.problems(),
          'console errors, exceptions, outside requests, CSP',
        ).toEqual([]);
      } finally {
        await guarded.close().catch(() => {});
      }
    },
    options.timeout ?? 90_000,
  );
}
