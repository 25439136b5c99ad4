// Tiny helpers shared by the scripts in this folder: named arguments and a loud exit.

/** Reads `--name value` pairs; every name in `required` must be present. */
export function parseArgs(argv: string[], required: string[]): Record<string, string> {
  const args: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) fail(`unexpected argument ${JSON.stringify(arg)}`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) fail(`${arg} needs a value`);
    args[arg.slice(2)] = value;
    i++;
  }
  for (const name of required) if (!(name in args)) fail(`missing --${name}`);
  return args;
}

export function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(1);
}

export type CommandLine = { positionals: string[]; flags: Set<string>; options: Record<string, string> };

/**
 * Reads positionals, boolean `--flag`s and `--option value` pairs (`--option=value` works too).
 * Unknown names and more positionals than `maxPositionals` fail, naming the usage.
 */
export function parseCommandLine(
  argv: string[],
  spec: { flags?: string[]; options?: string[]; maxPositionals?: number; usage: string },
): CommandLine {
  const result: CommandLine = { positionals: [], flags: new Set(), options: {} };
  const usage = `usage: ${spec.usage}`;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      result.positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (spec.flags?.includes(name)) {
      if (inline !== undefined) fail(`--${name} takes no value\n${usage}`);
      result.flags.add(name);
    } else if (spec.options?.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) fail(`--${name} needs a value\n${usage}`);
      result.options[name] = value;
    } else {
      fail(`unknown option ${JSON.stringify(arg)}\n${usage}`);
    }
  }
  if (result.positionals.length > (spec.maxPositionals ?? 0)) {
    fail(`unexpected argument ${JSON.stringify(result.positionals[spec.maxPositionals ?? 0])}\n${usage}`);
  }
  return result;
}

/** The directory the user ran the command in: pnpm runs root scripts at the root and says where it was called in INIT_CWD. */
export function cwdOfCaller(): string {
  return process.env.INIT_CWD || process.cwd();
}
