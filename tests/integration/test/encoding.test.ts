// Encoding, property-based: generated uids, guids, conversation ids, tags, names and search keys
// (any Unicode: emoji, combining marks, control characters, and / ? # % space , + & = ...) cross the
// client and the mock exactly.
//
// How each kind is proven, given what the mock can store:
// - Path parameters with ANY characters: the mock's seed only accepts CometChat's creation alphabet
//   for UIDs and GUIDs (letters, digits, - and _), so such users cannot exist. The proof is the 404:
//   the mock names the uid/guid/conversation id it decoded in its message, and that must be exactly
//   the string the caller passed. The URL the client sent is checked too.
// - UIDs and GUIDs in CometChat's alphabet, in random case: real users and groups, found (UIDs are
//   case-insensitive and stored lowercased).
// - Tags (JSON bodies and the `tags` query filter), user and group names, and search keys: any
//   strings, stored, read back and filtered on.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CometChatArgumentError, CometChatNotFoundError, createCometChatClient, type CometChatClient, type Conversation } from '@cometchat-rest/client';
import { DEMO_API_KEY, DEMO_GUIDS, DEMO_UIDS, startMockServer, type MockServer, type Seed } from '@cometchat-rest/mock';
import { recordingFetch, rejectionOf, within } from './helpers.ts';

// A fixed seed keeps CI reproducible; set FC_SEED to explore other runs (a failure prints its seed).
const FC_SEED = Number(process.env.FC_SEED ?? 20261122);

const OWNER = 'owner-0';
const MIN_VALUES = 10_000;
/** A passing property takes a few seconds; a failing one also shrinks its counterexample. */
const PROPERTY_TIMEOUT = 120_000;

let server: MockServer;
const recorder = recordingFetch();
let client: CometChatClient<true>;
/** How many generated values went through the client (and the mock), per kind. */
const generated: Record<string, number> = {};
const count = (kind: string, n = 1) => (generated[kind] = (generated[kind] ?? 0) + n);

beforeAll(async () => {
  server = await startMockServer({ port: 0, rateLimit: false });
  client = createCometChatClient({ baseUrl: server.url, apiKey: DEMO_API_KEY, onBehalfOf: DEMO_UIDS[0], maxRetries: 0, timeoutMs: 10_000, fetch: recorder.fetch });
});
afterAll(async () => {
  await server?.close();
});

// ---- arbitraries -------------------------------------------------------------------------------

const codePoints = (s: string) => [...s].length;
const SPECIAL = [
  '/', '?', '#', '%', ' ', ',', '+', '&', '=', '%2F', '%25', '%00', '%%', '.', '..', ';', '\\', '"', "'", '<', '>', '~', '[', ']', '@', ':', '$',
  '*', '!', '(', ')', '{', '}', '|', '^', '`', '\t', '\n', '\r', '\u0000', '\u007f', '\u00a0', '\u2028', '\ufeff', '\u200b', '\u200d', 'ß', 'İ', 'Σ', 'ﬁ', 'ǅ',
];
const EMOJI = ['😀', '👍🏽', '👨‍👩‍👧‍👦', '🇯🇵', '❤️', '🏳️‍🌈', '🧑🏿‍🚀', '🫠'];
const combining = fc
  .tuple(fc.constantFrom('a', 'E', 'o', 'n', 'ㄱ', 'ع', 'क'), fc.array(fc.constantFrom('\u0301', '\u0308', '\u0303', '\u0327', '\u20dd', '\u0489', '\u064b', '\u093f'), { minLength: 1, maxLength: 3 }))
  .map(([base, marks]) => base + marks.join(''));
/** One piece of a generated string: a special character, an emoji, a combining sequence, any grapheme or code point, or plain ASCII. */
const unit = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 2, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 2, arbitrary: combining },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 4, arbitrary: fc.constantFrom(...'abcxyzABCXYZ0189-_') },
);
/** Any text of 1..`max` code points (lone surrogates excluded: they have no UTF-8 form). */
const text = (max = 100, maxUnits = 16) => fc.string({ unit, minLength: 1, maxLength: maxUnits }).filter((s) => codePoints(s) <= max);
/** Exactly 100 code points: the longest tag the spec allows. */
const longest = fc.string({ unit: 'binary', minLength: 100, maxLength: 100 });

