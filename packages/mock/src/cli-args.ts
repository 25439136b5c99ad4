// The CLI's flags: parsed with node:util parseArgs after a pass that gives every flag value its own
// clear error (a missing value, a value that starts with `-`, a number out of range), then read into
// the server's options. Pure: it reads the files it is pointed at, and returns or throws.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { assertValidFaultRules, type FaultRule } from './faults.ts';
import type { Seed } from './seed.ts';
import type { PinSettings } from './store.ts';

export const DEFAULT_PORT = 4020;

export const USAGE = `Usage: cometchat-mock [options]

A stateful fake of the CometChat REST API v3 conversation endpoints, on 127.0.0.1.

Options:
  --port <n>             port on 127.0.0.1, 0-65535 (default ${DEFAULT_PORT}); 0 picks a free port, printed on the first line
  --api-key <key>        API key accepted in the apikey header (default: the demo key)
  --seed <what>          demo (default), empty, or a path to a seed JSON file
  --rate-limit <n|off>   requests per minute before 429 (default 20000); off: no limit and no rate-limit
                         headers; 0 is refused (it would refuse every request): use off
  --faults <file.json>   fault rules to inject from the start: a JSON array of rules, as the library's
                         \`faults\` option takes them (see the README, "Fault injection")
  --fault-seed <n>       seed of the PRNG behind a rule's \`probability\` (default 1; 0 is a seed like any other)
  --pins <on|off>        the app's conversation pin feature (default on); off: the pin operations answer
                         403 ERR_FEATURE_NOT_ACCESSIBLE
  --pin-limit <n>        conversations one user can pin (default 5, CometChat's limit); 0: none
  --global-pin-limit <n> conversations the app can pin for everyone, 0-5 (default 5); 0: none
  --log                  one line per request on stdout: time, method, path, status, ms, fault applied
  --version              print the version and exit
  -h, --help             print this help and exit

Exit codes: 0 stopped by SIGINT or SIGTERM (or --help, --version); 1 a bad seed or faults file, or
the port is taken; 2 a bad flag or flag value.
`;

/** A flag or flag value the CLI cannot use; exit code 2. */
export class UsageError extends Error {}
/** A file the CLI was pointed at that cannot be used (a seed, fault rules); exit code 1. */
export class InputError extends Error {}

export interface CliOptions {
  help: boolean;
  version: boolean;
  port: number;
  apiKey: string | undefined;
  seed: Seed | 'demo' | 'empty';
  rateLimit: { perMinute: number } | false | undefined;
  faults: FaultRule[];
  faultSeed: number | undefined;
  log: boolean;
  /** The pin feature, when a flag changed it. */
  pins: Partial<PinSettings> | false | undefined;
}

const OPTIONS = {
  port: { type: 'string' },
  'api-key': { type: 'string' },
  seed: { type: 'string' },
  'rate-limit': { type: 'string' },
  faults: { type: 'string' },
  'fault-seed': { type: 'string' },
  pins: { type: 'string' },
  'pin-limit': { type: 'string' },
  'global-pin-limit': { type: 'string' },
  log: { type: 'boolean' },
  version: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const FLAG_NAMES = new Set([...Object.keys(OPTIONS).map((name) => `--${name}`), '-h']);

/**
 * `--flag value` becomes `--flag=value`, so a value that starts with `-` (`--rate-limit -5`) reaches
 * the value checks instead of parseArgs' "argument is ambiguous"; a flag with no value says so.
 */
function joinValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    const name = token.startsWith('--') ? token.slice(2) : undefined;
    const option = name !== undefined ? OPTIONS[name as keyof typeof OPTIONS] : undefined;
    if (option?.type !== 'string') {
      out.push(token);
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined || FLAG_NAMES.has(value)) throw new UsageError(`${token} needs a value`);
    out.push(`${token}=${value}`);
    i++;
  }
  return out;
}

function integer(flag: string, raw: string, min: number, max: number, hint = ''): number {
  const value = /^-?\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) throw new UsageError(`${flag} must be an integer from ${min} to ${max}${hint} (got ${JSON.stringify(raw)})`);
  return value;
}

function readJson(flag: string, path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`${flag}: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${flag}: ${path} is not JSON: ${(error as Error).message}`);
  }
}

function pinsOf(feature: string | undefined, perUser: string | undefined, global: string | undefined): CliOptions['pins'] {
  if (feature !== undefined && feature !== 'on' && feature !== 'off') throw new UsageError(`--pins must be on or off (got ${JSON.stringify(feature)})`);
  if (feature === 'off') {
    if (perUser !== undefined || global !== undefined) throw new UsageError('--pin-limit and --global-pin-limit need the pin feature: drop them or --pins off');
    return false;
  }
  const settings: Partial<PinSettings> = {};
  if (perUser !== undefined) settings.perUserLimit = integer('--pin-limit', perUser, 0, 1_000_000);
  if (global !== undefined) settings.globalLimit = integer('--global-pin-limit', global, 0, 5, ' (CometChat caps the global list at 5)');
  return Object.keys(settings).length > 0 || feature === 'on' ? settings : undefined;
}

/** Reads the flags; throws `UsageError` (exit 2) or `InputError` (exit 1) with a message naming the flag. */
export function parseCli(argv: readonly string[]): CliOptions {
  let values: { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean };
  try {
    ({ values } = parseArgs({ args: joinValues(argv), options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError((error as Error).message.split('. ')[0]!);
  }
  const options: CliOptions = {
    help: values.help === true,
    version: values.version === true,
    port: values.port === undefined ? DEFAULT_PORT : integer('--port', values.port, 0, 65535, ' (0 picks a free port)'),
    apiKey: values['api-key'],
    seed: 'demo',
    rateLimit: undefined,
    faults: [],
    faultSeed: values['fault-seed'] === undefined ? undefined : integer('--fault-seed', values['fault-seed'], 0, 2 ** 32 - 1),
    log: values.log === true,
    pins: pinsOf(values.pins, values['pin-limit'], values['global-pin-limit']),
  };
  if (options.apiKey !== undefined && options.apiKey.trim() === '') throw new UsageError('--api-key must not be empty');
  const rawLimit = values['rate-limit'];
  if (rawLimit === 'off') options.rateLimit = false;
  else if (rawLimit !== undefined) {
    if (rawLimit.trim() === '0') throw new UsageError('--rate-limit 0 would refuse every request; use --rate-limit off to disable the limit');
    options.rateLimit = { perMinute: integer('--rate-limit', rawLimit, 1, Number.MAX_SAFE_INTEGER, ' or off') };
  }
  const rawSeed = values.seed;
  if (rawSeed === 'demo' || rawSeed === 'empty') options.seed = rawSeed;
  else if (rawSeed !== undefined) {
    if (rawSeed.trim() === '') throw new UsageError('--seed must be demo, empty, or a path to a seed JSON file');
    options.seed = readJson('--seed', rawSeed) as Seed;
  }
  if (values.faults !== undefined) {
    const rules = readJson('--faults', values.faults);
    try {
      assertValidFaultRules(rules);
    } catch (error) {
      throw new InputError(`--faults ${values.faults}: ${(error as Error).message}`);
    }
    options.faults = rules;
  }
  return options;
}
