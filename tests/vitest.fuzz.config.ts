// `npm run fuzz`: the property tests of tests/fuzz with FUZZ_RUNS inputs per target (20000 there).
import { defineConfig, mergeConfig } from 'vitest/config';
import unit from './vitest.config';

export default mergeConfig(
  unit,
  defineConfig({ test: { include: ['tests/fuzz/**/*.fuzz.ts'], testTimeout: 900_000 } }),
);