const taken = new Set<string>([...DEMO_UIDS, ...DEMO_GUIDS, OWNER]);
/** A path parameter: anything but what the client refuses by design (`.`, `..`) and the spec forbids (over 100). */
const pathValue = text(100).filter((s) => s !== '.' && s !== '..' && !taken.has(s.toLowerCase()));
/** An id in CometChat's creation alphabet, in any case. */
const cometchatId = fc.stringMatching(/^[A-Za-z0-9_-]{1,100}$/).filter((s) => !taken.has(s.toLowerCase()));
/** The same id with the case of each letter flipped at random. */
const anyCase = (id: string, flips: boolean[]) => [...id].map((c, i) => (flips[i % flips.length] ? (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) : c)).join('');
/** A tag as updates take it: any text up to 100 code points, the empty string, or exactly 100 code points. */
const tag = fc.oneof({ weight: 8, arbitrary: text(100) }, { weight: 1, arbitrary: fc.constant('') }, { weight: 1, arbitrary: longest });

/** Up to 25 tags (the spec's limit), any length in that range equally likely. */
const tagList = fc.array(tag, { maxLength: 25, size: 'max' });

/** How the mock shows an id in an error message: control characters as `?`, past 100 UTF-16 units cut short. */
const shown = (value: string) => {
  const flat = value.replace(/[\u0000-\u001f\u007f]/g, '?');
  return flat.length > 100 ? `${flat.slice(0, 100)}...` : flat;
};
/** The decoded path segments of the requests recorded since `from`, at `index`. */
const sentSegments = (from: number, index: number) => recorder.exchanges.slice(from).map((e) => decodeURIComponent(e.url.pathname.split('/')[index]!));
const sorted = (values: readonly string[]) => [...values].sort();

// ---- properties ----------------------------------------------------------------------------------

