// Validates a page's request body against the operation's request schema and its response
// examples against the 200 schema (Ajv 2020 on the bundled document), and says where and why one
// fails.
//
// Ajv decides whether an example is valid. When it is not, Ajv's raw error list is of little use
// on a spec built from oneOf/allOf (every failed branch reports, e.g. "must have required property
// 'uid'" for a group conversation), so the failure is explained by walking the schema with the
// value: through `$ref` and `allOf`, into the `oneOf`/`anyOf` branch the value is meant to follow
// (see schema-branches.ts), down properties and items, to the keywords that reject it.

import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Finding } from './findings.ts';
import { childPointer, isObject, jsonType, type JsonObject, type CheckedSpec, type SpecOperation } from './openapi-document.ts';
import type { DocsPage } from './parse-page.ts';
import { chooseBranches } from './schema-branches.ts';

export interface SchemaProblem {
  /** JSON pointer into the example. */
  pointer: string;
  message: string;
}

/** Docs placeholders such as `<string>`: values, not data. */
const PLACEHOLDER = /^<[^<>\n]+>$/;

/** Keywords that hold subschemas; a leaf check leaves them out (the walk handles them). */
const SUBSCHEMA_KEYWORDS = [
  '$ref', '$dynamicRef', '$defs', 'definitions', 'allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else',
  'properties', 'patternProperties', 'additionalProperties', 'propertyNames', 'dependentSchemas',
  'unevaluatedProperties', 'items', 'prefixItems', 'contains', 'unevaluatedItems', 'discriminator',
];

const MAX_PROBLEMS_PER_EXAMPLE = 10;

function describe(value: unknown): string {
  const type = jsonType(value);
  if (type === 'object') return 'an object';
  if (type === 'array') return 'an array';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function reason(error: ErrorObject, value: unknown): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return `must be ${String(params.type).replace(/,/g, ' or ')} (found ${describe(value)})`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')} (found ${describe(value)})`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)} (found ${describe(value)})`;
    case 'additionalProperties':
      return `must not have property ${JSON.stringify(params.additionalProperty)}`;
    default:
      return `${error.message ?? `fails ${error.keyword}`} (found ${describe(value)})`;
  }
}

/** The node without its subschema keywords; `false` for additional properties/items keeps its meaning. */
function leafOf(node: JsonObject): JsonObject {
  const leaf: JsonObject = {};
  for (const [key, value] of Object.entries(node)) if (!SUBSCHEMA_KEYWORDS.includes(key)) leaf[key] = value;
  if (node.additionalProperties === false) {
    leaf.additionalProperties = false;
    if (isObject(node.properties)) leaf.properties = Object.fromEntries(Object.keys(node.properties).map((k) => [k, true]));
    if (isObject(node.patternProperties)) leaf.patternProperties = Object.fromEntries(Object.keys(node.patternProperties).map((k) => [k, true]));
  }
  if (node.items === false) {
    leaf.items = false;
    if (Array.isArray(node.prefixItems)) leaf.prefixItems = node.prefixItems.map(() => true);
  }
  return leaf;
}

/** Whether a placeholder stands for a value of a type the schema allows (`<integer>` for integer). */
function placeholderNamesType(placeholder: string, allowed: unknown): boolean {
  const named = placeholder.slice(1, -1).trim().toLowerCase();
  return String(allowed).split(',').some((type) => type.trim() === named);
}

class Explainer {
  /** How many failures were waived because the value was a placeholder. */
  private waived = 0;
  private readonly leafChecks = new Map<string, (value: unknown) => ErrorObject[]>();

  constructor(private readonly spec: CheckedSpec) {}

