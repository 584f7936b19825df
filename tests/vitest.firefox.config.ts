import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The labs in Firefox ESR, driven by puppeteer-core over WebDriver BiDi (Playwright cannot drive
 * this Firefox). One browser serves every file: launching it takes half a minute on a loaded
 * machine, so the files run one after another in a single process that keeps it (isolate: false).
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/firefox/globalSetup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
