// Auto-pagination of listConversations: await the call for one page, or iterate it for every
// conversation of every page. Pages are fetched lazily, one at a time, so memory holds one page.
import type { Conversation } from '@cometchat-rest/models';
import { APIPromise, type WithResponse } from './api-promise.ts';
import type { ConversationPage } from './results.ts';

/**
 * What `listConversations` returns: await it for one page (`{ data, meta }`), iterate it with
 * `for await` for every conversation of every page, or use `.pages()` for every page.
 */
export class ConversationPagePromise extends APIPromise<ConversationPage> implements AsyncIterable<Conversation> {
  readonly #fetchPage: (page: number) => Promise<WithResponse<ConversationPage>>;
  readonly #firstPage: number;

  constructor(fetchPage: (page: number) => Promise<WithResponse<ConversationPage>>, firstPage: number) {
    super(() => fetchPage(firstPage));
    this.#fetchPage = fetchPage;
    this.#firstPage = firstPage;
  }

  /** Every page from the requested one to the last. The first page is the awaited one, not fetched twice. */
  async *pages(): AsyncGenerator<ConversationPage, void, undefined> {
    let number = this.#firstPage;
    let { data: page } = await this.withResponse();
    for (;;) {
      yield page;
      const { total_pages: totalPages } = page.meta.pagination;
      // Stop at the last page, on an empty page, or if the server stops advancing (no endless loop).
      if (page.data.length === 0 || number >= totalPages || page.meta.pagination.current_page !== number) return;
      number += 1;
      ({ data: page } = await this.#fetchPage(number));
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Conversation, void, undefined> {
    for await (const page of this.pages()) yield* page.data;
  }

  override get [Symbol.toStringTag](): string {
    return 'ConversationPagePromise';
  }
}
