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
  it('exits 0 and prints exactly the JSON report for the snapshots folder', async () => {
    const { code, stdout } = await docsCheck('spec/docs-snapshots', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      pages: [
        { file: 'spec/docs-snapshots/get-user-conversation.txt', operation: 'GET /users/{uid}/conversation', status: 'match', findings: [] },
        { file: 'spec/docs-snapshots/update-user-conversation.txt', operation: 'PUT /users/{uid}/conversation', status: 'match', findings: [] },
      ],
    });
  });

  it('exits 1 for a drift page, with its findings', async () => {
    const file = 'scripts/docs-check/test/fixtures/get-group-conversation--members-count-string.txt';
    const { code, stdout } = await docsCheck(file, '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['pages']);
    expect(report.pages).toHaveLength(1);
    expect(Object.keys(report.pages[0])).toEqual(['file', 'operation', 'status', 'findings']);
    expect(report.pages[0]).toMatchObject({ file, operation: 'GET /groups/{guid}/conversation', status: 'drift' });
    expect(report.pages[0].findings).toEqual([
      { kind: 'response-invalid', message: expect.stringContaining('/data/0/conversationWith/membersCount must be integer') },
    ]);
  });

  it('exits 2 with a clear message for a missing path, and prints no report', async () => {
    const { code, stdout, stderr } = await docsCheck('spec/no-such-folder', '--json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('no such file or folder: spec/no-such-folder');
  });
});
