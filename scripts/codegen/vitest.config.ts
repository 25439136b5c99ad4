import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Several tests run the CLIs as child processes (tsx start-up is ~1 s on a busy 2-core machine).
    testTimeout: 30_000,
  },
});
