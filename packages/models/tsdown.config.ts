import { defineConfig } from 'tsdown';

// Types only: the JS files are empty modules, the .d.mts/.d.cts carry the generated types.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
});
