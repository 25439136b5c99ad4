// A fresh CommonJS consumer of the packages installed from the registry: require all four (the
// spec package is ESM only: Node >= 20.19 loads it with require(esm)), start the mock with its CLI
// (node_modules/.bin/cometchat-mock, the installed bin), make real calls, stop the CLI by its pid.
// Prints one JSON line of what it saw; the release test asserts on it.
const { spawn } = require('node:child_process');
const { join } = require('node:path');
const { CometChatError, CometChatNotFoundError, createCometChatClient } = require('@cometchat-rest/client');
const models = require('@cometchat-rest/models');
const { DEMO_API_KEY, startMockServer } = require('@cometchat-rest/mock');
const { openapi } = require('@cometchat-rest/spec');
const bundled = require('@cometchat-rest/spec/openapi.json');

const names = ['@cometchat-rest/spec', '@cometchat-rest/models', '@cometchat-rest/client', '@cometchat-rest/mock'];

function startCli() {
  return new Promise((resolve, reject) => {
    const cli = spawn(join(__dirname, 'node_modules', '.bin', 'cometchat-mock'), ['--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => (cli.kill('SIGKILL'), reject(new Error(`no URL from cometchat-mock in 15 s: ${out}`))), 15_000);
    cli.on('error', reject);
    cli.stdout.on('data', (chunk) => {
      out += chunk;
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+\/v3)/.exec(out)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ cli, url, firstLine: out.split('\n')[0] });
      }
    });
  });
}

async function main() {
  const { cli, url, firstLine } = await startCli();
  const exited = new Promise((resolve) => cli.on('exit', (code, signal) => resolve({ code, signal })));
  let report;
  try {
    const client = createCometChatClient({ baseUrl: url, apiKey: DEMO_API_KEY, onBehalfOf: 'cometchat-uid-1' });
    const firstPage = await client.listConversations({ perPage: 2 });
    const ids = [];
    for await (const conversation of client.listConversations({ perPage: 2 })) ids.push(conversation.conversationId);
    const updated = await client.updateUserConversation({ uid: 'cometchat-uid-2', tags: ['released', 'cjs'] });
    const reread = await client.getUserConversation({ uid: 'cometchat-uid-2' });
    let error;
    try {
      await client.getUserConversation({ uid: 'nobody-here' });
    } catch (e) {
      error = { name: e.constructor.name, notFound: e instanceof CometChatNotFoundError, base: e instanceof CometChatError, status: e.status, code: e.code };
    }
    report = {
      node: process.version,
      versions: Object.fromEntries(names.map((name) => [name, require(`${name}/package.json`).version])),
      resolved: Object.fromEntries(names.map((name) => [name, require.resolve(name)])),
      cliFirstLine: firstLine,
      specOpenapi: openapi.openapi,
      bundledOpenapi: bundled.openapi,
      modelsRuntimeExports: Object.keys(models),
      pagination: firstPage.meta.pagination,
      ids,
      updatedTags: updated.tags,
      rereadTags: reread.tags,
      error,
    };
  } finally {
    cli.kill('SIGTERM');
  }
  report.cliExit = await exited;
  // The mock's CommonJS build as a library too: it loads the ESM-only spec package with require(esm).
  const lib = await startMockServer({ port: 0 });
  try {
    const res = await fetch(`${lib.url}/conversations?perPage=1`, { headers: { apikey: DEMO_API_KEY, onBehalfOf: 'cometchat-uid-1' } });
    report.libraryMock = { status: res.status, total: (await res.json()).meta?.pagination?.total };
  } finally {
    await lib.close();
  }
  console.log(JSON.stringify(report));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
