// The CLI, run from source with tsx: prints its URL and credentials, serves, stops on SIGTERM/SIGINT
// with exit code 0; refuses a bad seed with a clear message and exit code 1.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
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

describe('cometchat-mock CLI', () => {
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
