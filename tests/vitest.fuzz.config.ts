// `npm run fuzz`: only the property tests of tests/fuzz, with FUZZ_RUNS inputs per target (20000).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: { alias: { '~': fileURLToPath(new URL('../src', import.meta.url)) } },
  test: {
    include: ['tests/fuzz/**/*.fuzz.ts'],
    environment: 'node',
    testTimeout: 900_000,
    // One target at a time, so the targets do not slow each other down on a small machine.
    fileParallelism: false,
  },
});
