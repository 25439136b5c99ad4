// Runs OpenAPI Generator through its npm wrapper (@openapitools/openapi-generator-cli), which finds the
// JAR through openapitools.json. Nothing is downloaded: the JAR is already in storageDir, and
// OPENAPI_GENERATOR_CLI_SEARCH_URL=DEFAULT stops the wrapper from asking a registry for versions.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { GeneratorConfig } from './config.ts';

const WRAPPER = join(dirname(createRequire(import.meta.url).resolve('@openapitools/openapi-generator-cli/package.json')), 'main.js');

export interface WrapperRun {
  status: number;
  /** stdout and stderr, interleaved as they came. */
  output: string;
}

/**
 * Runs `openapi-generator-cli <args>` in the root. The wrapper joins the arguments into one shell
 * command without quoting, so every argument must be a plain word (paths relative to the root).
 */
export function runGenerator(config: GeneratorConfig, args: string[], options: { echo?: boolean } = {}): Promise<WrapperRun> {
  for (const arg of args) {
    if (!/^[\w@%+=:,./-]+$/.test(arg)) throw new Error(`openapi-generator argument ${JSON.stringify(arg)} is not a plain word (the wrapper passes it to a shell unquoted)`);
  }
  const env = {
    ...process.env,
    // The wrapper takes its working directory from PWD (then INIT_CWD), not process.cwd().
    PWD: config.root,
    INIT_CWD: config.root,
    OPENAPI_GENERATOR_CLI_SEARCH_URL: 'DEFAULT',
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRAPPER, '--openapitools', config.configPath, ...args], { cwd: config.root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (options.echo) process.stdout.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ status: code ?? (signal ? 128 : 1), output }));
  });
}
