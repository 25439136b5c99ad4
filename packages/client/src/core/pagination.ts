// Auto-pagination of a paged operation (`x-pagination`): await the call for one page, or iterate
// it for every item of every page. The first page starts with the call; the others are fetched
// lazily, one at a time, so memory holds one page. Where the items and the pagination block are
// comes from the spec. Every page is checked when it arrives (see unwrapPage): its pagination block
// is well formed and it is the page asked for, so a walk can neither end early nor repeat a page.
import type { Conversation } from '@cometchat-rest/models';
import { APIPromise, type WithResponse } from './api-promise.ts';
import type { PaginationSpec } from './operation.ts';
import { at, type ConversationPage } from './results.ts';

/**
 * What `listConversations` returns: await it for one page (`{ data, meta }`), iterate it with
 * `for await` for every conversation of every page, or use `.pages()` for every page.
 */
export class ConversationPagePromise<Item = Conversation, Page = ConversationPage> extends APIPromise<Page> implements AsyncIterable<Item> {
  readonly #fetchPage: (page: number) => Promise<WithResponse<Page>>;
  readonly #firstPage: number;
  readonly #pagination: PaginationSpec;

  constructor(fetchPage: (page: number) => Promise<WithResponse<Page>>, firstPage: number, pagination: PaginationSpec) {
    super(() => fetchPage(firstPage));
    this.#fetchPage = fetchPage;
    this.#firstPage = firstPage;
    this.#pagination = pagination;
  }

  /**
   * Every page from the requested one to the last (`total_pages`). The first page is the awaited one,
   * not fetched twice. A walk ends by itself at the last or an empty page; to bound it, break out
   * of the loop or abort the call's `signal`.
   */
  async *pages(): AsyncGenerator<Page, void, undefined> {
    let number = this.#firstPage;
    let { data: page } = await this.withResponse();
    for (;;) {
      yield page;
      const items = at(page, this.#pagination.items) as unknown[];
      const { total_pages: totalPages } = at(page, this.#pagination.meta) as { total_pages: number };
      if (items.length === 0 || number >= totalPages) return;
      number += 1;
      ({ data: page } = await this.#fetchPage(number));
    }
  }

  /** Every item of every page, in order (see `pages()`). */
  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.pages()) yield* at(page, this.#pagination.items) as Item[];
  }

  override get [Symbol.toStringTag](): string {
    return 'ConversationPagePromise';
  }
}
