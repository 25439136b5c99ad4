// The CLI's flag parsing, in-process: every bad value gets its own message naming the flag.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, parseCli, UsageError, USAGE } from '../src/cli-args.ts';

const dir = mkdtempSync(join(tmpdir(), 'cometchat-mock-args-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('parseCli', () => {
  it('defaults', () => {
    expect(parseCli([])).toEqual({ help: false, version: false, port: 4020, apiKey: undefined, seed: 'demo', rateLimit: undefined, faults: [], faultSeed: undefined, log: false, pins: undefined });
  });

  it('reads every flag', () => {
    const faults = file('faults.json', JSON.stringify([{ operationId: 'listConversations', times: 1, fault: { type: 'status', status: 429 } }]));
    const seed = file('seed.json', JSON.stringify({ users: [{ uid: 'a', name: 'A' }] }));
    expect(parseCli(['--port', '0', '--api-key', 'k', '--seed', seed, '--rate-limit', '5', '--faults', faults, '--fault-seed', '0', '--log'])).toEqual({
      help: false,
      version: false,
      port: 0,
      apiKey: 'k',
      seed: { users: [{ uid: 'a', name: 'A' }] },
      rateLimit: { perMinute: 5 },
      faults: [{ operationId: 'listConversations', times: 1, fault: { type: 'status', status: 429 } }],
      faultSeed: 0,
      log: true,
      pins: undefined,
    });
    expect(parseCli(['--rate-limit=off', '--seed=empty'])).toMatchObject({ rateLimit: false, seed: 'empty' });
  });

  it('reads the pin flags', () => {
    expect(parseCli(['--pins', 'off']).pins).toBe(false);
    expect(parseCli(['--pins', 'on']).pins).toEqual({});
    expect(parseCli(['--pin-limit', '0', '--global-pin-limit', '3']).pins).toEqual({ perUserLimit: 0, globalLimit: 3 });
  });

  it.each([
    [['--pins', 'maybe'], '--pins must be on or off (got "maybe")'],
    [['--pins', 'off', '--pin-limit', '2'], '--pin-limit and --global-pin-limit need the pin feature: drop them or --pins off'],
    [['--global-pin-limit', '6'], '--global-pin-limit must be an integer from 0 to 5 (CometChat caps the global list at 5) (got "6")'],
    [['--pin-limit', '-1'], '--pin-limit must be an integer from 0 to 1000000 (got "-1")'],
  ])('pin flags %j: %s', (argv, message) => {
    expect(() => parseCli(argv)).toThrow(new UsageError(message));
  });

  it.each([
    [['--rate-limit', '-5'], '--rate-limit must be an integer from 1 to 9007199254740991 or off (got "-5")'],
    [['--rate-limit', '0'], '--rate-limit 0 would refuse every request; use --rate-limit off to disable the limit'],
    [['--rate-limit', '1.5'], '--rate-limit must be an integer from 1 to 9007199254740991 or off (got "1.5")'],
    [['--port', 'http'], '--port must be an integer from 0 to 65535 (0 picks a free port) (got "http")'],
    [['--port', '70000'], '--port must be an integer from 0 to 65535 (0 picks a free port) (got "70000")'],
    [['--port', '-1'], '--port must be an integer from 0 to 65535 (0 picks a free port) (got "-1")'],
    [['--port'], '--port needs a value'],
    [['--port', '--log'], '--port needs a value'],
    [['--fault-seed', 'x'], '--fault-seed must be an integer from 0 to 4294967295 (got "x")'],
    [['--api-key', ' '], '--api-key must not be empty'],
    [['--seed', ''], '--seed must be demo, empty, or a path to a seed JSON file'],
    [['--verbose'], "Unknown option '--verbose'"],
    [['serve'], "Unexpected argument 'serve'"],
  ])('%j: %s', (argv, message) => {
    expect(() => parseCli(argv)).toThrow(UsageError);
    expect(() => parseCli(argv)).toThrow(message);
  });

  it.each([
    ['missing file', () => ['--faults', join(dir, 'nope.json')], /^--faults: cannot read .*nope\.json: ENOENT$/],
    ['not JSON', () => ['--faults', file('broken.json', '[{')], /^--faults: .*broken\.json is not JSON: /],
    ['not an array', () => ['--faults', file('object.json', '{}')], /^--faults .*object\.json: faults: must be an array of rules$/],
    ['a bad field', () => ['--faults', file('bad.json', JSON.stringify([{ fault: { type: 'reset' } }, { fault: { type: 'status', status: 200 } }]))], /^--faults .*bad\.json: faults\[1\]\.fault\.status: must be an integer, 400-599$/],
    ['an unknown field', () => ['--faults', file('typo.json', JSON.stringify([{ operationID: 'listConversations', fault: { type: 'reset' } }]))], /faults\[0\]\.operationID: is not a rule field/],
    ['a seed that is not JSON', () => ['--seed', file('seed.txt', 'users:')], /^--seed: .*seed\.txt is not JSON/],
  ])('an unusable file (%s) is an InputError naming the flag and the field', (_, argv, message) => {
    expect(() => parseCli(argv())).toThrow(InputError);
    expect(() => parseCli(argv())).toThrow(message);
  });

  it('--help documents every flag, and what 0 means', () => {
    for (const flag of ['--port', '--api-key', '--seed', '--rate-limit', '--faults', '--fault-seed', '--pins', '--pin-limit', '--global-pin-limit', '--log', '--version', '--help']) expect(USAGE).toContain(flag);
    expect(USAGE).toContain('0 picks a free port');
    expect(USAGE).toContain('0 is refused');
    expect(USAGE).toContain('0 is a seed like any other');
  });
});
