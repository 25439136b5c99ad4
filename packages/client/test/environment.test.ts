// Item 15 of issue 9: COMETCHAT_API_KEY, COMETCHAT_APP_ID, COMETCHAT_REGION and COMETCHAT_BASE_URL
// are read when the option is absent (and process.env exists), so unchanged code can point at a mock;
// explicit options win; a key from the environment is redacted like any other.
import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CometChatArgumentError, createCometChatClient } from '../src/index.ts';
import { conversation, errorBody, json } from './helpers.ts';

const ENV_KEY = 'env-key-5b1e0c77d2';
afterEach(() => {
  vi.unstubAllEnvs();
});

function recordingFetch(reply: () => Response = () => json({ data: conversation() })) {
  const seen: { url: string; apikey: string | null }[] = [];
  return { seen, fetch: async (request: Request) => (seen.push({ url: request.url, apikey: request.headers.get('apikey') }), reply()) };
}

describe('environment defaults', () => {
  it('COMETCHAT_API_KEY and COMETCHAT_BASE_URL: unchanged code (with appId and region) points at a mock', async () => {
    vi.stubEnv('COMETCHAT_API_KEY', ENV_KEY);
    vi.stubEnv('COMETCHAT_BASE_URL', 'http://127.0.0.1:4010/v3');
    const { seen, fetch } = recordingFetch();
    const client = createCometChatClient({ appId: 'APP_ID', region: 'us', fetch });
    await client.getUserConversation({ uid: 'u', onBehalfOf: 'me' });
    expect(seen).toEqual([{ url: 'http://127.0.0.1:4010/v3/users/u/conversation', apikey: ENV_KEY }]);
  });

  it('COMETCHAT_APP_ID and COMETCHAT_REGION build the regional URL', async () => {
    vi.stubEnv('COMETCHAT_API_KEY', ENV_KEY);
    vi.stubEnv('COMETCHAT_APP_ID', 'app42');
    vi.stubEnv('COMETCHAT_REGION', 'in');
    const { seen, fetch } = recordingFetch();
    await createCometChatClient({ fetch }).getUserConversation({ uid: 'u', onBehalfOf: 'me' });
    expect(seen[0]!.url).toBe('https://app42.api-in.cometchat.io/v3/users/u/conversation');
  });

  it('explicit options win over the environment', async () => {
    vi.stubEnv('COMETCHAT_API_KEY', ENV_KEY);
    vi.stubEnv('COMETCHAT_BASE_URL', 'http://127.0.0.1:4010/v3');
    vi.stubEnv('COMETCHAT_APP_ID', 'envapp');
    vi.stubEnv('COMETCHAT_REGION', 'eu');
    const { seen, fetch } = recordingFetch();
    await createCometChatClient({ apiKey: 'explicit-key', baseUrl: 'https://explicit.example/v3', fetch }).getUserConversation({ uid: 'u', onBehalfOf: 'me' });
    expect(seen[0]).toEqual({ url: 'https://explicit.example/v3/users/u/conversation', apikey: 'explicit-key' });
  });

  it('without a key anywhere, the error says both ways to give one', () => {
    expect(() => createCometChatClient({ appId: 'a', region: 'us' })).toThrow(CometChatArgumentError);
    expect(() => createCometChatClient({ appId: 'a', region: 'us' })).toThrow(/COMETCHAT_API_KEY/);
  });

  it('a bad value from the environment names the variable', () => {
    vi.stubEnv('COMETCHAT_API_KEY', ENV_KEY);
    vi.stubEnv('COMETCHAT_REGION', 'mars');
    expect(() => createCometChatClient({ appId: 'a' })).toThrow(/COMETCHAT_REGION/);
    vi.stubEnv('COMETCHAT_BASE_URL', 'not a url');
    expect(() => createCometChatClient({})).toThrow(/COMETCHAT_BASE_URL/);
  });

  it('a key from the environment never appears in errors, even when the server echoes it', async () => {
    vi.stubEnv('COMETCHAT_API_KEY', ENV_KEY);
    const { fetch } = recordingFetch(() => json(errorBody('AUTH_ERR_NO_ACCESS', `The key ${ENV_KEY} cannot be used.`), 403));
    const error = await createCometChatClient({ baseUrl: 'https://app.example/v3', fetch }).getUserConversation({ uid: 'u', onBehalfOf: 'me' }).catch((e: unknown) => e);
    expect(`${(error as Error).message} ${(error as Error).stack} ${JSON.stringify(error)} ${inspect(error, { showHidden: true, depth: 10 })}`).not.toContain(ENV_KEY);
    const bad = (() => {
      vi.stubEnv('COMETCHAT_API_KEY', ` ${ENV_KEY}`);
      try {
        createCometChatClient({ baseUrl: 'https://app.example/v3' });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(bad).toBeInstanceOf(CometChatArgumentError);
    expect(`${bad!.message} ${bad!.stack}`).not.toContain(ENV_KEY);
  });
});
