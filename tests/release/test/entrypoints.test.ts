// The built entry points of each package, loaded the two ways a consumer loads them: `import` (the
// ESM build) and `require` (the CJS build; the ESM-only spec through require(esm)). Both must load,
// export the same names, and work: the client must create a client, the mock must start. Fast, so
// it runs with `pnpm test`; the release test does the same from the registry.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PUBLISHABLE, packageName } from '../lib/packed.ts';

const require = createRequire(import.meta.url);
const names = (module: object) => Object.keys(module).filter((k) => k !== 'default' && k !== '__esModule' && k !== 'module.exports').sort();

describe.each(PUBLISHABLE)('%s: import and require', (pkg) => {
  it('load, resolve to the built files and export the same names', async () => {
    const name = packageName(pkg);
    const esm = await import(name);
    const cjs = require(name);
    expect(require.resolve(name)).toMatch(pkg === 'spec' ? /packages\/spec\/index\.js$/ : new RegExp(`packages/${pkg}/dist/index\\.cjs$`));
    expect(names(cjs)).toEqual(names(esm));
    if (pkg === 'models') expect(names(esm)).toEqual([]); // types only
    else expect(names(esm).length).toBeGreaterThan(0);
  });
});

describe('the entry points work', () => {
  it.each(['import', 'require'] as const)('client (%s): createCometChatClient gives a client', async (how) => {
    const client = how === 'import' ? await import('@cometchat-rest/client') : require('@cometchat-rest/client');
    const cometchat = client.createCometChatClient({ baseUrl: 'http://127.0.0.1:9/v3', apiKey: 'k' });
    expect(typeof cometchat.listConversations).toBe('function');
    expect(typeof cometchat.raw.GET).toBe('function'); // the openapi-fetch client underneath
  });

  it.each(['import', 'require'] as const)('mock (%s): startMockServer answers, and client and mock talk', async (how) => {
    const mock = how === 'import' ? await import('@cometchat-rest/mock') : require('@cometchat-rest/mock');
    const client = how === 'import' ? await import('@cometchat-rest/client') : require('@cometchat-rest/client');
    const server = await mock.startMockServer({ port: 0 });
    try {
      const cometchat = client.createCometChatClient({ baseUrl: server.url, apiKey: mock.DEMO_API_KEY, onBehalfOf: 'cometchat-uid-1' });
      const page = await cometchat.listConversations({ perPage: 2 });
      expect(page.meta.pagination.total).toBe(5);
    } finally {
      await server.close();
    }
  });
});
