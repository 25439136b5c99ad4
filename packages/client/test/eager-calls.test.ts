// Item 9 of issue 9: a call starts when its method is called, as with openai-node and openapi-fetch,
// awaited or not; `.withResponse()` keeps working; a call nobody awaits never becomes an unhandled
// rejection, and one awaited later still rejects. Item 10: many calls sharing one AbortSignal add
// one listener to it, print no MaxListenersExceededWarning, and leave no listener behind.
import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { CometChatAbortError, CometChatNotFoundError } from '../src/index.ts';
import { clientWith, conversation, errorBody, json } from './helpers.ts';

const tick = () => new Promise((resolve) => setImmediate(resolve));
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
const warnings: Error[] = [];
const onWarning = (warning: Error) => warnings.push(warning);
process.on('unhandledRejection', onUnhandled);
process.on('warning', onWarning);
afterEach(() => {
  unhandled.length = 0;
  warnings.length = 0;
});

describe('calls start at once (item 9)', () => {
  it('a method called without await sends its request', async () => {
    const { client, requests } = clientWith(() => json({ data: { success: true, message: 'done' } }));
    void client.markUserConversationAsRead({ uid: 'u', onBehalfOf: 'me' });
    await tick();
    expect(requests).toHaveLength(1);
    expect(requests[0]!.url.pathname).toBe('/v3/users/u/conversation/read');
  });

  it('a list call starts its first page at once', async () => {
    const { client, requests } = clientWith(() => json({ data: [], meta: { pagination: { total: 0, count: 0, per_page: 100, current_page: 1, total_pages: 1 } } }));
    client.listConversations({ onBehalfOf: 'me' });
    await tick();
    expect(requests).toHaveLength(1);
  });

  it('a failing call nobody awaits is no unhandled rejection; awaited later, it still rejects', async () => {
    const { client } = clientWith(() => json(errorBody('ERR_UID_NOT_FOUND'), 404));
    const call = client.getUserConversation({ uid: 'nobody', onBehalfOf: 'me' });
    const refused = client.getUserConversation({ uid: '', onBehalfOf: 'me' }); // an argument error
    await tick();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(unhandled).toEqual([]);
    await expect(call).rejects.toBeInstanceOf(CometChatNotFoundError);
    await expect(refused).rejects.toMatchObject({ argument: 'uid' });
    await expect(call.withResponse()).rejects.toBeInstanceOf(CometChatNotFoundError);
  });

  it('withResponse gives the result and the response of the one request already sent', async () => {
    const { client, requests } = clientWith(() => json({ data: [conversation()] }, 200, { 'x-rate-limit-remaining': '9' }));
    const call = client.getUserConversation({ uid: 'u', onBehalfOf: 'me' });
    const { data, response } = await call.withResponse();
    expect(data).toEqual(conversation());
    expect(response.headers.get('x-rate-limit-remaining')).toBe('9');
    expect(await call).toEqual(conversation());
    expect(requests).toHaveLength(1);
  });
});

describe('one AbortSignal shared by many calls (item 10)', () => {
  const slow = () => clientWith(() => new Promise<Response>((resolve) => setTimeout(() => resolve(json({ data: conversation() })), 30)));

  it('2,000 concurrent calls: no MaxListenersExceededWarning, and no listener left behind', async () => {
    const { client } = slow();
    const controller = new AbortController();
    const calls = Array.from({ length: 2000 }, (_, i) => client.getUserConversation({ uid: `u${i}`, onBehalfOf: 'me' }, { signal: controller.signal }));
    await tick();
    expect(getEventListeners(controller.signal, 'abort').length).toBeLessThanOrEqual(1);
    const results = await Promise.all(calls);
    expect(results).toHaveLength(2000);
    await tick();
    expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('aborting the shared signal ends every call at once, and leaves no listener behind', async () => {
    const { client } = slow();
    const controller = new AbortController();
    const calls = Array.from({ length: 500 }, (_, i) => client.getUserConversation({ uid: `u${i}`, onBehalfOf: 'me' }, { signal: controller.signal }).catch((e: unknown) => e));
    await tick();
    controller.abort();
    const errors = await Promise.all(calls);
    expect(errors.every((e) => e instanceof CometChatAbortError)).toBe(true);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
  });
});
