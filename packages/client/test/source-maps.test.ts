// Item 17 of issue 9: the build ships source maps and declaration maps that resolve to the shipped
// sources, so stack traces (node --enable-source-maps) and go-to-definition land in real source.
// Needs the build (turbo runs it first); the tarball's file list is checked by tests/release.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PACKAGE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (file: string) => join(PACKAGE, 'dist', file);

describe('source maps', () => {
  it.each(['index.mjs', 'index.cjs', 'index.d.mts', 'index.d.cts'])('%s points at its map, and every source of the map is a shipped source file', (file) => {
    const code = readFileSync(dist(file), 'utf8');
    expect(code).toMatch(new RegExp(`//# sourceMappingURL=${file.replace(/\./g, '\\.')}\\.map\\s*$`));
    const map = JSON.parse(readFileSync(dist(`${file}.map`), 'utf8')) as { sources: string[]; mappings: string };
    expect(map.mappings.length).toBeGreaterThan(100);
    const sources = map.sources.map((source) => resolve(PACKAGE, 'dist', source));
    expect(sources.some((source) => source.endsWith(join('src', 'core', 'options.ts')))).toBe(true);
    for (const source of sources) {
      expect(source.startsWith(join(PACKAGE, 'src')), `${source} is under src/`).toBe(true);
      expect(existsSync(source), `${source} exists`).toBe(true);
    }
    expect(JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')).files).toContain('src');
  });

  it.each(['index.mjs', 'index.cjs'])('a stack trace through dist/%s names the source file and line', (file) => {
    const script = `
      const { createCometChatClient } = ${file.endsWith('mjs') ? `await import(${JSON.stringify(dist(file))})` : `require(${JSON.stringify(dist(file))})`};
      try { createCometChatClient({ baseUrl: 'http://127.0.0.1/v3' }); } catch (error) { console.log(error.stack); }`;
    const stack = execFileSync(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', file.endsWith('mjs') ? script : `import { createRequire } from 'node:module'; const require = createRequire(${JSON.stringify(dist(file))}); ${script}`], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });
    expect(stack).toMatch(/src\/core\/\w+\.ts:\d+:\d+/);
  });
});
