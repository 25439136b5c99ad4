// The CLI, spawned from source with tsx as a user would run it, its output read: prints its URL and
// credentials, serves, stops on SIGTERM/SIGINT with exit code 0; --version, --help, --faults, --log;
// refuses a bad seed or faults file (exit 1) and a bad flag (exit 2) with a clear message.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { USAGE } from '../src/cli-args.ts';
import { DEMO_API_KEY } from '../src/index.ts';
import { client } from './helpers.ts';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const children: ChildProcess[] = [];
const dir = mkdtempSync(join(tmpdir(), 'cometchat-mock-cli-'));
afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function start(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed; stdout: ${stdout} stderr: ${stderr}`)), 20_000);
    child.stdout!.on('data', () => {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+\/v3)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`exited early; stdout: ${stdout} stderr: ${stderr}`));
    });
  });
  return { child, url, exited, output: () => ({ stdout, stderr }) };
}

/** Runs the CLI to its end (for flags that make it exit at once). */
async function run(args: string[]) {
  const cli = start(args);
  cli.url.catch(() => {});
  const code = await cli.exited;
  return { code, ...cli.output() };
}

describe('cometchat-mock CLI', () => {
  it('--version prints the package version; --help the usage; both exit 0', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const [v, help] = await Promise.all([run(['--version']), run(['--help'])]);
    expect(v).toEqual({ code: 0, stdout: `cometchat-mock ${version}\n`, stderr: '' });
    expect(help).toEqual({ code: 0, stdout: USAGE, stderr: '' });
  });

  it('a bad flag value: exit 2, the reason, then the usage; a bad faults file: exit 1 naming the field', async () => {
    const faultsPath = join(dir, 'bad-faults.json');
    writeFileSync(faultsPath, JSON.stringify([{ fault: { type: 'status', status: 200 } }]));
    const [negative, zero, faults] = await Promise.all([run(['--rate-limit', '-5']), run(['--rate-limit', '0']), run(['--faults', faultsPath])]);
    expect(negative.code).toBe(2);
    expect(negative.stderr).toMatch(/^cometchat-mock: --rate-limit must be an integer from 1 to \d+ or off \(got "-5"\)\n\nUsage:/);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('use --rate-limit off');
    expect(faults.code).toBe(1);
    expect(faults.stderr).toBe(`cometchat-mock: --faults ${faultsPath}: faults[0].fault.status: must be an integer, 400-599\n`);
  });

  it('--faults injects the rules from the start, --log prints one line per request (API keys redacted)', async () => {
    const faultsPath = join(dir, 'faults.json');
    writeFileSync(faultsPath, JSON.stringify([{ operationId: 'listConversations', times: 1, fault: { type: 'status', status: 429 } }]));
    const cli = start(['--port', '0', '--faults', faultsPath, '--log']);
    const url = await cli.url;
    const call = client(url);
    const limited = await fetch(`${url}/conversations`, { headers: { apikey: DEMO_API_KEY, onBehalfOf: 'cometchat-uid-1' } });
    expect([limited.status, limited.headers.get('retry-after'), (await limited.json()).error.code]).toEqual([429, '1', 'ERR_TOO_MANY_REQUESTS']);
    expect((await call('GET', '/conversations', { onBehalfOf: 'cometchat-uid-1' })).status).toBe(200);
    expect((await call('GET', `/users/${DEMO_API_KEY}/conversation`, { onBehalfOf: 'cometchat-uid-1' })).status).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, 200));
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
    const lines = cli.output().stdout.split('\n').filter((line) => /^\d{4}-\d\d-\d\dT/.test(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\S+Z GET \/v3\/conversations 429 \d+\.\dms fault=status:429$/);
    expect(lines[1]).toMatch(/^\S+Z GET \/v3\/conversations 200 \d+\.\dms fault=-$/);
    expect(lines[2]).toMatch(/^\S+Z GET \/v3\/users\/\[redacted\]\/conversation 404 \d+\.\dms fault=-$/);
    expect(cli.output().stdout).toContain('faults      1 rule(s)');
  });

  it('prints its URL and credentials, serves requests, and exits 0 on SIGTERM', async () => {
    const cli = start(['--port', '0', '--rate-limit', '100']);
    const url = await cli.url;
    const { stdout } = cli.output();
    expect(stdout).toContain(`api key     ${DEMO_API_KEY}`);
    expect(stdout).toContain('cometchat-uid-1 (Andrew Joseph)');
    expect(stdout).toContain('project-group');
    const res = await client(url)('GET', '/conversations', { onBehalfOf: 'cometchat-uid-1' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-rate-limit')).toBe('100');
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it('loads a seed file, takes an API key, and exits 0 on SIGINT', async () => {
    const seedPath = join(dir, 'seed.json');
    writeFileSync(
      seedPath,
      JSON.stringify({
        users: [{ uid: 'alice', name: 'Alice' }, { uid: 'bob', name: 'Bob' }],
        messages: [{ sender: 'alice', receiverType: 'user', receiver: 'bob', text: 'hi', sentAt: 1700000000 }],
      }),
    );
    const cli = start(['--port', '0', '--seed', seedPath, '--api-key', 'my-key', '--rate-limit', 'off']);
    const url = await cli.url;
    const res = await client(url, { apiKey: 'my-key', rateLimitHeaders: false })('GET', '/users/alice/conversation', { onBehalfOf: 'bob' });
    expect(res.body.data[0]).toMatchObject({ conversationId: 'alice_user_bob', unreadMessageCount: '1' });
    cli.child.kill('SIGINT');
    expect(await cli.exited).toBe(0);
  });

  it('refuses a bad seed with the reasons and exit code 1', async () => {
    const seedPath = join(dir, 'bad.json');
    writeFileSync(seedPath, JSON.stringify({ users: [{ uid: 'has space', name: 'X' }], messages: [{ sender: 'x', receiverType: 'user', receiver: 'y' }] }));
    const cli = start(['--port', '0', '--seed', seedPath]);
    cli.url.catch(() => {});
    expect(await cli.exited).toBe(1);
    expect(cli.output().stderr).toContain('$.users[0].uid: must match pattern');
  });
});
