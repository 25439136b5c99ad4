// Items 3 and 16 of issue 9: every parameter and body field is checked against the spec's own
// constraints (type, enum, minimum/maximum, minLength/maxLength, minItems/maxItems, items, and no
// comma inside an item of a comma-separated list) before anything is sent, with an argument error
// naming the argument and the constraint. The limits here are read from the bundled spec, so the test
// follows the spec: the client's constraints are generated from it, not copied.
import { openapi } from '@cometchat-rest/spec';
import { describe, expect, it } from 'vitest';
import { CometChatArgumentError } from '../src/index.ts';
import { clientWith, conversation, json } from './helpers.ts';

const components = openapi.components as unknown as { parameters: Record<string, { schema: Record<string, any> }>; schemas: Record<string, Record<string, any>> };
const param = (name: string) => components.parameters[name]!.schema;
const PER_PAGE = param('perPage');
const TAGS = components.schemas.Tags!;
const QUERY_TAG = param('tags');
const UID = param('uid');
const ON_BEHALF_OF = param('onBehalfOf');
// messageId is an integer of at least 1, or the same as a string of digits (MessageIdInput).
const MESSAGE_ID = components.schemas.MessageIdInput!.oneOf[0];

const page = () => json({ data: [], meta: { pagination: { total: 0, count: 0, per_page: 100, current_page: 1, total_pages: 1 } } });

/** Calls `fn` on a fresh client; asserts nothing was sent and returns the argument error. */
async function refused(fn: (client: any) => PromiseLike<unknown>): Promise<CometChatArgumentError> {
  const { client, requests } = clientWith(() => json({ data: conversation() }));
  const error = await Promise.resolve(fn(client)).then(
    () => {
      throw new Error('expected the call to be refused');
    },
    (e: unknown) => e,
  );
  expect(requests, 'nothing is sent').toHaveLength(0);
  expect(error).toBeInstanceOf(CometChatArgumentError);
  return error as CometChatArgumentError;
}

async function accepted(fn: (client: any) => PromiseLike<unknown>, reply: () => Response = () => json({ data: conversation() })) {
  const { client, requests } = clientWith(reply);
  await fn(client);
  expect(requests).toHaveLength(1);
  return requests[0]!;
}

describe('query values of the wrong type (query-string injection)', () => {
  it('an object in a string query parameter is refused; nothing reaches the wire', async () => {
    const error = await refused((c) => c.listConversations({ searchKey: { ']=x&conversationType=group&a[': 'v' } }));
    expect(error.argument).toBe('searchKey');
    expect(error.message).toContain('string');
  });

  it.each([
    ['searchKey', 42],
    ['searchKey', ['a', 'b']],
    ['searchKey', true],
    ['unread', 'true'],
    ['unread', { toString: () => 'true' }],
    ['perPage', '10'],
    ['tags', 'a,b'],
    ['tags', [{ a: 1 }]],
    ['tags', [['nested']]],
    ['conversationType', ['user']],
  ])('%s: %j is refused', async (name, value) => {
    const error = await refused((c) => c.listConversations({ [name]: value }));
    expect(error.argument).toBe(name);
  });
});

