// A throwaway repository root for the openapi-generator scripts, and a runner for them as child
// processes. The real JAR (installed by `pnpm openapi-generator:install`, which .ci/run does) is
// shared with a sandbox by pointing its openapitools.json at the repository's storage folder.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGeneratorConfig } from '../config.ts';

export const REPO = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const REPO_CONFIG = readGeneratorConfig(REPO);
const TSX = createRequire(import.meta.url).resolve('tsx/cli');
const temps: string[] = [];

/** Whether the real java and JAR are here. In CI they must be (the tests that need them do not skip there). */
export const realToolsHere = existsSync(REPO_CONFIG.jar) && spawnSync('java', ['-version']).status === 0;

export function cleanUp(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface Sandbox {
  dir: string;
  root: string;
  jar: string;
}

/** A root with the bundled spec and an openapitools.json; `storageDir` defaults to a folder with no JAR. */
export function sandbox(options: { storageDir?: string; version?: string } = {}): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), 'cometchat-openapi-generator-'));
  temps.push(dir);
  const root = join(dir, 'repo');
  mkdirSync(join(root, 'packages/spec'), { recursive: true });
  cpSync(join(REPO, 'packages/spec/openapi.json'), join(root, 'packages/spec/openapi.json'));
  const storageDir = options.storageDir ?? './tools/openapi-generator';
  const version = options.version ?? REPO_CONFIG.version;
  writeFileSync(join(root, 'openapitools.json'), `${JSON.stringify({ spaces: 2, 'generator-cli': { version, storageDir } }, null, 2)}\n`);
  return { dir, root, jar: resolve(root, storageDir, `${version}.jar`) };
}

/** A folder holding one executable shell script `name`. */
export function fakeCommand(box: Sandbox, name: string, script: string): string {
  const bin = join(box.dir, `bin-${name}`);
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, name), `#!/bin/sh\n${script}\n`, { mode: 0o755 });
  return bin;
}

export function runScript(script: string, box: Sandbox, options: { env?: Record<string, string | undefined>; args?: string[] } = {}) {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...process.env, CI: undefined, ...options.env })) if (value !== undefined) env[key] = value;
  const result = spawnSync(process.execPath, [TSX, join(REPO, 'scripts/openapi-generator', script), '--root', box.root, ...(options.args ?? [])], {
    cwd: box.root,
    encoding: 'utf8',
    env,
    timeout: 170_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
