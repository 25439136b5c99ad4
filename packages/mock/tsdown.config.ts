import { defineConfig } from 'tsdown';

export default defineConfig([
  // The library and the MSW handlers: ESM and CJS, with types.
  {
    entry: { index: 'src/index.ts', msw: 'src/msw.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
  },
  // The CLI: ESM only; the shebang in src/cli.ts is kept.
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: false,
  },
]);
