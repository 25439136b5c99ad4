// listConversations: awaited, one page; iterated, every conversation of every page, fetched lazily.
import { describe, expect, it } from 'vitest';
import { CometChatInvalidResponseError } from '../src/index.ts';
import { clientWith, conversation, json } from './helpers.ts';

/** A stub API with `total` conversations, paged as CometChat pages them. */
function pagedApi(total: number) {
  return (request: Request) => {
    const url = new URL(request.url);
    const perPage = Number(url.searchParams.get('perPage') ?? 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const start = (page - 1) * perPage;
    const data = Array.from({ length: Math.max(0, Math.min(perPage, total - start)) }, (_, i) => conversation(`c${start + i}`));
    const totalPages = Math.max(1, Math.ceil(total / perPage));
    return json({ data, meta: { pagination: { total, count: data.length, per_page: perPage, current_page: page, total_pages: totalPages } } });
  };
}

describe('listConversations', () => {
  it('awaited, resolves to one page with data and meta', async () => {
    const { client, requests } = clientWith(pagedApi(5));
    const page = await client.listConversations({ perPage: 2 });
    expect(page.data.map((c) => c.conversationId)).toEqual(['c0', 'c1']);
    expect(page.meta.pagination).toEqual({ total: 5, count: 2, per_page: 2, current_page: 1, total_pages: 3 });
    expect(requests).toHaveLength(1);
  });

  it('iterated, yields every conversation of every page, in order', async () => {
    const { client, requests } = clientWith(pagedApi(5));
    const ids: string[] = [];
    for await (const c of client.listConversations({ perPage: 2, onBehalfOf: 'me' })) ids.push(c.conversationId);
    expect(ids).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    expect(requests.map((r) => r.url.searchParams.get('page'))).toEqual(['1', '2', '3']);
    expect(requests.every((r) => r.headers.get('onbehalfof') === 'me' && r.url.searchParams.get('perPage') === '2')).toBe(true);
  });

  it('starts the first page at once, and fetches the others lazily, one at a time', async () => {
    const { client, requests } = clientWith(pagedApi(10));
    const iterator = client.listConversations({ perPage: 3 })[Symbol.asyncIterator]();
    expect(requests).toHaveLength(1);
    await iterator.next();
    expect(requests).toHaveLength(1);
    await iterator.next();
    await iterator.next();
    expect(requests).toHaveLength(1);
    await iterator.next(); // the 4th conversation is on page 2
    expect(requests).toHaveLength(2);
  });

  it('stops fetching when the loop breaks', async () => {
    const { client, requests } = clientWith(pagedApi(1000));
    let seen = 0;
    for await (const _ of client.listConversations({ perPage: 10 })) if (++seen === 15) break;
    expect(requests).toHaveLength(2);
  });

  it('starts from the requested page and does not refetch an awaited page', async () => {
    const { client, requests } = clientWith(pagedApi(7));
    const call = client.listConversations({ perPage: 2, page: 3 });
    const first = await call;
    expect(first.data.map((c) => c.conversationId)).toEqual(['c4', 'c5']);
    const ids: string[] = [];
    for await (const c of call) ids.push(c.conversationId);
    expect(ids).toEqual(['c4', 'c5', 'c6']);
    expect(requests.map((r) => r.url.searchParams.get('page'))).toEqual(['3', '4']);
  });

  it('pages() yields whole pages', async () => {
    const { client } = clientWith(pagedApi(5));
    const sizes: number[] = [];
    for await (const page of client.listConversations({ perPage: 2 }).pages()) sizes.push(page.data.length);
    expect(sizes).toEqual([2, 2, 1]);
  });

  it('an empty list yields nothing, after one request', async () => {
    const { client, requests } = clientWith(pagedApi(0));
    const all = [];
    for await (const c of client.listConversations()) all.push(c);
    expect(all).toEqual([]);
    expect(requests).toHaveLength(1);
  });

  it('a server that does not advance pages cannot loop forever, nor repeat items', async () => {
    const { client, requests } = clientWith(() =>
      json({ data: [conversation()], meta: { pagination: { total: 50, count: 1, per_page: 1, current_page: 1, total_pages: 50 } } }),
    );
    const all: unknown[] = [];
    await expect(
      (async () => {
        for await (const c of client.listConversations({ perPage: 1 })) all.push(c);
      })(),
    ).rejects.toBeInstanceOf(CometChatInvalidResponseError);
    expect(requests).toHaveLength(2);
    expect(all).toHaveLength(1);
  });

  it('an error on a later page is thrown from the loop', async () => {
    let calls = 0;
    const { client } = clientWith((request) => (++calls === 2 ? json({ error: { code: 'ERR_EXCEPTION', message: 'boom' } }, 400) : pagedApi(4)(request)));
    const ids: string[] = [];
    await expect(
      (async () => {
        for await (const c of client.listConversations({ perPage: 2 })) ids.push(c.conversationId);
      })(),
    ).rejects.toMatchObject({ status: 400, code: 'ERR_EXCEPTION' });
    expect(ids).toEqual(['c0', 'c1']);
  });
});
