// Item 8 of issue 9: auto-pagination never drops data or loops. A malformed pagination block is an
// invalid response (not a silent end after page 1), a page that does not advance is an error (not a
// repeat of its items), and a caller bounds a walk by breaking out of it or with a signal.
import { describe, expect, it } from 'vitest';
import { CometChatAbortError, CometChatInvalidResponseError } from '../src/index.ts';
import { clientWith, conversation, json, rejection } from './helpers.ts';

const pageBody = (page: number, pagination: Record<string, unknown> | undefined, items = 2) => ({
  data: Array.from({ length: items }, (_, i) => conversation(`p${page}-${i}`)),
  ...(pagination === undefined ? {} : { meta: { pagination } }),
});
const pagination = (page: number, totalPages: number) => ({ total: totalPages * 2, count: 2, per_page: 2, current_page: page, total_pages: totalPages });

/** Collects what a full walk yields, and the error that ends it. */
async function walk(client: any, params: object = { perPage: 2 }) {
  const ids: string[] = [];
  try {
    for await (const c of client.listConversations(params)) ids.push(c.conversationId);
    return { ids, error: undefined };
  } catch (error) {
    return { ids, error };
  }
}

describe('malformed pagination blocks', () => {
  it.each([
    ['no meta.pagination', undefined],
    ['current_page missing', { total: 4, count: 2, per_page: 2, total_pages: 2 }],
    ['current_page a string', { ...pagination(1, 2), current_page: '1' }],
    ['current_page not an integer', { ...pagination(1, 2), current_page: 1.5 }],
    ['total_pages a string', { ...pagination(1, 2), total_pages: '2' }],
    ['total_pages not an integer', { ...pagination(1, 2), total_pages: 2.5 }],
    ['total_pages negative', { ...pagination(1, 2), total_pages: -1 }],
  ])('%s: an invalid response error, awaited or iterated (not a silent end after page 1)', async (_, block) => {
    const { client } = clientWith((request) => json(pageBody(Number(new URL(request.url).searchParams.get('page') ?? 1), block as never)));
    const awaited = await rejection(client.listConversations({ perPage: 2 }));
    expect(awaited).toBeInstanceOf(CometChatInvalidResponseError);
    expect(awaited.message).toContain('meta.pagination');
    const { ids, error } = await walk(client);
    expect(error).toBeInstanceOf(CometChatInvalidResponseError);
    expect(ids).toEqual([]);
  });

  it('a later page with a broken block ends the walk with an error after the good pages', async () => {
    const { client } = clientWith((request) => {
      const page = Number(new URL(request.url).searchParams.get('page'));
      return json(pageBody(page, page === 2 ? { ...pagination(2, 3), current_page: null } : pagination(page, 3)));
    });
    const { ids, error } = await walk(client);
    expect(ids).toEqual(['p1-0', 'p1-1']);
    expect(error).toBeInstanceOf(CometChatInvalidResponseError);
  });
});

describe('pages that do not advance', () => {
  it('a server that answers page 2 with page 1 again is an error, and no item is yielded twice', async () => {
    const { client, requests } = clientWith(() => json(pageBody(1, pagination(1, 5))));
    const { ids, error } = await walk(client);
    expect(ids).toEqual(['p1-0', 'p1-1']);
    expect(error).toBeInstanceOf(CometChatInvalidResponseError);
    expect((error as Error).message).toMatch(/page 2.*current_page 1|current_page 1.*page 2/);
    expect(requests).toHaveLength(2);
  });

  it('an awaited page that says it is another page is an error', async () => {
    const { client } = clientWith(() => json(pageBody(1, pagination(1, 5))));
    const error = await rejection(client.listConversations({ page: 3 }));
    expect(error).toBeInstanceOf(CometChatInvalidResponseError);
  });
});

describe('bounding a walk', () => {
  const huge = () => clientWith((request) => {
    const page = Number(new URL(request.url).searchParams.get('page'));
    return json(pageBody(page, pagination(page, 1e9)));
  });

  it('total_pages of 1e9: breaking out of the loop stops it', async () => {
    const { client, requests } = huge();
    let seen = 0;
    for await (const _ of client.listConversations({ perPage: 2 })) if (++seen === 10) break;
    expect(requests).toHaveLength(5);
  });

  it('total_pages of 1e9: a signal stops it', async () => {
    const { client, requests } = huge();
    const controller = new AbortController();
    const ids: string[] = [];
    const aborted = await (async () => {
      for await (const c of client.listConversations({ perPage: 2 }, { signal: controller.signal })) {
        ids.push(c.conversationId);
        if (ids.length === 6) controller.abort();
      }
    })().catch((e: unknown) => e);
    expect(aborted).toBeInstanceOf(CometChatAbortError);
    expect(ids).toHaveLength(6);
    expect(requests.length).toBeLessThan(10);
  });
});
