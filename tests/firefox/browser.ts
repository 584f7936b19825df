import { appendFileSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { FIREFOX_PATH } from './firefoxPath';

/** Prefs every test browser gets: a synthetic camera and microphone, granted without a prompt. */
const FAKE_MEDIA = {
  'media.navigator.streams.fake': true,
  'media.navigator.permission.disabled': true,
  // Quiet: no update checks, telemetry or remote settings traffic from the browser itself.
  'app.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  // No offline service worker precaching the site behind the tests (tested in Chromium only).
  'dom.serviceWorkers.enabled': false,
};

/** Launches Firefox ESR headless with the fake-media prefs plus `prefs`. */
export function launchFirefox(
  prefs: Record<string, boolean | string | number> = {},
): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: { ...FAKE_MEDIA, ...prefs },
    protocolTimeout: 120_000,
  });
}

const shared = globalThis as typeof globalThis & { courseFirefox?: Promise<Browser> };

/**
 * The one stock Firefox (only the fake-media prefs) that every test file shares: the files run
 * in one process. Its pid goes to the file the global setup named, whose teardown ends it
 * (the worker process cannot tell when the last file is done, and exiting leaves it running).
 */
export function sharedFirefox(): Promise<Browser> {
  shared.courseFirefox ??= launchFirefox().then((browser) => {
    const pids = process.env['COURSE_FIREFOX_PIDS'];
    const pid = browser.process()?.pid;
    if (pids && pid) appendFileSync(pids, `${pid}\n`);
    return browser;
  });
  return shared.courseFirefox;
}
