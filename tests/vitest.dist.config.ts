import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Gates over the built site (dist/ or COURSE_DIST): script budgets and the link check. */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
  },
});