  explain(value: unknown, pointer: string, at: string, depth = 0): SchemaProblem[] {
    if (depth > 64 || this.spec.validates(pointer, value)) return [];
    const node = this.spec.at(pointer);
    if (node === false) return [{ pointer: at, message: 'is not allowed here' }];
    if (!isObject(node)) return [];
    const waivedBefore = this.waived;
    const problems: SchemaProblem[] = [];

    if (typeof node.$ref === 'string') problems.push(...this.explain(value, this.spec.refPointer(node.$ref), at, depth + 1));
    if (Array.isArray(node.allOf)) {
      node.allOf.forEach((_, i) => problems.push(...this.explain(value, childPointer(pointer, 'allOf', i), at, depth + 1)));
    }
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const branches = node[keyword];
      if (!Array.isArray(branches)) continue;
      const valid = branches.filter((_, i) => this.spec.validates(childPointer(pointer, keyword, i), value));
      if (valid.length === 0) {
        const candidates = chooseBranches(this.spec, pointer, keyword, value);
        problems.push(...this.best(candidates.map((branch) => this.explain(value, branch, at, depth + 1))));
      } else if (keyword === 'oneOf' && valid.length > 1) {
        problems.push({ pointer: at, message: `matches ${valid.length} of the oneOf alternatives; exactly one must match` });
      }
    }
    problems.push(...this.leafProblems(node, pointer, value, at));
    problems.push(...this.childProblems(node, pointer, value, at, depth));

    if (problems.length === 0 && this.waived === waivedBefore) {
      // Keywords the walk does not take apart (not, if/then/else, contains, ...): Ajv's own words.
      for (const error of this.spec.validator(pointer).errors ?? []) {
        problems.push({ pointer: at + error.instancePath, message: error.message ?? `fails ${error.keyword}` });
      }
    }
    return problems;
  }

  /** Of several branches' explanations, the one that got furthest into the value. */
  private best(explanations: SchemaProblem[][]): SchemaProblem[] {
    const depth = (problems: SchemaProblem[]) => Math.max(...problems.map((p) => p.pointer.split('/').length));
    let best: SchemaProblem[] | null = null;
    for (const problems of explanations) {
      if (problems.length === 0) return problems; // only placeholders stood in the way
      if (best === null || depth(problems) > depth(best) || (depth(problems) === depth(best) && problems.length < best.length)) {
        best = problems;
      }
    }
    return best ?? [];
  }

  private leafProblems(node: JsonObject, pointer: string, value: unknown, at: string): SchemaProblem[] {
    let check = this.leafChecks.get(pointer);
    if (!check) {
      check = this.spec.compile(leafOf(node));
      this.leafChecks.set(pointer, check);
    }
    const problems: SchemaProblem[] = [];
    const missing: string[] = [];
    for (const error of check(value)) {
      if (typeof value === 'string' && PLACEHOLDER.test(value)) {
        if (error.keyword !== 'type' || placeholderNamesType(value, (error.params as { type?: unknown }).type)) {
          this.waived++;
          continue;
        }
      }
      if (error.keyword === 'required') missing.push(JSON.stringify((error.params as { missingProperty: string }).missingProperty));
      else problems.push({ pointer: at, message: reason(error, value) });
    }
    if (missing.length > 0) {
      problems.unshift({ pointer: at, message: `must have required ${missing.length === 1 ? 'property' : 'properties'} ${missing.join(', ')}` });
    }
    return problems;
  }

  private childProblems(node: JsonObject, pointer: string, value: unknown, at: string, depth: number): SchemaProblem[] {
    const problems: SchemaProblem[] = [];
    if (isObject(value)) {
      const properties = isObject(node.properties) ? node.properties : {};
      const patterns = isObject(node.patternProperties) ? Object.keys(node.patternProperties) : [];
      for (const [key, child] of Object.entries(value)) {
        const here = childPointer(at, key);
        let named = false;
        if (key in properties) {
          named = true;
          problems.push(...this.explain(child, childPointer(pointer, 'properties', key), here, depth + 1));
        }
        for (const pattern of patterns) {
          if (!new RegExp(pattern, 'u').test(key)) continue;
          named = true;
          problems.push(...this.explain(child, childPointer(pointer, 'patternProperties', pattern), here, depth + 1));
        }
        if (!named && isObject(node.additionalProperties)) {
          problems.push(...this.explain(child, childPointer(pointer, 'additionalProperties'), here, depth + 1));
        }
      }
    } else if (Array.isArray(value)) {
      const prefix = Array.isArray(node.prefixItems) ? node.prefixItems.length : 0;
      value.forEach((item, i) => {
        const here = childPointer(at, i);
        if (i < prefix) problems.push(...this.explain(item, childPointer(pointer, 'prefixItems', i), here, depth + 1));
        else if (isObject(node.items)) problems.push(...this.explain(item, childPointer(pointer, 'items'), here, depth + 1));
      });
    }
    return problems;
  }
}

