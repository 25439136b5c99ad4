import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The runner starts a Node process per example (tsx start-up is ~1 s on a busy 2-core machine).
    testTimeout: 120_000,
  },
});
