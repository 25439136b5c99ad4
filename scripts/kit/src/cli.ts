// The command line of every script here: node:util's parseArgs, with the usage in every error and a
// loud exit. `fail` exits 1 unless told otherwise (docs:check uses 2 for bad input).
import { parseArgs } from 'node:util';

export type CommandLineSpec<S extends string, B extends string> = {
  /** `--name value` options. */
  strings?: readonly S[];
  /** `--name` flags. */
  booleans?: readonly B[];
  /** String options that must be given. */
  required?: readonly S[];
  /** How many positionals are allowed (default 0). */
  maxPositionals?: number;
  usage: string;
  /** The exit code for bad arguments (default 1). */
  exitCode?: number;
};

export type CommandLine<S extends string, B extends string> = {
  positionals: string[];
  options: Partial<Record<S, string>>;
  flags: Record<B, boolean>;
};

/** Reads the arguments (`--name value`, `--name=value`, `--flag`, positionals); on any mistake prints it with the usage and exits. */
export function readCommandLine<S extends string = never, B extends string = never>(argv: string[], spec: CommandLineSpec<S, B>): CommandLine<S, B> {
  const usage = `usage: ${spec.usage}`;
  const options: Record<string, { type: 'string' | 'boolean' }> = {};
  for (const name of spec.strings ?? []) options[name] = { type: 'string' };
  for (const name of spec.booleans ?? []) options[name] = { type: 'boolean' };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`, spec.exitCode);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  for (const name of spec.strings ?? []) {
    const value = values[name];
    // `--base --json` would read `--json` as the value of --base.
    if (value === '' || (typeof value === 'string' && value.startsWith('--'))) fail(`--${name} needs a value\n${usage}`, spec.exitCode);
  }
  for (const name of spec.required ?? []) if (values[name] === undefined) fail(`missing --${name}\n${usage}`, spec.exitCode);
  const max = spec.maxPositionals ?? 0;
  if (parsed.positionals.length > max) fail(`unexpected argument ${JSON.stringify(parsed.positionals[max])}\n${usage}`, spec.exitCode);
  const flags = Object.fromEntries((spec.booleans ?? []).map((name) => [name, values[name] === true])) as Record<B, boolean>;
  const strings = Object.fromEntries((spec.strings ?? []).flatMap((name) => (typeof values[name] === 'string' ? [[name, values[name]]] : []))) as Partial<Record<S, string>>;
  return { positionals: parsed.positionals, options: strings, flags };
}

export function fail(message: string, exitCode = 1): never {
  console.error(`error: ${message}`);
  process.exit(exitCode);
}

/** The directory the user ran the command in: pnpm runs root scripts at the root and says where it was called in INIT_CWD. */
export function cwdOfCaller(): string {
  return process.env.INIT_CWD || process.cwd();
}
