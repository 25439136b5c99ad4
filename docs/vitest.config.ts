import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Rebuilds docs/dist when it is missing or older than its inputs (a no-op under turbo, whose
    // `test` depends on `build`).
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The browser test polls the page; on a busy 2-core CI machine Redoc can take seconds to re-render.
    expect: { poll: { timeout: 15_000 } },
  },
});
