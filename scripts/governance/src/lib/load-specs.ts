// Turns what the user names (a spec file, a git ref, `ref:path`) into bundled, checked documents.
// A git ref's spec folder is unpacked into a temporary folder with `git archive`; every spec is then
// bundled by Redocly (one process for all of them) and checked before anything is compared.
import { existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, posix, relative, resolve } from 'node:path';
import { existsAt, extractTree, GitError, gitRoot, resolveCommit } from '@cometchat-rest/script-kit/git';
import { bundleSpecs } from '@cometchat-rest/script-kit/redocly';
import { AcceptedChangesError, loadAcceptedChanges, type AcceptedChange } from './accepted-changes.ts';
import { documentProblems } from './check-document.ts';
import { OpenApiDocument } from '@cometchat-rest/operation-model';
import { isObject } from '@cometchat-rest/operation-model';

/** The root file of the spec, relative to the top of the repository. */
export const SPEC_ROOT = 'spec/openapi.yaml';

/** Bad input: a missing file, an unknown ref, an invalid spec. The message says which and why. */
export class SpecInputError extends Error {}

export type SpecSource =
  | { kind: 'file'; path: string; label: string }
  | { kind: 'git'; ref: string; commit: string; repo: string; path: string; label: string };

/**
 * What an argument names: an existing file; else `ref:path` (a file in a commit); else a git ref,
 * meaning spec/openapi.yaml in that commit.
 */
export function parseSource(argument: string, cwd: string): SpecSource {
  const file = resolve(cwd, argument);
  if (existsSync(file)) {
    if (statSync(file).isDirectory()) throw new SpecInputError(`${argument} is a folder; name the spec's root file (e.g. ${join(argument, 'openapi.yaml')})`);
    return { kind: 'file', path: file, label: relative(cwd, file) || argument };
  }
  let repo: string;
  try {
    repo = gitRoot(cwd);
  } catch {
    throw new SpecInputError(`${argument}: no such file (and ${cwd} is not in a git repository, so it cannot be a git ref)`);
  }
  const separator = argument.indexOf(':');
  const [ref, path] = separator > 0 ? [argument.slice(0, separator), argument.slice(separator + 1)] : [argument, SPEC_ROOT];
  const commit = resolveCommit(ref, repo);
  if (commit === undefined) throw new SpecInputError(`${argument}: no such file, and ${JSON.stringify(ref)} is not a git ref (branch, tag or commit) of ${repo}`);
  return gitSource(ref, commit, repo, path);
}

/** spec/openapi.yaml as it was at `ref`. */
export function sourceAtRef(ref: string, cwd: string, path = SPEC_ROOT): SpecSource {
  const repo = gitRoot(cwd);
  const commit = resolveCommit(ref, repo);
  if (commit === undefined) throw new SpecInputError(`${JSON.stringify(ref)} is not a git ref (branch, tag or commit) of ${repo}`);
  return gitSource(ref, commit, repo, path);
}

/** spec/openapi.yaml of the work tree. */
export function workTreeSource(cwd: string): SpecSource {
  const path = join(gitRoot(cwd), SPEC_ROOT);
  if (!existsSync(path)) throw new SpecInputError(`${SPEC_ROOT} does not exist in the work tree`);
  return { kind: 'file', path, label: `${SPEC_ROOT} (work tree)` };
}

function gitSource(ref: string, commit: string, repo: string, path: string): SpecSource {
  const normalized = posix.normalize(path.replaceAll('\\', '/'));
  if (normalized.startsWith('../') || posix.isAbsolute(normalized)) throw new SpecInputError(`${path}: a path inside the repository is needed after "${ref}:"`);
  if (!existsAt(commit, normalized, repo)) throw new SpecInputError(`${normalized} does not exist at ${ref} (${commit.slice(0, 10)})`);
  return { kind: 'git', ref, commit, repo, path: normalized, label: `${normalized}@${ref}` };
}

const ACCEPTED = new WeakMap<OpenApiDocument, AcceptedChange[]>();

/** The accepted breaking changes that were beside a loaded spec's root file (spec/accepted-breaking-changes.yaml). */
export function acceptedChangesOf(document: OpenApiDocument): AcceptedChange[] {
  return ACCEPTED.get(document) ?? [];
}

/** Bundles and checks every source, in order; throws SpecInputError naming the first bad one. */
export async function loadSpecs(sources: SpecSource[]): Promise<OpenApiDocument[]> {
  const temporary: string[] = [];
  try {
    const files = sources.map((source, i) => {
      if (source.kind === 'file') return source.path;
      const dir = mkdtempSync(join(tmpdir(), 'cometchat-spec-ref-'));
      temporary.push(dir);
      try {
        // The root file's folder holds the files it refers to (spec/ for spec/openapi.yaml).
        extractTree(source.commit, posix.dirname(source.path), dir, source.repo);
      } catch (error) {
        if (error instanceof GitError) throw new SpecInputError(`cannot read ${source.label}: ${error.message}`);
        throw error;
      }
      // A name of its own, so that messages tell the sides apart.
      const extracted = join(dir, source.path);
      const unique = join(dirname(extracted), `${basename(extracted, extname(extracted))}.side${i}${extname(extracted)}`);
      renameSync(extracted, unique);
      return unique;
    });
    return (await bundleSpecs(files)).map((result, i) => {
      const { label } = sources[i]!;
      if (!result.ok) throw new SpecInputError(`${label} is not a valid spec; Redocly could not bundle it:\n${indent(result.error.output)}`);
      if (!isObject(result.document)) throw new SpecInputError(`${label} is not a valid spec: it is not an object`);
      const document = new OpenApiDocument(result.document, label);
      const problems = documentProblems(document);
      if (problems.length > 0) throw new SpecInputError(`${label} is not a valid spec:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
      try {
        ACCEPTED.set(document, loadAcceptedChanges(files[i]!));
      } catch (error) {
        if (error instanceof AcceptedChangesError) throw new SpecInputError(`${label}: ${error.message}`);
        throw error;
      }
      return document;
    });
  } finally {
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  }
}

function indent(text: string): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !/[║╔╚]/.test(line))
    .map((line) => `  ${line}`)
    .join('\n');
}
