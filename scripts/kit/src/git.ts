// The few git questions the scripts ask, each a plain git command run in a given directory. Every
// failure becomes a GitError whose message says what was asked.
import { execFileSync } from 'node:child_process';

export class GitError extends Error {}

function git(args: string[], cwd: string, input?: Buffer): Buffer {
  try {
    return execFileSync('git', args, { cwd, input, stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    const { stderr, code } = error as { stderr?: Buffer; code?: string };
    if (code === 'ENOENT') throw new GitError('git is not installed (needed to read a git ref)');
    throw new GitError(`git ${args.join(' ')} failed: ${String(stderr ?? '').trim() || 'no output'}`);
  }
}

function succeeds(args: string[], cwd: string): boolean {
  try {
    git(args, cwd);
    return true;
  } catch {
    return false;
  }
}

/** The top of the work tree that holds `cwd`. */
export function gitRoot(cwd: string): string {
  try {
    return git(['rev-parse', '--show-toplevel'], cwd).toString().trim();
  } catch {
    throw new GitError(`${cwd} is not inside a git work tree`);
  }
}

/** The full commit id `ref` names, or undefined when it names no commit. */
export function resolveCommit(ref: string, cwd: string): string | undefined {
  if (ref.startsWith('-')) return undefined;
  try {
    return git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd).toString().trim();
  } catch {
    return undefined;
  }
}

/** Whether `path` (relative to the work tree's top) exists in `commit`. */
export function existsAt(commit: string, path: string, cwd: string): boolean {
  return succeeds(['cat-file', '-e', `${commit}:${path}`], cwd);
}

/** Writes the tree `dir` (relative to the work tree's top) of `commit` into `dest` (dest/dir/...). */
export function extractTree(commit: string, dir: string, dest: string, cwd: string): void {
  const archive = git(['archive', '--format=tar', commit, '--', dir], cwd);
  try {
    execFileSync('tar', ['-x', '-C', dest], { input: archive, stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (error) {
    throw new GitError(`could not unpack ${dir} of ${commit}: ${String((error as { stderr?: Buffer }).stderr ?? error)}`);
  }
}

/**
 * The default base of a branch: where it forked from `origin/main` when that remote branch exists
 * (a CI clone, or a clone that fetched), else from the local `main`. The fork point, not the branch
 * tip, so that changes merged into main since the fork are not counted as this branch's.
 */
export function defaultBase(cwd: string): { commit: string; description: string } {
  for (const branch of ['origin/main', 'main']) {
    if (resolveCommit(branch, cwd) === undefined) continue;
    const commit = git(['merge-base', 'HEAD', branch], cwd).toString().trim();
    return { commit, description: `merge-base of HEAD and ${branch} (${commit.slice(0, 10)})` };
  }
  throw new GitError('neither origin/main nor main exists; pass --base <ref>');
}

/** Whether anything under `dir` differs between `commit` and the work tree, untracked files included. */
export function changedSince(commit: string, dir: string, cwd: string): boolean {
  if (!succeeds(['diff', '--quiet', commit, '--', dir], cwd)) return true;
  return git(['ls-files', '--others', '--exclude-standard', '--', dir], cwd).length > 0;
}

/** The content of `path` (relative to the work tree's top) in `commit`, or undefined when it does not exist there. */
export function fileAt(commit: string, path: string, cwd: string): string | undefined {
  if (!existsAt(commit, path, cwd)) return undefined;
  return git(['show', `${commit}:${path}`], cwd).toString('utf8');
}
