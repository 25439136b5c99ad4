// Fields a page shows that the spec does not name: the commonest docs change is a new field.
//
// The example JSON is walked with the schema: for each object key, some schema that applies to
// the object must name it (`properties`, a matching `patternProperties`, or an
// `additionalProperties` schema), following `$ref`, `allOf`, the `oneOf`/`anyOf` branches the value
// follows (schema-branches.ts) and `items`. A free-form object (`type: object` naming nothing, like
// `metadata`) may hold anything and is not walked.

import type { Finding } from './findings.ts';
import { childPointer, isObject, type CheckedSpec, type SpecOperation } from './openapi-document.ts';
import type { DocsPage } from './parse-page.ts';
import type { ParamEntry } from './parse-sections.ts';
import { chooseBranches } from './schema-branches.ts';
import { requestSchemaPointer, responseSchemaFor, schemaLabel } from './validate-examples.ts';

const NAMING_KEYWORDS = ['properties', 'patternProperties', 'additionalProperties'];
const COMPOSING_KEYWORDS = ['$ref', 'allOf', 'oneOf', 'anyOf', 'items', 'prefixItems', 'const', 'enum'];

/** The schema nodes that apply to `value`: the given ones and what they compose, branches as chosen. */
function applicable(spec: CheckedSpec, pointers: string[], value: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (pointer: string) => {
    if (seen.has(pointer)) return;
    seen.add(pointer);
    const node = spec.at(pointer);
    if (!isObject(node)) return;
    out.push(pointer);
    if (typeof node.$ref === 'string') visit(spec.refPointer(node.$ref));
    if (Array.isArray(node.allOf)) node.allOf.forEach((_, i) => visit(childPointer(pointer, 'allOf', i)));
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      if (Array.isArray(node[keyword])) chooseBranches(spec, pointer, keyword, value).forEach(visit);
    }
  };
  pointers.forEach(visit);
  return out;
}

/** A schema that allows any object and names nothing (`{type: object}`, `{}`). */
function isFreeForm(node: Record<string, unknown>): boolean {
  const allowsObjects =
    node.type === undefined || node.type === 'object' || (Array.isArray(node.type) && node.type.includes('object'));
  return allowsObjects && ![...NAMING_KEYWORDS, ...COMPOSING_KEYWORDS].some((keyword) => keyword in node);
}

/** JSON pointers (into `value`) of the keys no applicable schema names. */
export function findUnknownFields(spec: CheckedSpec, schemaPointer: string, value: unknown): string[] {
  const unknown: string[] = [];
  const walk = (item: unknown, pointers: string[], at: string, depth: number) => {
    if (depth > 64 || pointers.length === 0 || item === null || typeof item !== 'object') return;
    const nodes = applicable(spec, pointers, item).map((pointer) => ({ pointer, node: spec.at(pointer) as Record<string, unknown> }));
    if (Array.isArray(item)) {
      item.forEach((element, i) => {
        const children: string[] = [];
        for (const { pointer, node } of nodes) {
          if (Array.isArray(node.prefixItems) && i < node.prefixItems.length) children.push(childPointer(pointer, 'prefixItems', i));
          else if (isObject(node.items)) children.push(childPointer(pointer, 'items'));
        }
        walk(element, children, childPointer(at, i), depth + 1);
      });
      return;
    }
    if (nodes.some(({ node }) => isFreeForm(node))) return;
    if (!nodes.some(({ node }) => NAMING_KEYWORDS.some((keyword) => keyword in node))) return;
    for (const [key, child] of Object.entries(item)) {
      const children: string[] = [];
      let named = false;
      for (const { pointer, node } of nodes) {
        if (isObject(node.properties) && key in node.properties) {
          named = true;
          children.push(childPointer(pointer, 'properties', key));
        }
        if (isObject(node.patternProperties)) {
          for (const pattern of Object.keys(node.patternProperties)) {
            if (!new RegExp(pattern, 'u').test(key)) continue;
            named = true;
            children.push(childPointer(pointer, 'patternProperties', pattern));
          }
        }
      }
      if (!named) {
        for (const { pointer, node } of nodes) {
          if (node.additionalProperties === true) named = true;
          else if (isObject(node.additionalProperties)) {
            named = true;
            children.push(childPointer(pointer, 'additionalProperties'));
          }
        }
      }
      if (named) walk(child, children, childPointer(at, key), depth + 1);
      else unknown.push(childPointer(at, key));
    }
  };
  walk(value, [schemaPointer], '', 0);
  return unknown;
}

/** Every property name a schema names anywhere below it. */
export function namedProperties(spec: CheckedSpec, schemaPointer: string): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const visit = (node: unknown, pointer: string) => {
    if (seen.has(pointer)) return;
    seen.add(pointer);
    if (Array.isArray(node)) node.forEach((child, i) => visit(child, childPointer(pointer, i)));
    if (!isObject(node)) return;
    if (typeof node.$ref === 'string') {
      const target = spec.refPointer(node.$ref);
      visit(spec.at(target), target);
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === 'properties' && isObject(child)) {
        for (const [name, sub] of Object.entries(child)) {
          names.add(name);
          visit(sub, childPointer(pointer, key, name));
        }
      } else if (typeof child === 'object' && child !== null && !['enum', 'const', 'example', 'examples', 'default', 'required'].includes(key)) {
        visit(child, childPointer(pointer, key));
      }
    }
  };
  visit(spec.at(schemaPointer), schemaPointer);
  return names;
}

/** Fields in a section of the full form (Body, Response) that the schema names nowhere. */
function unknownSectionFields(spec: CheckedSpec, schemaPointer: string, entries: ParamEntry[], what: string): Finding[] {
  if (entries.length === 0) return [];
  // Nested fields are listed flat ("Show child attributes"), so a name counts as known when the
  // schema names it at any depth.
  const names = namedProperties(spec, schemaPointer);
  return entries
    .filter((entry) => !names.has(entry.name.replace(/\[\]$/, '').split('.').pop()!))
    .map((entry) => ({
      kind: 'unknown-field' as const,
      message: `the ${what} section lists field "${entry.name}", which ${schemaLabel(spec, schemaPointer)} does not name`,
    }));
}

/** Fields in the page's examples and Body/Response sections that the operation's schemas do not name. */
export function checkUnknownFields(spec: CheckedSpec, operation: SpecOperation, page: DocsPage): Finding[] {
  const findings: Finding[] = [];
  const contentType = page.request?.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? null;
  const requestPointer = requestSchemaPointer(operation, contentType);
  if (requestPointer !== null) {
    if (page.requestBody !== undefined) {
      for (const pointer of findUnknownFields(spec, requestPointer, page.requestBody)) {
        findings.push({ kind: 'unknown-field', subject: `request ${pointer}`, message: `request body field ${pointer} is not named by ${schemaLabel(spec, requestPointer)}` });
      }
    }
    findings.push(...unknownSectionFields(spec, requestPointer, page.sections.body, 'Body'));
  }
  for (const example of page.responseExamples) {
    const schema = responseSchemaFor(spec, operation, example);
    if (schema === null) continue;
    for (const pointer of findUnknownFields(spec, schema, example)) {
      findings.push({ kind: 'unknown-field', subject: `response ${pointer}`, message: `response example field ${pointer} is not named by ${schemaLabel(spec, schema)}` });
    }
  }
  if (operation.okResponseSchema !== null) {
    findings.push(...unknownSectionFields(spec, operation.okResponseSchema, page.sections.response, 'Response'));
  }
  return findings;
}
