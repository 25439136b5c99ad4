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
  // The edge entry (`@cometchat-rest/mock/app`): built for the browser platform (no Node built-ins);
  // sorted-btree (CommonJS, `main` only) is bundled in, so that `esbuild --platform=neutral`
  // resolves everything that is left (hono and @cometchat-rest/spec, both ESM with `exports`).
  {
    entry: { app: 'src/edge.ts' },
    format: ['esm', 'cjs'],
    platform: 'browser',
    fixedExtension: true,
    dts: true,
    clean: false,
    sourcemap: false,
    deps: { alwaysBundle: ['sorted-btree'] },
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
