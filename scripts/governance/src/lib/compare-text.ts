// Text-only differences (descriptions, summaries, titles, examples, `x-` keys other than the ones
// that change the client's behaviour) between two objects that describe the same thing: fixes.
import type { Kind } from './classify.ts';
import type { RawChange } from './changes.ts';
import { equalDereferenced, type Located, type OpenApiDocument } from '@cometchat-rest/operation-model';
import { child, isObject } from '@cometchat-rest/operation-model';
import { code } from './markdown.ts';
import { isDocKeyword } from './normalize-schema.ts';

/** Text-only differences between two objects that describe the same thing (descriptions, examples, `x-` keys). */
export function textChanges(oldDocument: OpenApiDocument, before: Located, newDocument: OpenApiDocument, after: Located, name: string): RawChange[] {
  if (!isObject(before.node) || !isObject(after.node)) return [];
  const [was, is] = [before.node, after.node];
  const changes: RawChange[] = [];
  for (const key of new Set([...Object.keys(was), ...Object.keys(is)])) {
    if (!isDocKeyword(key) && key !== 'summary') continue;
    if (Object.hasOwn(was, key) && Object.hasOwn(is, key)) {
      // Examples may be `$ref`s to components/examples: compare what they point to.
      if (equalDereferenced(oldDocument, { node: was[key]!, pointer: child(before.pointer, key) }, newDocument, { node: is[key]!, pointer: child(after.pointer, key) })) continue;
    }
    changes.push({
      kind: textKind(key),
      location: Object.hasOwn(is, key) ? child(after.pointer, key) : child(before.pointer, key),
      message: `${name}: ${code(key)} ${Object.hasOwn(was, key) ? (Object.hasOwn(is, key) ? 'changed' : 'removed') : 'added'}`,
    });
  }
  return changes;
}

function textKind(key: string): Kind {
  if (key === 'summary') return 'summary-changed';
  if (key === 'title') return 'title-changed';
  if (key === 'example' || key === 'examples') return 'example-changed';
  if (key === 'externalDocs') return 'external-docs-changed';
  if (key.startsWith('x-')) return 'extension-changed';
  return 'description-changed';
}
