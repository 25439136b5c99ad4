// Item 12 of issue 9: `cometchat.withOptions({ onBehalfOf, timeoutMs, maxRetries, headers })` is a
// cheap derived client for another acting user (or other limits), sharing everything else: the typed
// openapi-fetch client (and its middleware), the key, the base URL. Checked like the client's options.
import { describe, expect, it } from 'vitest';
import { CometChatArgumentError, CometChatTimeoutError } from '../src/index.ts';
import { clientWith, conversation, json } from './helpers.ts';

describe('withOptions', () => {
  it('sends as another acting user, with its headers merged over the parent; the parent is unchanged', async () => {
    const { client, requests } = clientWith(() => json({ data: conversation() }), { onBehalfOf: 'parent-user', headers: { 'x-team': 'a', 'x-trace': '1' } });
    const asOther = client.withOptions({ onBehalfOf: 'other-user', headers: { 'x-trace': '2' } });
    await asOther.getUserConversation({ uid: 'u' });
    await client.getUserConversation({ uid: 'u' });
    expect(requests.map((r) => r.headers.get('onbehalfof'))).toEqual(['other-user', 'parent-user']);
    expect(requests.map((r) => [r.headers.get('x-team'), r.headers.get('x-trace')])).toEqual([['a', '2'], ['a', '1']]);
  });

  it('shares the typed openapi-fetch client, so middleware registered once applies to both', async () => {
    const { client, requests } = clientWith(() => json({ data: conversation() }));
    const derived = client.withOptions({ onBehalfOf: 'me' });
    expect(derived.raw).toBe(client.raw);
    client.raw.use({ onRequest: ({ request }) => (request.headers.set('x-from-middleware', 'yes'), request) });
    await derived.getUserConversation({ uid: 'u' });
    expect(requests[0]!.headers.get('x-from-middleware')).toBe('yes');
  });

  it('sets timeoutMs and maxRetries for the derived client only', async () => {
    let calls = 0;
    const { client } = clientWith(() => (++calls, new Promise<Response>(() => {})), { maxRetries: 3 });
    const error = await client.withOptions({ timeoutMs: 50, maxRetries: 0 }).getUserConversation({ uid: 'u', onBehalfOf: 'me' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CometChatTimeoutError);
    expect(calls).toBe(1);
  });

  it('can be chained, and is cheap (no new openapi-fetch client)', () => {
    const { client } = clientWith(() => json({ data: conversation() }));
    const derived = client.withOptions({ onBehalfOf: 'a' }).withOptions({ maxRetries: 1 });
    expect(derived.raw).toBe(client.raw);
    expect(Object.keys(derived).sort()).toEqual(Object.keys(client).sort());
  });

  it.each([
    ['onBehalfOf', { onBehalfOf: ' ' }],
    ['onBehalfOf', { onBehalfOf: 'a\nb' }],
    ['timeoutMs', { timeoutMs: 2 ** 31 }],
    ['maxRetries', { maxRetries: -1 }],
    ['headers.apikey', { headers: { apikey: 'other' } }],
    ['options', { apiKey: 'another key' }],
    ['options', { baseUrl: 'http://elsewhere.example' }],
  ])('refuses a bad %s', (argument, options) => {
    const { client } = clientWith(() => json({}));
    let error: unknown;
    try {
      client.withOptions(options as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CometChatArgumentError);
    expect((error as CometChatArgumentError).argument).toBe(argument);
  });
});
