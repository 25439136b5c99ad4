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
