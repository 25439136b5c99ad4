// Runs the corpus: every case is an edit of a copy of spec/, bundled (all copies in one Redocly
// run) and diffed in-process against the bundled original.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentProblems } from '../src/lib/check-document.ts';
import { SEVERITY } from '../src/lib/classify.ts';
import { diffDocuments, type SpecDiff } from '../src/lib/compare-documents.ts';
import type { OpenApiDocument } from '@cometchat-rest/operation-model';
import { tokens, valueAt } from '@cometchat-rest/operation-model';
import { CORPUS } from './corpus.ts';
import { bundleAll, SPEC_DIR, SpecCopies } from './patch-spec.ts';

const copies = new SpecCopies();
let original: OpenApiDocument;
let patched: OpenApiDocument[];

beforeAll(async () => {
  const roots = CORPUS.map((entry) => copies.create(entry.edits));
  const documents = await bundleAll([join(SPEC_DIR, 'openapi.yaml'), ...roots]);
  original = documents[0]!;
  patched = documents.slice(1);
}, 60_000);
afterAll(() => copies.dispose());

/** A well-formed RFC 6901 pointer: empty, or `/`-separated tokens where `~` only starts `~0` or `~1`. */
function isJsonPointer(pointer: string): boolean {
  return pointer === '' || (pointer.startsWith('/') && !/~(?![01])/.test(pointer));
}

describe('the corpus', () => {
  it('has at least 40 cases, each with a distinct name', async () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CORPUS.map((entry) => entry.name)).size).toBe(CORPUS.length);
  });

  it('covers every bump', async () => {
    expect(new Set(CORPUS.map((entry) => entry.bump))).toEqual(new Set(['none', 'patch', 'minor', 'major']));
  });

  it('compares the original with itself as none', async () => {
    expect(diffDocuments(original, original)).toEqual({ bump: 'none', changes: [] });
  });
});

describe.each(CORPUS.map((entry, i) => ({ ...entry, i })))('$bump: $name', ({ i, bump, kinds }) => {
  let diff: SpecDiff;
  beforeAll(async () => {
    expect(documentProblems(patched[i]!), 'the patched spec is a valid OpenAPI document').toEqual([]);
    diff = diffDocuments(original, patched[i]!);
  });

  it(`needs a ${bump} release`, async () => {
    expect(diff.bump, JSON.stringify(diff.changes, null, 2)).toBe(bump);
  });

  it('reports exactly the expected kinds', async () => {
    expect([...new Set(diff.changes.map((change) => change.kind))].sort(), JSON.stringify(diff.changes, null, 2)).toEqual([...kinds].sort());
  });

  it('gives each change the severity of its kind and a location that exists', async () => {
    for (const change of diff.changes) {
      expect(change.severity).toBe(SEVERITY[change.kind]);
      expect(change.message.length).toBeGreaterThan(10);
      expect(isJsonPointer(change.location), change.location).toBe(true);
      expect(() => tokens(change.location)).not.toThrow();
      // In the new document, or in the old one for what was removed.
      const inNew = valueAt(patched[i]!.root, change.location) !== undefined;
      const inOld = valueAt(original.root, change.location) !== undefined;
      expect(inNew || inOld, `${change.kind} at ${change.location}`).toBe(true);
      if (change.kind.endsWith('-removed')) expect(inOld, `${change.kind} at ${change.location} is in the old document`).toBe(true);
    }
  });

  it('finds a change when old and new are swapped, exactly when it finds one the right way round', async () => {
    // Undoing a change is a change too. Except for components: a new one is not reported (a $ref
    // split), a removed one is, so a case that adds or removes a component is not symmetric.
    const names = (document: OpenApiDocument): string => JSON.stringify(Object.values(document.root.components ?? {}).map((section) => Object.keys(section ?? {}).sort()));
    if (names(original) !== names(patched[i]!)) return;
    expect(diffDocuments(patched[i]!, original).changes.length === 0).toBe(diff.changes.length === 0);
  });
});
