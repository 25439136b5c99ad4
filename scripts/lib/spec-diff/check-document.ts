// The shape a bundled document must have before it is compared, so that a wrong file (not OpenAPI,
// Swagger 2, a dangling `$ref`) fails with a message that says what is wrong instead of a crash or
// a nonsense diff.
import type { SpecDocument } from './dereference.ts';
import { child, isObject } from './json.ts';
import { HTTP_METHODS } from './compare-operations.ts';

const MAX_PROBLEMS = 5;

/** Problems with the document, as sentences; empty when it can be compared. */
export function documentProblems(document: SpecDocument): string[] {
  const root = document.root;
  if (typeof root.swagger === 'string') return [`it is Swagger ${root.swagger}; only OpenAPI 3.x is supported`];
  if (typeof root.openapi !== 'string' || !root.openapi.startsWith('3.')) return ['it has no `openapi: 3.x` field, so it is not an OpenAPI 3 document'];
  const problems: string[] = [];
  if (!isObject(root.info)) problems.push('`info` is missing');
  if (root.paths !== undefined && !isObject(root.paths)) problems.push('`paths` is not an object');
  problems.push(...document.brokenReferences());
  if (isObject(root.paths)) {
    for (const [path, rawItem] of Object.entries(root.paths)) {
      const pointer = child('/paths', path);
      if (!path.startsWith('/')) problems.push(`path ${JSON.stringify(path)} does not start with "/"`);
      const item = safeResolve(document, rawItem, pointer);
      if (!isObject(item)) {
        problems.push(`${pointer} is not a path item object`);
        continue;
      }
      for (const method of HTTP_METHODS) {
        if (item[method] === undefined) continue;
        const operation = safeResolve(document, item[method], child(pointer, method));
        if (!isObject(operation)) problems.push(`${child(pointer, method)} is not an operation object`);
        else if (!isObject(safeResolve(document, operation.responses, child(pointer, method, 'responses')))) problems.push(`${child(pointer, method)} has no \`responses\` object`);
      }
    }
  }
  return problems.length > MAX_PROBLEMS ? [...problems.slice(0, MAX_PROBLEMS), `and ${problems.length - MAX_PROBLEMS} more problems`] : problems;
}

function safeResolve(document: SpecDocument, node: Parameters<SpecDocument['resolve']>[0] | undefined, pointer: string): unknown {
  if (node === undefined) return undefined;
  try {
    return document.resolve(node, pointer).node;
  } catch {
    return undefined; // a broken reference, reported on its own
  }
}
