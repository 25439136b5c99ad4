#!/usr/bin/env node
// cometchat-mock: runs the stateful CometChat mock on 127.0.0.1 until SIGINT/SIGTERM. The flags are
// in cli-args.ts (`--help` lists them); this file starts the server, prints the banner and the
// request log, and stops cleanly.
import { readFileSync } from 'node:fs';
import { DEMO_API_KEY, DEMO_APP_ID, DEMO_REGION } from './demo-seed.ts';
import { InputError, parseCli, UsageError, USAGE, type CliOptions } from './cli-args.ts';
import type { Fault } from './faults.ts';
import { startMockServer, type MockServer, type RequestRecord } from './server.ts';
import type { PinSettings } from './store.ts';

function exit(code: number, message: string, withUsage = false): never {
  process.stderr.write(`cometchat-mock: ${message}\n${withUsage ? `\n${USAGE}` : ''}`);
  process.exit(code);
}

function faultLabel(fault: Fault | undefined): string {
  if (!fault) return 'fault=-';
  if (fault.type === 'status' || fault.type === 'html') return `fault=${fault.type}:${fault.status ?? (fault.type === 'status' ? 500 : 502)}`;
  if (fault.type === 'delay') return `fault=delay:${fault.ms}ms`;
  return `fault=${fault.type}`;
}

/** One log line: time, method, path, status (`-` when the connection was cut first), ms, fault. */
export const logLine = (r: RequestRecord) => `${r.time.toISOString()} ${r.method} ${r.path} ${r.status ?? '-'} ${r.ms.toFixed(1)}ms ${faultLabel(r.fault)}\n`;

const pinsLine = (pins: Readonly<PinSettings>) => (pins.enabled ? `on (${pins.perUserLimit} per user, ${pins.globalLimit} global)` : 'off');

function banner(server: MockServer, options: CliOptions): string {
  const snapshot = server.store.snapshot();
  const users = snapshot.users.slice(0, 5).map((u) => `${u.uid} (${u.name})`);
  const groups = snapshot.groups.slice(0, 5).map((g) => g.guid);
  // The demo key is public; a key given with --api-key is the user's own and is not echoed.
  const shownKey = options.apiKey === undefined ? DEMO_API_KEY : '(the key given with --api-key)';
  const curlKey = options.apiKey === undefined ? DEMO_API_KEY : '<your key>';
  const limit = server.rateLimiter ? `${server.rateLimiter.perMinute}/min` : 'off';
  return [
    `cometchat-mock listening on ${server.url}`,
    '',
    `  base URL    ${server.url}   (instead of https://${DEMO_APP_ID}.api-${DEMO_REGION}.cometchat.io/v3)`,
    `  app id      ${DEMO_APP_ID}`,
    `  region      ${DEMO_REGION}`,
    `  api key     ${shownKey}`,
    `  rate limit  ${limit}`,
    `  pins        ${pinsLine(server.store.pinSettings)}`,
    `  faults      ${options.faults.length === 0 ? 'none' : `${options.faults.length} rule(s)`}`,
    `  users       ${users.length ? users.join(', ') : '(none)'}${snapshot.users.length > 5 ? ', ...' : ''}`,
    `  groups      ${groups.length ? groups.join(', ') : '(none)'}${snapshot.groups.length > 5 ? ', ...' : ''}`,
    '',
    snapshot.users[0]
      ? `  try: curl -H 'apikey: ${curlKey}' -H 'onBehalfOf: ${snapshot.users[0].uid}' '${server.url}/conversations?perPage=2'`
      : `  try: curl -H 'apikey: ${curlKey}' '${server.url}/conversations'`,
    '',
    options.log ? 'Logging every request: time method path status ms fault. Press Ctrl+C to stop.' : 'Press Ctrl+C to stop.',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  let options: CliOptions;
  try {
    options = parseCli(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) exit(2, error.message, true);
    if (error instanceof InputError) exit(1, error.message);
    throw error;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  if (options.version) {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    process.stdout.write(`cometchat-mock ${version}\n`);
    process.exit(0);
  }
  let server: MockServer;
  try {
    server = await startMockServer({
      port: options.port,
      seed: options.seed,
      faults: options.faults,
      ...(options.faultSeed !== undefined ? { faultSeed: options.faultSeed } : {}),
      ...(options.apiKey !== undefined ? { apiKey: options.apiKey } : {}),
      ...(options.rateLimit !== undefined ? { rateLimit: options.rateLimit } : {}),
      ...(options.pins !== undefined ? { pins: options.pins } : {}),
      ...(options.log ? { onRequest: (record: RequestRecord) => process.stdout.write(logLine(record)) } : {}),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    exit(1, code === 'EADDRINUSE' ? `port ${options.port} on 127.0.0.1 is taken (use --port 0 for a free one)` : error instanceof Error ? error.message : String(error));
  }
  process.stdout.write(banner(server, options));

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