/** Why `value` fails the schema at `schemaPointer`, one problem per place; [] when it is valid. */
export function explainMismatch(spec: CheckedSpec, schemaPointer: string, value: unknown): SchemaProblem[] {
  const seen = new Set<string>();
  return new Explainer(spec).explain(value, schemaPointer, '').filter((problem) => {
    const key = `${problem.pointer} ${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `SingleConversation` for a `$ref` to a component schema, else the pointer. */
export function schemaLabel(spec: CheckedSpec, pointer: string): string {
  const node = spec.at(pointer);
  if (isObject(node) && typeof node.$ref === 'string') return node.$ref.replace(/^#\/components\/schemas\//, '');
  return pointer;
}

function problemFindings(kind: 'request-body-invalid' | 'response-invalid', what: string, problems: SchemaProblem[]): Finding[] {
  const side = kind === 'request-body-invalid' ? 'request' : 'response';
  const findings: Finding[] = problems.slice(0, MAX_PROBLEMS_PER_EXAMPLE).map((problem) => ({
    kind,
    subject: `${side} ${problem.pointer}`,
    message: `${what}: ${problem.pointer || '(root)'} ${problem.message}`,
  }));
  if (problems.length > MAX_PROBLEMS_PER_EXAMPLE) {
    findings.push({ kind, subject: `${side} (more)`, message: `${what}: ${problems.length - MAX_PROBLEMS_PER_EXAMPLE} more problems not shown` });
  }
  return findings;
}

/** The schema pointer for the page's request body: the media type it sends, else JSON. */
export function requestSchemaPointer(operation: SpecOperation, contentType: string | null): string | null {
  const content = operation.requestBody?.content ?? {};
  const wanted = contentType?.split(';')[0]!.trim().toLowerCase();
  if (wanted && wanted in content) return content[wanted] ?? null;
  const json = Object.keys(content).find((m) => /^application\/(.+\+)?json\b/.test(m));
  return json === undefined ? null : (content[json] ?? null);
}

/**
 * The schema a response example is checked against: the 200 schema, unless the example is an
 * error body (fails the 200 schema, passes one of the operation's error response schemas).
 */
export function responseSchemaFor(spec: CheckedSpec, operation: SpecOperation, example: unknown): string | null {
  const ok = operation.okResponseSchema;
  if (ok !== null && spec.validates(ok, example)) return ok;
  return operation.errorResponseSchemas.find((pointer) => spec.validates(pointer, example)) ?? ok;
}

/** Request body and response examples of the page against the operation's schemas. */
export function validateExamples(spec: CheckedSpec, operation: SpecOperation, page: DocsPage): Finding[] {
  const findings: Finding[] = [];
  const opName = `${operation.method} ${operation.path}`;
  const contentType = page.request?.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? null;

  if (page.requestBody !== undefined) {
    const pointer = requestSchemaPointer(operation, contentType);
    if (operation.requestBody === null) {
      findings.push({ kind: 'request-body-not-declared', message: `the curl sample sends a body, but ${opName} takes no request body` });
    } else if (pointer !== null) {
      const problems = explainMismatch(spec, pointer, page.requestBody);
      findings.push(...problemFindings('request-body-invalid', `request body does not match ${schemaLabel(spec, pointer)}`, problems));
    }
  } else if (operation.requestBody?.required) {
    findings.push({ kind: 'request-body-missing', message: `${opName} requires a request body; the curl sample sends none` });
  }

  page.responseExamples.forEach((example, i) => {
    const which = page.responseExamples.length > 1 ? `response example ${i + 1}` : 'response example';
    const pointer = responseSchemaFor(spec, operation, example);
    if (pointer === null) {
      findings.push({ kind: 'response-not-declared', message: `the page shows a ${which}, but ${opName} declares no JSON 200 response` });
      return;
    }
    const problems = explainMismatch(spec, pointer, example);
    findings.push(...problemFindings('response-invalid', `${which} does not match ${schemaLabel(spec, pointer)}`, problems));
  });
  return findings;
}
