/**
 * Launches the Chromium the end-to-end tests use (tests/chromium-path.ts: the system's, then
 * Playwright's, then the npm-shipped one), headless, with the flags the tests pass.
 */
import { chromium, type Browser } from '@playwright/test';
import { chooseChromium } from '../../tests/chromium-path.ts';

/** Flags the e2e suite passes too: no sandbox as root, no background traffic, no QUIC. */
const FLAGS = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

/** A headless Chromium, and where it came from (for the line a script prints). */
export async function launchChromium(): Promise<{ browser: Browser; source: string }> {
  const choice = await chooseChromium();
  const browser = await chromium.launch({
    ...(choice.executablePath ? { executablePath: choice.executablePath } : {}),
    args: FLAGS,
  });
  return {
    browser,
    source: `${choice.source}${choice.executablePath ? ` (${choice.executablePath})` : ''}`,
  };
}
