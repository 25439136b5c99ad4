// A scratch copy of the repository's pipeline: the spec, the code generators and the four packages,
// without their generated output's builds. Dependencies are not installed again: each package's
// node_modules is rebuilt as links, the workspace packages pointing into the scratch copy and
// everything else at the installed files, so the copy generates and builds from its own sources.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

/** What the pipeline needs; package folders lose their node_modules, dist and tests. */
const COPIED = ['spec', 'redocly.yaml', 'tsconfig.base.json', 'scripts/kit', 'scripts/operation-model', 'scripts/codegen', 'packages/spec', 'packages/models', 'packages/client', 'packages/mock'];
const SKIPPED = new Set(['node_modules', 'dist', 'test', 'bench', '.turbo']);

/** Recreates `from`'s node_modules at `to`: workspace links relative (into the copy), the rest absolute. */
function linkNodeModules(from: string, to: string): void {
  if (!existsSync(from)) return;
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    const source = join(from, entry);
    if (entry.startsWith('@') && lstatSync(source).isDirectory() && !lstatSync(source).isSymbolicLink()) {
      linkNodeModules(source, join(to, entry));
      continue;
    }
    if (entry === '.bin') continue;
    const stat = lstatSync(source);
    const target = stat.isSymbolicLink() ? readlinkSync(source) : null;
    // A workspace package is a relative link that stays inside the repository.
    const inRepo = target !== null && !target.includes('node_modules/.pnpm') && resolve(dirname(source), target).startsWith(REPO);
    symlinkSync(inRepo ? target! : realpathSync(source), join(to, entry));
  }
}

export class Scratch {
  readonly root = mkdtempSync(join(tmpdir(), 'cometchat-spec-flow-'));

  constructor() {
    for (const path of COPIED) {
      const base = join(REPO, path);
      cpSync(base, join(this.root, path), { recursive: true, filter: (source) => !relative(base, source).split(sep).some((part, i) => part === 'node_modules' || (i === 0 && SKIPPED.has(part))) });
      linkNodeModules(join(REPO, path, 'node_modules'), join(this.root, path, 'node_modules'));
    }
    linkNodeModules(join(REPO, 'node_modules'), join(this.root, 'node_modules'));
  }

  path(...parts: string[]): string {
    return join(this.root, ...parts);
  }

  /** Runs a tool of the repository's installation in a folder of the copy. */
  run(cwd: string, command: string, args: string[]): string {
    return execFileSync(command, args, { cwd: this.path(cwd), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, REDOCLY_TELEMETRY: 'off' } });
  }

  /** `pnpm generate && pnpm build`, step by step as the packages' scripts run them. */
  generateAndBuild(): void {
    const tsx = join(REPO, 'node_modules/.bin/tsx');
    const tsdown = join(REPO, 'packages/client/node_modules/.bin/tsdown');
    this.run('packages/spec', tsx, ['../../scripts/codegen/src/bundle-spec.ts', '--spec', '../../spec/openapi.yaml', '--out', '.']);
    this.run('packages/models', tsx, ['../../scripts/codegen/src/generate-models.ts', '--spec', '../spec/openapi.json', '--out', 'src/generated/openapi.ts']);
    this.run('packages/client', tsx, ['../../scripts/codegen/src/generate-client.ts', '--model', '../spec/operation-model.json', '--out', 'src/generated/operations.ts']);
    // The mock's request validators are compiled from the spec too (Ajv standalone code).
    this.run('packages/mock', tsx, ['scripts/generate-validators.ts']);
    for (const name of ['models', 'client', 'mock']) this.run(`packages/${name}`, tsdown, []);
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
