import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // `pnpm test`: what each package ships, and its built entry points under import and require (seconds).
      { test: { name: 'pack', include: ['test/pack.test.ts', 'test/entrypoints.test.ts'], testTimeout: 120_000 } },
      // `pnpm test:release`: a release through a local registry into fresh consumers (minutes).
      { test: { name: 'release', include: ['test/release.e2e.test.ts'], testTimeout: 330_000, hookTimeout: 120_000 } },
    ],
  },
});
