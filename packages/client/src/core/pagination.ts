// Auto-pagination of a paged operation (`x-pagination`): await the call for one page, or iterate
// it for every item of every page. Pages are fetched lazily, one at a time, so memory holds one
// page. Where the items and the pagination block are comes from the spec.
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

  /** Every page from the requested one to the last. The first page is the awaited one, not fetched twice. */
  async *pages(): AsyncGenerator<Page, void, undefined> {
    let number = this.#firstPage;
    let { data: page } = await this.withResponse();
    for (;;) {
      yield page;
      const items = at(page, this.#pagination.items) as unknown[];
      const { total_pages: totalPages, current_page: currentPage } = at(page, this.#pagination.meta) as { total_pages: number; current_page?: unknown };
      // Stop at the last page, on an empty page, or if the server stops advancing (no endless loop).
      if (items.length === 0 || number >= totalPages || currentPage !== number) return;
      number += 1;
      ({ data: page } = await this.#fetchPage(number));
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.pages()) yield* at(page, this.#pagination.items) as Item[];
  }

  override get [Symbol.toStringTag](): string {
    return 'ConversationPagePromise';
  }
}
