import { defineConfig } from '@playwright/test';
import { chooseChromium } from './chromium-path';
import { COTURN_MISSING } from './e2e/turn-fixture';

const browser = await chooseChromium();
if (!process.env['TEST_WORKER_INDEX']) {
  console.log(
    `e2e: Chromium from ${browser.source}${browser.executablePath ? ` (${browser.executablePath})` : ''}`,
  );
  if (COTURN_MISSING) console.log(`e2e: the TURN lab's tests are skipped: ${COTURN_MISSING}.`);
}
// COURSE_DIST and COURSE_PORT let several builds be tested side by side (one per worktree).
const DIST = process.env['COURSE_DIST'] ?? 'dist';
const PORT = Number(process.env['COURSE_PORT'] ?? 4327);

export default defineConfig({
  testDir: 'e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  // Two workers suit the 2-core CI machine; the WebRTC labs are light but a page each.
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // The offline service worker would answer from its cache and precache the site in the
    // background of every test; only tests/e2e/offline.spec.ts lets it register.
    serviceWorkers: 'block',
    trace: 'off',
    launchOptions: {
      ...(browser.executablePath ? { executablePath: browser.executablePath } : {}),
      args: [
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-quic',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `astro preview --outDir ${DIST} --host 127.0.0.1 --port ${PORT} --ignore-lock`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    cwd: '..',
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
