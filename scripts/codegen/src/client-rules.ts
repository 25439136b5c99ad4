// The spec's constraints on one parameter or body field, as the compact rule the client's core checks
// before sending (packages/client/src/core/constraints.ts): the JSON types, `enum`/`const`, the
// bounds (`minimum`/`maximum`, `minLength`/`maxLength` or `minItems`/`maxItems`, as `min`/`max`),
// `pattern`, `items`, `anyOf`/`oneOf` as alternatives, and an object's `properties` and `required`. Read through `$ref`s of the bundled
// document. Keywords the client does not check (`format`, `uniqueItems`, ...) are left to the server.
import { isObject, type Json, type JsonObject, type OpenApiDocument } from '@cometchat-rest/operation-model';

/** The rule as the core's `Rule` type spells it; key order is fixed, so the output is reproducible. */
export type RuleData = {
  type?: string | string[];
  enum?: Json[];
  min?: number;
  max?: number;
  pattern?: string;
  items?: RuleData;
  any?: RuleData[];
  noComma?: true;
  props?: Record<string, RuleData>;
  required?: string[];
};

const BOUNDS: [min: string, max: string][] = [
  ['minimum', 'maximum'],
  ['minLength', 'maxLength'],
  ['minItems', 'maxItems'],
];

/**
 * The rule of the schema at `pointer`. `where` names it in errors; `commaSeparated` marks the items
 * of a `form`/`explode: false` array, which cannot carry a comma. Throws on what the client cannot
 * represent (two kinds of bound on one schema, a bound that is not a number).
 */
export function ruleOf(document: OpenApiDocument, pointer: string, where: string, commaSeparated = false): RuleData {
  const located = document.at(pointer);
  if (!located) throw new Error(`${where}: no schema at ${pointer}`);
  return ruleOfNode(document, document.resolve(located.node, pointer).node, where, commaSeparated, 0);
}

function ruleOfNode(document: OpenApiDocument, node: Json, where: string, commaSeparated: boolean, depth: number): RuleData {
  if (depth > 16) throw new Error(`${where}: the schema nests too deeply (a recursive schema?)`);
  if (!isObject(node)) return {};
  const schema = node as JsonObject;
  const rule: RuleData = {};
  if (typeof schema.type === 'string') rule.type = schema.type;
  else if (Array.isArray(schema.type)) rule.type = schema.type.filter((t): t is string => typeof t === 'string');
  if (Array.isArray(schema.enum)) rule.enum = schema.enum;
  else if ('const' in schema) rule.enum = [schema.const!];
  const bounds = BOUNDS.filter(([min, max]) => min in schema || max in schema);
  if (bounds.length > 1) throw new Error(`${where}: the client checks one kind of bound per schema, not ${bounds.flat().filter((k) => k in schema).join(' and ')}`);
  for (const [min, max] of bounds) {
    for (const [keyword, key] of [[min, 'min'], [max, 'max']] as const) {
      const value = schema[keyword];
      if (value === undefined) continue;
      if (typeof value !== 'number') throw new Error(`${where}: ${keyword} must be a number`);
      rule[key] = value;
    }
  }
  if (typeof schema.pattern === 'string') rule.pattern = schema.pattern;
  if (schema.items !== undefined) {
    const items = document.resolve(schema.items, '').node;
    rule.items = ruleOfNode(document, items, `${where} items`, commaSeparated, depth + 1);
  } else if (commaSeparated && depth > 0) rule.noComma = true;
  const alternatives = Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : undefined;
  if (alternatives) rule.any = alternatives.map((alternative, i) => ruleOfNode(document, document.resolve(alternative, '').node, `${where} alternative ${i + 1}`, commaSeparated, depth + 1));
  if (isObject(schema.properties)) {
    const props = Object.entries(schema.properties).map(([field, property]) => [field, ruleOfNode(document, document.resolve(property, '').node, `${where}.${field}`, false, depth + 1)] as const);
    if (props.length > 0) rule.props = Object.fromEntries(props);
  }
  if (Array.isArray(schema.required) && schema.required.length > 0) rule.required = schema.required.filter((field): field is string => typeof field === 'string');
  return rule;
}
