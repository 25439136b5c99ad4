#!/usr/bin/env node
// cometchat-mock: runs the stateful CometChat mock on 127.0.0.1 until SIGINT/SIGTERM.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEMO_APP_ID, DEMO_REGION } from './demo-seed.ts';
import { SeedError, type Seed } from './seed.ts';
import { startMockServer, type MockServer } from './server.ts';

const DEFAULT_PORT = 4020;

const USAGE = `Usage: cometchat-mock [options]

A stateful fake of the CometChat REST API v3 conversation endpoints, on 127.0.0.1.

Options:
  --port <n>          port on 127.0.0.1 (default ${DEFAULT_PORT}; 0 picks a free one)
  --api-key <key>     API key to accept in the apikey header (default: the demo key)
  --seed <what>       demo (default), empty, or a path to a seed JSON file
  --rate-limit <n>    requests per minute before 429 (default 20000; "off" disables it)
  -h, --help          show this help
`;

function usageError(message: string): never {
  process.stderr.write(`cometchat-mock: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function parse() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string' },
        'api-key': { type: 'string' },
        seed: { type: 'string' },
        'rate-limit': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    usageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) usageError(`--port must be an integer from 0 to 65535 (got ${values.port})`);
  let rateLimit: { perMinute: number } | false | undefined;
  const rawLimit = values['rate-limit'];
  if (rawLimit === 'off' || rawLimit === 'false' || rawLimit === '0') rateLimit = false;
  else if (rawLimit !== undefined) {
    const perMinute = Number(rawLimit);
    if (!Number.isInteger(perMinute) || perMinute < 1) usageError(`--rate-limit must be a positive integer or "off" (got ${rawLimit})`);
    rateLimit = { perMinute };
  }
  let seed: Seed | 'demo' | 'empty' = 'demo';
  const rawSeed = values.seed;
  if (rawSeed === 'empty' || rawSeed === 'demo') seed = rawSeed;
  else if (rawSeed !== undefined) {
    try {
      seed = JSON.parse(readFileSync(rawSeed, 'utf8')) as Seed;
    } catch (error) {
      usageError(`cannot read the seed ${rawSeed}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const apiKey = values['api-key'];
  if (apiKey !== undefined && apiKey.trim() === '') usageError('--api-key must not be empty');
  return { port, rateLimit, seed, apiKey };
}

async function main(): Promise<void> {
  const args = parse();
  let server: MockServer;
  try {
    server = await startMockServer({
      port: args.port,
      seed: args.seed,
      ...(args.apiKey !== undefined ? { apiKey: args.apiKey } : {}),
      ...(args.rateLimit !== undefined ? { rateLimit: args.rateLimit } : {}),
    });
  } catch (error) {
    const message = error instanceof SeedError ? error.message : error instanceof Error ? error.message : String(error);
    process.stderr.write(`cometchat-mock: ${message}\n`);
    process.exit(1);
  }
  const snapshot = server.store.snapshot();
  const users = snapshot.users.slice(0, 5).map((u) => `${u.uid} (${u.name})`);
  const groups = snapshot.groups.slice(0, 5).map((g) => g.guid);
  const apiKey = server.mock.apiKeys[0]!;
  const limit = server.rateLimiter ? `${server.rateLimiter.perMinute}/min` : 'off';
  process.stdout.write(
    [
      `cometchat-mock listening on ${server.url}`,
      '',
      `  base URL    ${server.url}   (instead of https://${DEMO_APP_ID}.api-${DEMO_REGION}.cometchat.io/v3)`,
      `  app id      ${DEMO_APP_ID}`,
      `  region      ${DEMO_REGION}`,
      `  api key     ${apiKey}`,
      `  rate limit  ${limit}`,
      `  users       ${users.length ? users.join(', ') : '(none)'}${snapshot.users.length > 5 ? ', ...' : ''}`,
      `  groups      ${groups.length ? groups.join(', ') : '(none)'}${snapshot.groups.length > 5 ? ', ...' : ''}`,
      '',
      snapshot.users[0]
        ? `  try: curl -H 'apikey: ${apiKey}' -H 'onBehalfOf: ${snapshot.users[0].uid}' '${server.url}/conversations?perPage=2'`
        : `  try: curl -H 'apikey: ${apiKey}' '${server.url}/conversations'`,
      '',
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\ncometchat-mock: ${signal}, stopping\n`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