describe("the spec's constraints", () => {
  it.each([0, 1.5, PER_PAGE.maximum + 1, -3, Number.NaN, Infinity])('perPage %s is refused, naming the constraint', async (perPage) => {
    const error = await refused((c) => c.listConversations({ perPage }));
    expect(error.argument).toBe('perPage');
    expect(error.message).toMatch(/minimum|maximum|integer/);
  });

  it('perPage at both ends of its range is sent', async () => {
    for (const perPage of [PER_PAGE.minimum, PER_PAGE.maximum]) {
      const request = await accepted((c) => c.listConversations({ perPage }), page);
      expect(request.url.searchParams.get('perPage')).toBe(String(perPage));
    }
  });

  it(`more tags than maxItems (${TAGS.maxItems}) are refused; exactly maxItems are sent`, async () => {
    const tags = Array.from({ length: TAGS.maxItems + 1 }, (_, i) => `t${i}`);
    const error = await refused((c) => c.updateUserConversation({ uid: 'u', onBehalfOf: 'me', tags }));
    expect(error.argument).toBe('tags');
    expect(error.message).toContain(`maxItems ${TAGS.maxItems}`);
    await accepted((c) => c.updateUserConversation({ uid: 'u', onBehalfOf: 'me', tags: tags.slice(1) }));
  });

  it(`a tag over maxLength (${TAGS.items.maxLength} characters) is refused; characters are code points, not UTF-16 units`, async () => {
    const max = TAGS.items.maxLength as number;
    const error = await refused((c) => c.updateGroupConversation({ guid: 'g', onBehalfOf: 'me', tags: ['ok', 'x'.repeat(max + 1)] }));
    expect(error.argument).toBe('tags');
    expect(error.message).toContain('tags[1]');
    expect(error.message).toContain(`maxLength ${max}`);
    await accepted((c) => c.updateGroupConversation({ guid: 'g', onBehalfOf: 'me', tags: ['😀'.repeat(max)] }));
  });

  it('a query tag over its maxLength, and an empty tags list (minItems), are refused', async () => {
    expect((await refused((c) => c.listConversations({ tags: ['x'.repeat(QUERY_TAG.items.maxLength + 1)] }))).message).toContain('maxLength');
    expect((await refused((c) => c.listConversations({ tags: [] }))).message).toContain(`minItems ${QUERY_TAG.minItems}`);
  });

  it.each([0, -1, 1.5])('messageId %s is refused (minimum, integer)', async (messageId) => {
    const error = await refused((c) => c.markUserConversationAsRead({ uid: 'u', onBehalfOf: 'me', messageId }));
    expect(error.argument).toBe('messageId');
    expect(error.message).toMatch(messageId === 1.5 ? /integer/ : new RegExp(`minimum ${MESSAGE_ID.minimum}`));
  });

  it(`an onBehalfOf over maxLength (${ON_BEHALF_OF.maxLength}) is refused, in a call and as the client default`, async () => {
    const long = 'u'.repeat(ON_BEHALF_OF.maxLength + 1);
    const error = await refused((c) => c.getUserConversation({ uid: 'u', onBehalfOf: long }));
    expect(error.argument).toBe('onBehalfOf');
    expect(error.message).toContain(`maxLength ${ON_BEHALF_OF.maxLength}`);
    const { client, requests } = clientWith(() => json({ data: conversation() }), { onBehalfOf: long });
    await expect(client.getUserConversation({ uid: 'u' })).rejects.toBeInstanceOf(CometChatArgumentError);
    expect(requests).toHaveLength(0);
  });

  it(`a uid over maxLength (${UID.maxLength}) is refused`, async () => {
    const error = await refused((c) => c.getUserConversation({ uid: 'u'.repeat(UID.maxLength + 1), onBehalfOf: 'me' }));
    expect(error.argument).toBe('uid');
  });

  it('a value outside an enum is refused, naming the allowed values', async () => {
    const error = await refused((c) => c.listConversations({ conversationType: 'channel' }));
    expect(error.argument).toBe('conversationType');
    expect(error.message).toContain('"user"');
    expect(error.message).toContain('"group"');
  });

  it.each(['tags', 'userTags', 'groupTags'])('%s: an item with a comma is refused (the list is sent comma-separated)', async (name) => {
    const error = await refused((c) => c.listConversations({ [name]: ['ok', 'a,b'] }));
    expect(error.argument).toBe(name);
    expect(error.message).toContain(`${name}[1]`);
    expect(error.message).toContain('comma');
  });

  it('a comma in a tag of a JSON body is fine (only comma-separated lists cannot carry one)', async () => {
    const request = await accepted((c) => c.updateUserConversation({ uid: 'u', onBehalfOf: 'me', tags: ['a,b'] }));
    expect(JSON.parse(request.body)).toEqual({ tags: ['a,b'] });
  });

  it('a body field of the wrong type is refused', async () => {
    expect((await refused((c) => c.resetUserConversation({ uid: 'u', onBehalfOf: 'me', deleteMessagesPermanently: 'yes' }))).argument).toBe('deleteMessagesPermanently');
    expect((await refused((c) => c.updateUserConversation({ uid: 'u', onBehalfOf: 'me', tags: 'a' }))).argument).toBe('tags');
  });

  it("the fields of a body's objects are checked too: required ones, and each one's constraints", async () => {
    const set = (pinnedConversations: unknown) => (c: any) => c.updatePinnedConversations({ pinnedConversations });
    const empty = await refused(set([{ guid: 'g' }, {}]));
    expect(empty.argument).toBe('pinnedConversations');
    expect(empty.message).toContain('pinnedConversations[1].uid must be sent, or guid must be sent');
    const long = await refused(set([{ uid: 'x'.repeat(UID.maxLength + 1) }]));
    expect(long.message).toContain(`pinnedConversations[0].uid must be at most ${UID.maxLength} characters`);
    expect((await refused(set([{ guid: 7 }]))).message).toContain('pinnedConversations[0].uid must be sent, or guid must be a string');
    const sent = await accepted(set([{ uid: 'u' }, { guid: 'g' }]), () => json({ data: [] }));
    expect(JSON.parse(sent.body)).toEqual({ pinnedConversations: [{ uid: 'u' }, { guid: 'g' }] });
  });
});
