// One user's conversations that show in their list, kept in list order (pinned ones first, then most
// recently updated first, then by the other side's id) in a B+ tree, so a change files one
// conversation anew in O(log n) and a page is read without sorting.
import * as sortedBtree from 'sorted-btree';
import type BTreeClass from 'sorted-btree';
import { compareStrings } from './ids.ts';
import type { ViewRecord } from './state.ts';

// A CommonJS module with `exports.default`: Node's ESM loader puts it under `.default.default`,
// bundlers (and tsx) under `.default`.
const loaded = sortedBtree as unknown as { default: typeof BTreeClass & { default?: typeof BTreeClass } };
const BTree = loaded.default.default ?? loaded.default;

/**
 * List order: the pin section (`listedRank`: global pins, own pins, the rest), then `listedAt`
 * descending, then the other side's id, then the rendered id, then the key.
 */
export function compareListed(a: ViewRecord, b: ViewRecord): number {
  return (
    a.listedRank! - b.listedRank! ||
    b.listedAt! - a.listedAt! ||
    compareStrings(a.withId, b.withId) ||
    compareStrings(a.conversation.id, b.conversation.id) ||
    compareStrings(a.conversation.key, b.conversation.key)
  );
}

export class ConversationList {
  readonly #tree = new BTree<ViewRecord, undefined>(undefined, compareListed);

  get size(): number {
    return this.#tree.size;
  }

  /** Files `view` under `listedAt` (already set on it). */
  add(view: ViewRecord): void {
    this.#tree.set(view, undefined);
  }

  /** Takes `view` out; call it before changing `listedAt`. */
  delete(view: ViewRecord): void {
    this.#tree.delete(view);
  }

  /** The views in list order. */
  *views(): IterableIterator<ViewRecord> {
    for (const view of this.#tree.keys()) yield view;
  }

  /** Up to `count` views from position `offset` on (skipping costs O(offset)). */
  slice(offset: number, count: number): ViewRecord[] {
    const out: ViewRecord[] = [];
    if (count <= 0 || offset >= this.#tree.size) return out;
    let index = 0;
    for (const view of this.#tree.keys()) {
      if (index++ < offset) continue;
      out.push(view);
      if (out.length === count) break;
    }
    return out;
  }
}