describe('encoding: any string crosses the client and the mock exactly', () => {
  it('path parameters (uid, guid, conversationId): the mock decodes exactly what was passed', async () => {
    const kinds = [
      { segment: 3, code: 'ERR_UID_NOT_FOUND', what: 'UID', noun: 'user', call: (v: string) => client.getUserConversation({ uid: v }) },
      { segment: 3, code: 'ERR_GUID_NOT_FOUND', what: 'GUID', noun: 'group', call: (v: string) => client.getGroupConversation({ guid: v }) },
      { segment: 3, code: 'ERR_CONVERSATION_NOT_FOUND', what: 'conversation', noun: '', call: (v: string) => client.getConversation({ conversationId: v }) },
    ] as const;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(0, 1, 2), fc.array(pathValue, { minLength: 40, maxLength: 40 }), async (k, values) => {
        const kind = kinds[k]!;
        const from = recorder.exchanges.length;
        const errors = await within(15_000, Promise.all(values.map((value) => rejectionOf(kind.call(value), 10_000, `${kind.code} ${JSON.stringify(value)}`))), 'batch');
        count(kind.what, values.length);
        // The client sent each value percent-encoded as exactly one path segment.
        expect(sorted(sentSegments(from, kind.segment))).toEqual(sorted(values));
        values.forEach((value, i) => {
          const error = errors[i];
          expect(error, JSON.stringify(value)).toBeInstanceOf(CometChatNotFoundError);
          expect(error.code).toBe(kind.code);
          const message: string = error.body.error.message;
          const expected =
            kind.what === 'conversation'
              ? `The conversation ${shown(value)} does not exist.`
              : `The ${kind.what} ${shown(value)} does not exist, please make sure you have created a ${kind.noun} with ${kind.what} ${shown(value)}.`;
          expect(message, JSON.stringify(value)).toBe(expected);
        });
      }),
      { numRuns: 150, seed: FC_SEED },
    );
  }, PROPERTY_TIMEOUT);

  it('ids in any case, and tags of any text: updated, read back, stored and filtered exactly', async () => {
    const scenario = fc.record({
      partners: fc.uniqueArray(fc.tuple(cometchatId, fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), tagList), {
        minLength: 1,
        maxLength: 5,
        selector: ([id]) => id.toLowerCase(),
      }),
      group: fc.tuple(cometchatId, fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), tagList),
      extraFilter: text(100).filter((s) => !s.includes(',')),
      pick: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(scenario, async ({ partners, group, extraFilter, pick }) => {
        const [guid, guidFlips, groupTags] = group;
        const seed: Seed = {
          users: [{ uid: OWNER, name: 'Owner' }, ...partners.map(([uid], i) => ({ uid, name: `Partner ${i}` }))],
          groups: [{ guid, name: 'Group', owner: OWNER }],
          messages: [
            ...partners.map(([uid]) => ({ sender: uid, receiverType: 'user' as const, receiver: OWNER, text: 'hi' })),
            { sender: OWNER, receiverType: 'group', receiver: guid, text: 'hello group' },
          ],
        };
        server.store.load(seed);
        count('uid (CometChat alphabet)', partners.length);
        count('guid (CometChat alphabet)', 1);

        // Every conversation: found under its id in any case, then tagged; the answer and the store hold exactly the tags sent.
        await within(
          15_000,
          Promise.all([
            ...partners.map(async ([uid, flips, tags]) => {
              const asked = anyCase(uid, flips);
              const found = await client.getUserConversation({ uid: asked, onBehalfOf: OWNER });
              expect(found.conversationWith).toMatchObject({ uid: uid.toLowerCase() });
              const updated = await client.updateUserConversation({ uid: asked, tags, onBehalfOf: OWNER });
              expect(updated.tags).toEqual(tags);
              expect(server.store.conversationState(OWNER, { uid })?.tags).toEqual(tags);
              count('tag (update)', tags.length);
            }),
            (async () => {
              const asked = anyCase(guid, guidFlips);
              const found = await client.getGroupConversation({ guid: asked, onBehalfOf: OWNER });
              expect(found.conversationWith).toMatchObject({ guid: guid.toLowerCase() });
              const updated = await client.updateGroupConversation({ guid: asked, tags: groupTags, onBehalfOf: OWNER });
              expect(updated.tags).toEqual(groupTags);
              expect(server.store.conversationState(OWNER, { guid })?.tags).toEqual(groupTags);
              count('tag (update)', groupTags.length);
            })(),
          ]),
          'updates',
        );

        // Filter on tags: some that were set (the query filter takes 1..100 characters, comma-separated, so
        // no empty or comma tags here; see the it.fails below) and one arbitrary text.
        // Keyed by kind and id: a user and a group may share an id (both `-`, say).
        const tagged = [...partners.map(([uid, , tags]) => ({ id: `user:${uid.toLowerCase()}`, tags })), { id: `group:${guid.toLowerCase()}`, tags: groupTags }];
        const candidates = tagged.flatMap((t) => t.tags).filter((t) => t !== '' && !t.includes(','));
        const filter = [...new Set([...pick.flatMap((n) => (candidates.length ? [candidates[n % candidates.length]!] : [])), extraFilter])];
        const page = await within(10_000, client.listConversations({ onBehalfOf: OWNER, tags: filter, withTags: true, perPage: 100 }), 'list');
        count('tag (filter)', filter.length);
        const expected = tagged.filter((t) => t.tags.some((x) => filter.includes(x))).map((t) => t.id);
        const idOf = (c: Conversation) => (c.conversationType === 'user' ? `user:${c.conversationWith.uid}` : `group:${c.conversationWith.guid}`);
        expect(sorted(page.data.map(idOf))).toEqual(sorted(expected));
        for (const conversation of page.data) {
          const id = idOf(conversation);
          expect(conversation.tags).toEqual(tagged.find((t) => t.id === id)!.tags);
        }
      }),
      { numRuns: 90, seed: FC_SEED },
    );
  }, PROPERTY_TIMEOUT);

  it('names and search keys of any text (with a tags filter): listConversations finds exactly the expected conversations', async () => {
    const scenario = fc.record({
      people: fc.array(fc.tuple(text(100), fc.array(text(100).filter((s) => !s.includes(',')), { maxLength: 6, size: 'max' })), { minLength: 2, maxLength: 6, size: 'max' }),
      groupName: text(100),
      queries: fc.array(
        fc.record({
          // A piece of one of the names (code points from..to, maybe upper-cased), or any text.
          from: fc.record({ person: fc.nat(), start: fc.nat(), length: fc.integer({ min: 1, max: 6 }), upper: fc.boolean() }),
          other: text(40),
          useOther: fc.boolean(),
          withTag: fc.option(fc.nat(), { nil: undefined }),
        }),
        { minLength: 3, maxLength: 8, size: 'max' },
      ),
    });
    await fc.assert(
      fc.asyncProperty(scenario, async ({ people, groupName, queries }) => {
        const uids = people.map((_, i) => `person-${i}`);
        server.store.load({
          users: [{ uid: OWNER, name: 'Owner' }, ...people.map(([name], i) => ({ uid: uids[i]!, name }))],
          groups: [{ guid: 'the-group', name: groupName, owner: OWNER }],
          messages: [
            ...uids.map((uid) => ({ sender: uid, receiverType: 'user' as const, receiver: OWNER, text: 'hi' })),
            { sender: OWNER, receiverType: 'group', receiver: 'the-group', text: 'hello' },
          ],
          conversations: people.map(([, tags], i) => ({ uid: OWNER, with: { uid: uids[i]! }, tags })),
        });
        count('name', people.length + 1);
        count('tag (stored)', people.reduce((n, [, tags]) => n + tags.length, 0));
        const everyone = [...people.map(([name, tags], i) => ({ id: uids[i]!, name, tags })), { id: 'the-group', name: groupName, tags: [] as string[] }];
        const allTags = people.flatMap(([, tags]) => tags);

        await within(
          15_000,
          Promise.all(
            queries.map(async (query) => {
              const name = [...everyone[query.from.person % everyone.length]!.name];
              const start = query.from.start % name.length;
              let searchKey = query.useOther ? query.other : name.slice(start, start + query.from.length).join('');
              if (!query.useOther && query.from.upper) searchKey = searchKey.toUpperCase();
              const tags = query.withTag !== undefined && allTags.length ? [allTags[query.withTag % allTags.length]!] : undefined;
              const page = await client.listConversations({ onBehalfOf: OWNER, searchKey, ...(tags ? { tags } : {}), perPage: 100 });
              count('searchKey');
              if (tags) count('tag (filter)');
              // The documented rule: a case-insensitive substring of the user's or group's name, AND any of the tags.
              const expected = everyone
                .filter((e) => e.name.toLowerCase().includes(searchKey.toLowerCase()) && (!tags || e.tags.some((t) => tags.includes(t))))
                .map((e) => e.id);
              const got = page.data.map((c) => ('uid' in c.conversationWith ? c.conversationWith.uid : c.conversationWith.guid));
              expect(sorted(got), `searchKey ${JSON.stringify(searchKey)} tags ${JSON.stringify(tags)}`).toEqual(sorted(expected));
              expect(page.meta.pagination.total).toBe(expected.length);
            }),
          ),
          'queries',
        );
      }),
      { numRuns: 80, seed: FC_SEED },
    );
  }, PROPERTY_TIMEOUT);

  it(`generated at least ${MIN_VALUES.toLocaleString('en-US')} values in all`, () => {
    const total = Object.values(generated).reduce((a, b) => a + b, 0);
    console.log(`encoding: ${total.toLocaleString('en-US')} generated values`, generated);
    expect(total).toBeGreaterThanOrEqual(MIN_VALUES);
  });
});

