// Changeset files: reading the pending ones (what the next release will bump) and writing the one
// that a spec change needs. The format is changesets': YAML frontmatter mapping package names to
// bump types, then a Markdown summary.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Bump } from './classify.ts';
import { SpecInputError } from './load-specs.ts';

/** The packages generated from the spec; a release of the spec releases each of them. */
export const SPEC_PACKAGES = ['@cometchat-rest/spec', '@cometchat-rest/models', '@cometchat-rest/client', '@cometchat-rest/mock'];
export const CHANGESET_DIR = '.changeset';
/** The name `pnpm spec:changeset` gives its files. */
export const GENERATED_CHANGESET = /^spec-[0-9a-f]{8}\.md$/;

const BUMPS = new Set<string>(['major', 'minor', 'patch', 'none']);
const FRONTMATTER = /^\s*---[ \t]*\r?\n([\s\S]*?)^---[ \t]*$/m;

export type PendingChangeset = { file: string; releases: Map<string, Bump> };

/** Which of SPEC_PACKAGES exist under packages/ of `repo` (by the name in their package.json). */
export function generatedPackages(repo: string): string[] {
  const dir = join(repo, 'packages');
  const names = new Set<string>();
  if (existsSync(dir)) {
    for (const entry of readdirSync(dir)) {
      const manifest = join(dir, entry, 'package.json');
      if (!existsSync(manifest)) continue;
      try {
        const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name;
        if (typeof name === 'string') names.add(name);
      } catch {
        throw new SpecInputError(`${manifest} is not valid JSON`);
      }
    }
  }
  return SPEC_PACKAGES.filter((name) => names.has(name));
}

/** The releases a changeset's frontmatter asks for; throws SpecInputError naming the file when it is malformed. */
export function parseChangeset(text: string, file: string): Map<string, Bump> {
  const match = FRONTMATTER.exec(text);
  if (match === null) throw new SpecInputError(`${file}: no frontmatter (a changeset starts with \`---\`, package: bump lines, \`---\`)`);
  let data: unknown;
  try {
    data = parse(match[1]!);
  } catch (error) {
    throw new SpecInputError(`${file}: the frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  if (data === null || data === undefined) return new Map();
  if (typeof data !== 'object' || Array.isArray(data)) throw new SpecInputError(`${file}: the frontmatter must map package names to major, minor, patch or none`);
  const releases = new Map<string, Bump>();
  for (const [name, bump] of Object.entries(data)) {
    if (typeof bump !== 'string' || !BUMPS.has(bump)) throw new SpecInputError(`${file}: ${JSON.stringify(name)} has bump ${JSON.stringify(bump)}; expected major, minor, patch or none`);
    releases.set(name, bump as Bump);
  }
  return releases;
}

/** The pending changesets of `repo` (every .changeset/*.md but README.md). */
export function readChangesets(repo: string): PendingChangeset[] {
  const dir = join(repo, CHANGESET_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md') && file.toLowerCase() !== 'readme.md')
    .sort()
    .map((file) => {
      const path = join(CHANGESET_DIR, file);
      return { file: path, releases: parseChangeset(readFileSync(join(repo, path), 'utf8'), path) };
    });
}

/** A changeset file: every package at `bump`, then `summary`. */
export function renderChangeset(packages: string[], bump: Exclude<Bump, 'none'>, summary: string): string {
  const frontmatter = packages.map((name) => `${JSON.stringify(name)}: ${bump}`).join('\n');
  return `---\n${frontmatter}\n---\n\n${summary.trim()}\n`;
}
