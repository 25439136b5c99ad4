import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  // Types come from @cometchat-rest/models; openapi-fetch is the one runtime dependency.
  external: ['openapi-fetch', '@cometchat-rest/models'],
});
