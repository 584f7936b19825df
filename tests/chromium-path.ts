// Which Chromium the end-to-end tests drive. Playwright cannot download its browsers on every
// machine (CI here reaches only the npm registry and Debian's packages), so the tests take, in
// order: the system's Chromium, Playwright's own if it is installed, and the Chromium build that
// the @sparticuz/chromium dev dependency ships inside its npm tarball (linux-x64).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Where a browser came from, for the one line the test run prints. */
export interface ChromiumChoice {
  executablePath: string | undefined;
  source: 'system' | 'playwright' | 'npm';
}

/**
 * Finds a Chromium. `COURSE_CHROMIUM=npm` skips the first two (to try the bare-machine path on a
 * machine that has them).
 */
export async function chooseChromium(): Promise<ChromiumChoice> {
  const forced = process.env['COURSE_CHROMIUM'];
  if (forced !== 'npm') {
    const system = SYSTEM.find((p) => existsSync(p));
    if (system) return { executablePath: system, source: 'system' };
    if (existsSync(chromium.executablePath())) {
      return { executablePath: undefined, source: 'playwright' };
    }
  }
  const bundled = (await import('@sparticuz/chromium')).default;
  return { executablePath: await bundled.executablePath(), source: 'npm' };
}
