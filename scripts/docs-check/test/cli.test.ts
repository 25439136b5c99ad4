// The command itself, run as a child process: `--json` output shape and exit codes.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers.ts';

const SCRIPT = fileURLToPath(new URL('../src/docs-check.ts', import.meta.url));

/** Runs the command (tsx start-up dominates, so the tests run concurrently). */
function docsCheck(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { cwd: REPO_ROOT, encoding: 'utf8' }, (_error, stdout, stderr) =>
      resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

describe.concurrent('pnpm docs:check', () => {
  it("exits 0 for the snapshots folder: every page and every operation of CometChat's file match or are explained", async () => {
    const { code, stdout } = await docsCheck('spec/docs-snapshots', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['pages', 'staleExplanations']);
    expect(report.staleExplanations).toEqual([]);
    expect(report.pages).toHaveLength(2 + 21);
    expect(report.pages.filter((page: any) => page.status !== 'match')).toEqual([]);
    expect(report.pages.slice(0, 2).map((page: any) => [page.file, page.operation])).toEqual([
      ['spec/docs-snapshots/get-user-conversation.txt', 'GET /users/{uid}/conversation'],
      ['spec/docs-snapshots/update-user-conversation.txt', 'PUT /users/{uid}/conversation'],
    ]);
    const explained = report.pages.flatMap((page: any) => page.explained);
    expect(explained.length).toBeGreaterThan(0);
    for (const finding of explained) expect(Object.keys(finding)).toEqual(['kind', 'subject', 'message', 'reason']);
  });

  it('exits 1 for a drift page, with its findings', async () => {
    const file = 'scripts/docs-check/test/fixtures/get-group-conversation--members-count-string.txt';
    const { code, stdout } = await docsCheck(file, '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.pages).toHaveLength(1);
    expect(Object.keys(report.pages[0])).toEqual(['file', 'operation', 'status', 'findings', 'explained']);
    expect(report.pages[0]).toMatchObject({ file, operation: 'GET /groups/{guid}/conversation', status: 'drift', explained: [] });
    expect(report.pages[0].findings).toEqual([
      { kind: 'response-invalid', subject: 'response /data/0/conversationWith/membersCount', message: expect.stringContaining('/data/0/conversationWith/membersCount must be integer') },
    ]);
  });

  it("exits 1 for CometChat's older file (what the docs change brought), and 0 for the newest", async () => {
    const [older, newest] = await Promise.all([
      docsCheck('scripts/docs-check/test/fixtures/vendor-older.yaml', '--json'),
      docsCheck('spec/docs-snapshots/chat-apis.conversations.json', '--json'),
    ]);
    expect(newest.code).toBe(0);
    expect(older.code).toBe(1);
    const kinds = JSON.parse(older.stdout).pages.flatMap((page: any) => page.findings.map((f: any) => f.kind));
    expect(kinds).toContain('operation-not-in-docs');
  });

  it('exits 1 and names an explanation that explains nothing any more', async () => {
    const { code, stdout } = await docsCheck('spec/docs-snapshots/chat-apis.conversations.json', '--explained', 'scripts/docs-check/test/fixtures/explained-stale.yaml');
    expect(code).toBe(1);
    expect(stdout).toContain('STALE   explanation openapi listConversations [parameter-missing] query withMentions');
  });

  it('exits 2 with a clear message for a missing path, and prints no report', async () => {
    const { code, stdout, stderr } = await docsCheck('spec/no-such-folder', '--json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('no such file or folder: spec/no-such-folder');
  });
});
