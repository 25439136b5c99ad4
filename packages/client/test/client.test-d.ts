// Type-level tests: parameters, results, deprecated markers, the error union, and compile errors
// for wrong calls.
import { describe, expectTypeOf, it } from 'vitest';
import type { Conversation, GroupConversation, PinnedConversation, PinnedGroupConversation, PinnedUserConversation, UserConversation } from '@cometchat-rest/models';
import {
  createCometChatClient,
  type ActionResult,
  type AnyCometChatError,
  type APIPromise,
  type CometChatClient,
  type ConversationPage,
  type ConversationPagePromise,
  type GetUserConversationParams,
  type ListConversationsParams,
  CometChatError,
  CometChatRateLimitError,
  type ClientOptions,
  type UpdateGroupConversationParams,
} from '../src/index.ts';

declare const client: CometChatClient;
declare const withDefault: CometChatClient<true>;
declare const b: CometChatClient<false>;

describe('methods', () => {
  it('take typed params and resolve to typed results', () => {
    expectTypeOf(client.getUserConversation).parameter(0).toEqualTypeOf<GetUserConversationParams>();
    expectTypeOf(client.getUserConversation({ uid: 'u', onBehalfOf: 'me' })).toEqualTypeOf<APIPromise<UserConversation>>();
    expectTypeOf(client.getGroupConversation({ guid: 'g', onBehalfOf: 'me' })).toEqualTypeOf<APIPromise<GroupConversation>>();
    expectTypeOf(client.getConversation({ conversationId: 'c', onBehalfOf: 'me' })).toEqualTypeOf<APIPromise<Conversation>>();
    expectTypeOf(client.markUserConversationAsRead({ uid: 'u', onBehalfOf: 'me' })).toEqualTypeOf<APIPromise<ActionResult>>();
    expectTypeOf<Awaited<ReturnType<typeof client.resetGroupConversation>>>().toEqualTypeOf<ActionResult>();
    expectTypeOf<ActionResult>().toEqualTypeOf<{ success: boolean; message: string; conversation?: Conversation }>();
    expectTypeOf<UpdateGroupConversationParams['tags']>().toEqualTypeOf<string[]>();
    expectTypeOf<ListConversationsParams['conversationType']>().toEqualTypeOf<'user' | 'group' | undefined>();
    expectTypeOf<ListConversationsParams['tags']>().toEqualTypeOf<string[] | undefined>();
  });

  it('pins: typed to their kind, global pins to either', () => {
    expectTypeOf(client.pinUserConversation({ uid: 'u', onBehalfOf: 'me' })).toEqualTypeOf<APIPromise<PinnedUserConversation>>();
    expectTypeOf(client.unpinGroupConversation({ guid: 'g', onBehalfOf: 'me' })).toEqualTypeOf<APIPromise<PinnedGroupConversation>>();
    expectTypeOf(client.listPinnedConversations()).toEqualTypeOf<APIPromise<PinnedConversation[]>>();
    expectTypeOf(client.updatePinnedConversations({ pinnedConversations: [{ uid: 'u' }, { guid: 'g' }] })).toEqualTypeOf<APIPromise<PinnedConversation[]>>();
    expectTypeOf(client.markUserConversationAsUnread({ uid: 'u', onBehalfOf: 'me', messageId: '50' })).toEqualTypeOf<APIPromise<ActionResult>>();
  });

  it('listConversations is awaitable for a page and iterable for conversations', async () => {
    const call = client.listConversations({ perPage: 10 });
    expectTypeOf(call).toEqualTypeOf<ConversationPagePromise>();
    expectTypeOf(await call).toEqualTypeOf<ConversationPage>();
    for await (const conversation of call) expectTypeOf(conversation).toEqualTypeOf<Conversation>();
    expectTypeOf(call.withResponse()).resolves.toEqualTypeOf<{ data: ConversationPage; response: Response }>();
  });

  it('onBehalfOf is required where the spec says so, unless the client has a default', () => {
    expectTypeOf<GetUserConversationParams['onBehalfOf']>().toEqualTypeOf<string>();
    expectTypeOf<GetUserConversationParams<true>['onBehalfOf']>().toEqualTypeOf<string | undefined>();
    const a = createCometChatClient({ appId: 'a', region: 'us', apiKey: 'k', onBehalfOf: 'me' });
    expectTypeOf(a).toEqualTypeOf<CometChatClient<true>>();
    a.getUserConversation({ uid: 'u' });
    withDefault.markGroupConversationAsRead({ guid: 'g' });
    const b = createCometChatClient({ appId: 'a', region: 'us', apiKey: 'k' });
    expectTypeOf(b).toEqualTypeOf<CometChatClient<false>>();
    // @ts-expect-error: onBehalfOf is required without a client default
    b.getUserConversation({ uid: 'u' });
  });

  it('a config typed as ClientOptions (onBehalfOf maybe set) does not demand onBehalfOf in calls', () => {
    const config: ClientOptions = { appId: 'a', region: 'us', apiKey: 'k', onBehalfOf: 'me' };
    const c = createCometChatClient(config);
    c.getUserConversation({ uid: 'u' });
    c.getUserConversation({ uid: 'u', onBehalfOf: 'other' });
  });

  it('withOptions with onBehalfOf gives a client whose calls do not need it', () => {
    const asUser = b.withOptions({ onBehalfOf: 'me' });
    expectTypeOf(asUser).toEqualTypeOf<CometChatClient<true>>();
    asUser.getUserConversation({ uid: 'u' });
    const stillWithout = b.withOptions({ timeoutMs: 5, maxRetries: 1, headers: { 'x-a': 'b' } });
    expectTypeOf(stillWithout).toEqualTypeOf<CometChatClient<false>>();
    // @ts-expect-error: still no default onBehalfOf
    stillWithout.getUserConversation({ uid: 'u' });
    expectTypeOf(withDefault.withOptions({ maxRetries: 0 })).toEqualTypeOf<CometChatClient<true>>();
    // @ts-expect-error: the key and base URL are shared, not changed
    b.withOptions({ apiKey: 'other' });
  });

  it('a custom fetch gets its parameter types from the options (contextual typing)', () => {
    createCometChatClient({ apiKey: 'k', baseUrl: 'http://127.0.0.1/v3', fetch: (request, init) => {
      expectTypeOf(request).toEqualTypeOf<Request>();
      expectTypeOf(init).toEqualTypeOf<RequestInit | undefined>();
      return fetch(request, init);
    } });
  });

  it('the API key may come from COMETCHAT_API_KEY, so it is optional in the options', () => {
    createCometChatClient({ appId: 'a', region: 'us' });
    createCometChatClient();
  });

  it('wrong calls do not compile', () => {
    // @ts-expect-error: uid is required
    client.getUserConversation({ onBehalfOf: 'me' });
    // @ts-expect-error: uid is a string
    client.getUserConversation({ uid: 42, onBehalfOf: 'me' });
    // @ts-expect-error: tags are strings
    client.updateUserConversation({ uid: 'u', onBehalfOf: 'me', tags: [1] });
    // @ts-expect-error: messageId is a number or a string of digits, not an object
    client.markUserConversationAsUnread({ uid: 'u', onBehalfOf: 'me', messageId: { id: 50 } });
    // @ts-expect-error: onBehalfOf is required to mark a group conversation unread
    client.markGroupConversationAsUnread({ guid: 'g', messageId: 50 });
    // @ts-expect-error: a global pin names a uid or a guid
    client.updatePinnedConversations({ pinnedConversations: [{ id: 'x' }] });
    // @ts-expect-error: no such parameter
    client.getGroupConversation({ guid: 'g', onBehalfOf: 'me', colour: 'red' });
    // @ts-expect-error: no such conversation type
    client.listConversations({ conversationType: 'channel' });
    // @ts-expect-error: no such region
    createCometChatClient({ appId: 'a', region: 'mars', apiKey: 'k' });
    // @ts-expect-error: apiKey is a string
    createCometChatClient({ appId: 'a', region: 'us', apiKey: 42 });
    // @ts-expect-error: no such method
    client.getConversations();
  });

  it('raw is the typed openapi-fetch client', () => {
    client.raw.GET('/users/{uid}/conversation', { params: { path: { uid: 'u' }, header: { onBehalfOf: 'me' } } });
    // @ts-expect-error: no such path
    client.raw.GET('/users/{uid}/conversations', {});
  });
});

describe('errors', () => {
  it('form a union under CometChatError', () => {
    expectTypeOf<AnyCometChatError>().toExtend<CometChatError>();
    expectTypeOf<CometChatRateLimitError['retryAfterSeconds']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<CometChatError['status']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<CometChatError['code']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<CometChatError['response']>().toEqualTypeOf<Response | undefined>();
  });
});
