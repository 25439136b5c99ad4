// What running OpenAPI Generator needs: `java` on PATH and the pinned JAR, checksum-verified. In CI a
// missing piece is an error; on a contributor's machine (CI unset) the commands print one line saying
// what is missing and how to get it, and exit 0.
import { createHash } from 'node:crypto';
import { accessSync, constants, createReadStream, existsSync, statSync } from 'node:fs';
import { delimiter, join, relative } from 'node:path';
import type { GeneratorConfig } from './config.ts';

/** The first executable `name` on PATH, or undefined. */
export function findOnPath(name: string, path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      if (statSync(candidate).isFile()) {
        accessSync(candidate, constants.X_OK);
        return candidate;
      }
    } catch {
      // not there, or not executable
    }
  }
  return undefined;
}

export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export type ToolCheck = { ok: true; java: string } | { ok: false; missing: string[] };

/** Checks java and the JAR (present and with the committed SHA-256). */
export async function checkTools(config: GeneratorConfig, path = process.env.PATH ?? ''): Promise<ToolCheck> {
  const missing: string[] = [];
  const java = findOnPath('java', path);
  if (!java) missing.push('no `java` on PATH (install a Java 11+ runtime, e.g. apt-get install -y default-jre-headless)');
  const where = relative(config.root, config.jar);
  if (!existsSync(config.jar)) {
    missing.push(`no OpenAPI Generator ${config.version} JAR at ${where} (run \`pnpm openapi-generator:install\`: Maven fetches it and its SHA-256 is checked)`);
  } else {
    const actual = await sha256OfFile(config.jar);
    if (actual !== config.sha256) {
      missing.push(`the JAR at ${where} has SHA-256 ${actual}, not the committed ${config.sha256} (delete it and run \`pnpm openapi-generator:install\`)`);
    }
  }
  return java && missing.length === 0 ? { ok: true, java } : { ok: false, missing };
}

/**
 * Exits when the tools are missing: with code 1 in CI, with code 0 and one "skipped" line elsewhere.
 * Returns when everything is there.
 */
export async function requireTools(config: GeneratorConfig, what: string): Promise<void> {
  const check = await checkTools(config);
  if (check.ok) return;
  const reasons = check.missing.join('; and ');
  if (process.env.CI) {
    console.error(`openapi-generator: cannot ${what}: ${reasons}.`);
    process.exit(1);
  }
  console.log(`openapi-generator: skipped, ${reasons}.`);
  process.exit(0);
}
