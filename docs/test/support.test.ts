// The helpers the build and the browser test rely on: staleness of docs/dist and the static server.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkStaleness } from '../src/freshness.ts';
import { resolveUnder, serveDirectory } from '../src/static-server.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cometchat-docs-test-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function touch(path: string, secondsAgo: number): void {
  writeFileSync(path, 'x');
  const time = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(path, time, time);
}

describe('checkStaleness', () => {
  it('is stale when an output is missing, or an input (also deep in a folder) is newer than the oldest output', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'src/deep'), { recursive: true });
    touch(join(dir, 'spec.json'), 100);
    touch(join(dir, 'src/deep/a.ts'), 100);
    const outputs = [join(dir, 'out1.html'), join(dir, 'out2.html')];
    const inputs = [join(dir, 'spec.json'), join(dir, 'src')];

    touch(outputs[0]!, 50);
    expect(checkStaleness(inputs, outputs)).toEqual({ stale: true, reason: `${outputs[1]} is missing` });

    touch(outputs[1]!, 50);
    utimesSync(join(dir, 'src/deep'), new Date(Date.now() - 100_000), new Date(Date.now() - 100_000));
    utimesSync(join(dir, 'src'), new Date(Date.now() - 100_000), new Date(Date.now() - 100_000));
    expect(checkStaleness(inputs, outputs)).toEqual({ stale: false });

    touch(join(dir, 'src/deep/a.ts'), 10);
    expect(checkStaleness(inputs, outputs)).toEqual({ stale: true, reason: `${join(dir, 'src')} changed after the last build` });
  });

  it('ignores inputs that do not exist', () => {
    const dir = tempDir();
    touch(join(dir, 'out.html'), 0);
    expect(checkStaleness([join(dir, 'nope')], [join(dir, 'out.html')])).toEqual({ stale: false });
  });
});

describe('serveDirectory', () => {
  /** GET with the path sent as is (fetch would normalize `..` away before sending). */
  function rawGet(origin: string, path: string): Promise<number> {
    const { hostname, port } = new URL(origin);
    return new Promise((resolve, reject) => {
      get({ hostname, port, path, agent: false }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      }).on('error', reject);
    });
  }

  it('serves files and folder indexes on 127.0.0.1, 404s the rest, refuses path escapes, and closes', async () => {
    const parent = tempDir();
    const root = join(parent, 'root');
    mkdirSync(join(root, 'api'), { recursive: true });
    writeFileSync(join(parent, 'secret.txt'), 'outside the root');
    writeFileSync(join(root, 'api/index.html'), '<p>api</p>');
    writeFileSync(join(root, 'data.json'), '{}');
    const server = await serveDirectory(root, { pages: { '/fixture.html': '<p>fixture</p>' } });
    try {
      expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const api = await fetch(`${server.origin}/api/`);
      expect([api.status, api.headers.get('content-type'), await api.text()]).toEqual([200, 'text/html; charset=utf-8', '<p>api</p>']);
      expect((await fetch(`${server.origin}/data.json`)).headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await (await fetch(`${server.origin}/fixture.html`)).text()).toBe('<p>fixture</p>');
      expect((await fetch(`${server.origin}/missing.html`)).status).toBe(404);
      expect(await rawGet(server.origin, '/data.json')).toBe(200);
      expect(await rawGet(server.origin, '/../secret.txt')).toBe(404);
      expect(await rawGet(server.origin, '/api/..%2f..%2fsecret.txt')).toBe(404);
      expect((await fetch(`${server.origin}/api/`, { method: 'POST' })).status).toBe(405);
    } finally {
      await server.close();
    }
    expect(server.server.listening).toBe(false);
    await expect(fetch(`${server.origin}/api/`)).rejects.toThrow();
  });

  it('resolveUnder keeps paths inside the root', () => {
    expect(resolveUnder('/srv/docs', '/api/index.html')).toBe('/srv/docs/api/index.html');
    expect(resolveUnder('/srv/docs', '/../secret')).toBeUndefined();
    expect(resolveUnder('/srv/docs', '/api/..%2f..%2fsecret')).toBeUndefined();
    expect(resolveUnder('/srv/docs', '/%2e%2e/x')).toBeUndefined();
    expect(resolveUnder('/srv/docs', '/a/%00')).toBeUndefined();
    expect(resolveUnder('/srv/docs', '/%E0%A4%A')).toBeUndefined();
  });
});