// ---- values at the edges of the wire format --------------------------------------------------------

describe('encoding: edges', () => {
  // The spec serialises `tags` as `style: form, explode: false` (RFC 6570): items are joined by
  // literal commas, so an item cannot carry one (CometChat decodes, then splits: `a,b` would become two
  // tags). A tag with a comma can be stored (a JSON body carries it), but the filter refuses it.
  it('a tag containing a comma is stored exactly, and listConversations({ tags }) refuses it before sending', async () => {
    server.store.load('demo');
    const updated = await client.updateUserConversation({ uid: DEMO_UIDS[1], tags: ['a,b'] });
    expect(updated.tags).toEqual(['a,b']);
    const from = recorder.exchanges.length;
    const error = await rejectionOf(client.listConversations({ tags: ['a,b'], withTags: true }), 5_000);
    expect(error).toBeInstanceOf(CometChatArgumentError);
    expect((error as CometChatArgumentError).argument).toBe('tags');
    expect(recorder.exchanges.length, 'nothing is sent').toBe(from);
  });

  // A string that cannot be sent (a lone surrogate has no UTF-8 form for the URL; a header value must be
  // Latin-1) is refused as a bad argument naming it, before anything is sent, and is never retried.
  const unsendable = [
    ['a uid with a lone surrogate', 'uid', (c: CometChatClient<true>) => c.getUserConversation({ uid: 'a\ud800b' })],
    ['a searchKey with a lone surrogate', 'searchKey', (c: CometChatClient<true>) => c.listConversations({ searchKey: '\udfff' })],
    ['an onBehalfOf outside Latin-1', 'onBehalfOf', (c: CometChatClient<true>) => c.getUserConversation({ uid: DEMO_UIDS[1], onBehalfOf: '😀' })],
  ] as const;
  it.each(unsendable)('%s is a CometChatArgumentError naming %s, and nothing is sent', async (_, argument, call) => {
    let fetched = 0;
    const probe = createCometChatClient({ baseUrl: server.url, apiKey: DEMO_API_KEY, onBehalfOf: DEMO_UIDS[0], maxRetries: 2, fetch: (r, i) => (fetched++, fetch(r, i)) });
    const error = await rejectionOf(call(probe), 5_000);
    expect(fetched).toBe(0);
    expect(error).toBeInstanceOf(CometChatArgumentError);
    expect((error as CometChatArgumentError).argument).toBe(argument);
  });
});
