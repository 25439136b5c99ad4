import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each scenario regenerates and rebuilds four packages in a scratch copy.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
