import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One file at a time: the fault suite measures waits and timeouts, and the load suite measures
    // throughput; on a 2-core machine, files running side by side would skew both.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
