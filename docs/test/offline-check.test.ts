// The build's static check that the API reference loads nothing from another host, on fixtures, on
// the built page, and on the page redocly builds without --inlineBundle (which must fail it).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findExternalResources, isRemoteUrl } from '../src/offline-check.ts';
import { DIST_API, REDOCLY_CONFIG, SPEC_JSON } from '../src/paths.ts';

describe('findExternalResources', () => {
  it('finds remote scripts, stylesheets, preloads, module imports and CSS imports', () => {
    const html = `<!doctype html><html><head>
      <script src="https://cdn.example.com/a.js"></script>
      <script defer src='//cdn.example.com/b.js'></script>
      <link href="https://fonts.example.com/c.css" rel="stylesheet">
      <link rel="modulepreload" href="https://cdn.example.com/d.mjs">
      <style>@import url("https://cdn.example.com/e.css"); body { color: red }</style>
      <script type="module">import { hydrate } from "https://cdn.example.com/f.js"; await import('https://cdn.example.com/g.js');</script>
      </head><body></body></html>`;
    expect(findExternalResources(html)).toEqual([
      { kind: 'script', url: 'https://cdn.example.com/a.js' },
      { kind: 'script', url: '//cdn.example.com/b.js' },
      { kind: 'stylesheet', url: 'https://fonts.example.com/c.css' },
      { kind: 'preload', url: 'https://cdn.example.com/d.mjs' },
      { kind: 'module-import', url: 'https://cdn.example.com/f.js' },
      { kind: 'module-import', url: 'https://cdn.example.com/g.js' },
      { kind: 'css-import', url: 'https://cdn.example.com/e.css' },
    ]);
  });

  it('ignores local loads and things that are not loads: links, images, URLs in strings', () => {
    const html = `<!doctype html><html><head>
      <script src="./local.js"></script><script src="/abs.js"></script>
      <link rel="stylesheet" href="style.css"><link rel="icon" href="https://example.com/favicon.ico">
      <script type="module">import { x } from "./x.js"; const docs = "https://example.com/errors";</script>
      <script>console.log("import from 'https://cdn.example.com/not-a-module.js'")</script>
      </head><body><a href="https://redocly.com/">docs by</a><img src="https://cdn.example.com/logo.svg"></body></html>`;
    expect(findExternalResources(html)).toEqual([]);
  });

  it('tells remote URLs from local ones', () => {
    expect(['https://a.b/c', 'http://a.b', '//a.b/c', ' HTTPS://A.B'].map(isRemoteUrl)).toEqual([true, true, true, true]);
    expect(['./a.js', '/a.js', 'data:text/javascript,1', 'blob:http://127.0.0.1/x', 'a.js'].map(isRemoteUrl)).toEqual([false, false, false, false, false]);
  });
});

describe('the API reference page', () => {
  it('docs/dist/api/index.html loads no script or style from another host and carries its code inline', () => {
    const html = readFileSync(DIST_API, 'utf8');
    expect(findExternalResources(html)).toEqual([]);
    expect(html).toMatch(/<script type="module">/);
    expect(html.length).toBeGreaterThan(1_000_000); // the inlined Redoc bundle
  });

  it('redocly build-docs WITHOUT --inlineBundle fails the check (it imports Redoc from a CDN)', () => {
    const cli = join(dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')), 'bin/cli.js');
    const tmp = mkdtempSync(join(tmpdir(), 'cometchat-docs-cdn-'));
    try {
      const output = join(tmp, 'cdn.html');
      execFileSync(process.execPath, [cli, 'build-docs', SPEC_JSON, '--config', REDOCLY_CONFIG, '--output', output], {
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        stdio: 'ignore',
      });
      const external = findExternalResources(readFileSync(output, 'utf8'));
      // `import { hydrate } from "https://cdn.redocly.com/redoc/vX/bundles/redoc.standalone.js"` (plus a preload of it).
      expect(external).toContainEqual({ kind: 'module-import', url: expect.stringMatching(/^https:\/\/cdn\.redocly\.com\/.+\.js$/) });
      expect(external.every((resource) => new URL(resource.url).hostname === 'cdn.redocly.com')).toBe(true);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
