// Item 14 of issue 9: a console-shaped `logger` and a `logLevel` (off by default; also from
// COMETCHAT_LOG). Every attempt logs method, path, status, duration, attempt number and, before a
// retry, the wait; nothing logged holds the key or the onBehalfOf user; bodies only at debug, redacted.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CometChatArgumentError, createCometChatClient, type ClientOptions } from '../src/index.ts';
import { API_KEY, clientWith, conversation, errorBody, json } from './helpers.ts';

type Line = { level: 'debug' | 'info' | 'warn' | 'error'; text: string };
function recorder() {
  const lines: Line[] = [];
  const at = (level: Line['level']) => (...args: unknown[]) => lines.push({ level, text: args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ') });
  return { lines, logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') } };
}
const ACTING_USER = 'acting-user-7f3a';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('logging', () => {
  it('is off by default: nothing reaches the logger or the console', async () => {
    const { lines, logger } = recorder();
    const spies = (['debug', 'info', 'warn', 'error', 'log'] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => {}));
    const { client } = clientWith(() => json({ data: conversation() }), { logger });
    await client.getUserConversation({ uid: 'u', onBehalfOf: ACTING_USER });
    expect(lines).toEqual([]);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('at info: one line per attempt with method, path, status, duration and attempt; retries at warn with the wait', async () => {
    const { lines, logger } = recorder();
    let calls = 0;
    const { client } = clientWith(() => (++calls === 1 ? json(errorBody('ERR_TOO_MANY_REQUESTS'), 429, { 'retry-after': '0' }) : json({ data: conversation() })), { logger, logLevel: 'info' });
    await client.getUserConversation({ uid: 'cometchat-uid-2', onBehalfOf: ACTING_USER });
    expect(lines.map((l) => l.level)).toEqual(['warn', 'info']);
    expect(lines[0]!.text).toMatch(/getUserConversation GET \/v3\/users\/cometchat-uid-2\/conversation 429 in \d+ ms \(attempt 1 of 3\); retrying in 0 ms/);
    expect(lines[1]!.text).toMatch(/getUserConversation GET \/v3\/users\/cometchat-uid-2\/conversation 200 in \d+ ms \(attempt 2 of 3\)/);
    for (const line of lines) {
      expect(line.text).not.toContain(API_KEY);
      expect(line.text).not.toContain(ACTING_USER);
    }
  });

  it('a final failure is logged at error; warn and error levels leave out the successes', async () => {
    const { lines, logger } = recorder();
    const { client } = clientWith(() => json(errorBody('ERR_UID_NOT_FOUND', `no user (key ${API_KEY})`), 404), { logger, logLevel: 'warn' });
    await client.getUserConversation({ uid: 'u', onBehalfOf: ACTING_USER }).catch(() => {});
    expect(lines.map((l) => l.level)).toEqual(['error']);
    expect(lines[0]!.text).toContain('404');
    expect(lines[0]!.text).toContain('ERR_UID_NOT_FOUND');
    expect(lines[0]!.text).not.toContain(API_KEY);
  });

  it('at debug: request and response bodies too, with the key redacted', async () => {
    const { lines, logger } = recorder();
    const { client } = clientWith(() => json({ data: { ...conversation(), echo: API_KEY } }), { logger, logLevel: 'debug' });
    await client.updateUserConversation({ uid: 'u', onBehalfOf: ACTING_USER, tags: ['urgent'] });
    const text = lines.map((l) => l.text).join('\n');
    expect(lines.some((l) => l.level === 'debug' && l.text.includes('{"tags":["urgent"]}'))).toBe(true);
    expect(lines.some((l) => l.level === 'debug' && l.text.includes('[redacted]'))).toBe(true);
    expect(text).not.toContain(API_KEY);
    expect(text).not.toContain(ACTING_USER);
  });

  it('COMETCHAT_LOG sets the level when the option is absent; the option wins; the default logger is console', async () => {
    vi.stubEnv('COMETCHAT_LOG', 'info');
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const { client } = clientWith(() => json({ data: conversation() }));
    await client.getUserConversation({ uid: 'u', onBehalfOf: 'me' });
    expect(info).toHaveBeenCalledTimes(1);
    const quiet = clientWith(() => json({ data: conversation() }), { logLevel: 'off' });
    await quiet.client.getUserConversation({ uid: 'u', onBehalfOf: 'me' });
    expect(info).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['logLevel', { logLevel: 'verbose' }],
    ['logger', { logger: { info: () => {} } }],
    ['logger', { logger: 'console' }],
  ])('refuses a bad %s', (argument, options) => {
    let error: unknown;
    try {
      createCometChatClient({ baseUrl: 'http://127.0.0.1/v3', apiKey: API_KEY, ...(options as Partial<ClientOptions>) });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CometChatArgumentError);
    expect((error as CometChatArgumentError).argument).toBe(argument);
  });

  it('refuses a bad COMETCHAT_LOG, naming the variable', () => {
    vi.stubEnv('COMETCHAT_LOG', 'loud');
    expect(() => createCometChatClient({ baseUrl: 'http://127.0.0.1/v3', apiKey: API_KEY })).toThrow(/COMETCHAT_LOG/);
  });
});
