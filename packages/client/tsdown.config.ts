import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  // Source maps and declaration maps point at src/, which ships beside dist/: stack traces
  // (node --enable-source-maps) and go-to-definition land in the real source.
  dts: { sourcemap: true },
  sourcemap: true,
  clean: true,
  // Types come from @cometchat-rest/models; openapi-fetch is the one runtime dependency.
  external: ['openapi-fetch', '@cometchat-rest/models'],
});
