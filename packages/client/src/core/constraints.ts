// The spec's constraints on a parameter or body field, as the generated layer hands them over
// (generated from the spec by scripts/codegen), and the check of a value against them.

/**
 * What the spec allows for one value. `min`/`max` are `minLength`/`maxLength` for a string (in
 * characters, i.e. code points), `minItems`/`maxItems` for an array, `minimum`/`maximum` for a number.
 */
export type Rule = {
  /** The JSON types allowed (`integer` is a whole `number`). */
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: string;
  /** Each item of an array. */
  readonly items?: Rule;
  /** Alternatives (`anyOf`/`oneOf`): the value must meet one. */
  readonly any?: readonly Rule[];
  /** An item of a comma-separated (`explode: false`) list, which cannot carry a comma. */
  readonly noComma?: boolean;
  /** An object's fields that the spec describes, each checked when it is there. */
  readonly props?: { readonly [field: string]: Rule };
  /** An object's fields that must be there. */
  readonly required?: readonly string[];
};

const SURROGATE = /[\uD800-\uDFFF]/;

/** The JSON type of a value as JSON Schema names it, `integer` for whole numbers. */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : Number.isFinite(value) ? 'number' : 'infinite';
  return typeof value;
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : type === 'null' ? type : `a ${type}`);
const allows = (types: string | readonly string[], type: string) => (typeof types === 'string' ? types === type : types.includes(type));

/** `at` must be at least/most `limit` (characters, items or the number itself), naming the keyword. */
function bound(at: string, type: string, word: 'least' | 'most', limit: number): string {
  const unit = type === 'string' ? 'character' : type === 'array' ? 'item' : '';
  const keyword = `${word === 'least' ? 'min' : 'max'}${type === 'string' ? 'Length' : type === 'array' ? 'Items' : 'imum'}`;
  return `${at} must be at ${word} ${limit}${unit && ` ${unit}${limit === 1 ? '' : 's'}`} (${keyword} ${limit})`;
}

/** What is wrong with `value` under `rule` (named `at`), or undefined when it meets it. Allocates nothing when it does. */
export function violation(rule: Rule, value: unknown, at: string): string | undefined {
  const type = typeOf(value);
  const { type: types, min, max } = rule;
  if (types !== undefined && !allows(types, type) && !(type === 'integer' && allows(types, 'number'))) return `${at} must be ${([] as string[]).concat(types).map(article).join(' or ')}`;
  if (rule.enum && !rule.enum.includes(value)) return `${at} must be one of ${rule.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  if (rule.any && rule.any.every((alternative) => violation(alternative, value, at))) {
    // Say why each form refused it (`messageId must be at least 1 (minimum 1), or must match ...`).
    return rule.any.map((alternative, i) => (i === 0 ? '' : 'or ') + violation(alternative, value, at)!.slice(i === 0 ? 0 : at.length + 1)).join(', ');
  }
  if (min !== undefined || max !== undefined) {
    const size = type === 'string' ? (SURROGATE.test(value as string) ? [...(value as string)].length : (value as string).length) : type === 'array' ? (value as unknown[]).length : (value as number);
    if (min !== undefined && size < min) return bound(at, type, 'least', min);
    if (max !== undefined && size > max) return bound(at, type, 'most', max);
  }
  if (type === 'string') {
    if (rule.noComma && (value as string).includes(',')) return `${at} must not contain a comma: the list is sent comma-separated`;
    if (rule.pattern !== undefined && !new RegExp(rule.pattern, 'u').test(value as string)) return `${at} must match ${rule.pattern} (pattern)`;
  } else if (type === 'array' && rule.items) {
    for (let i = 0; i < (value as unknown[]).length; i++) {
      const found = violation(rule.items, (value as unknown[])[i], `${at}[${i}]`);
      if (found) return found;
    }
  } else if (type === 'object') {
    const fields = value as Record<string, unknown>;
    for (const field of rule.required ?? []) if (fields[field] === undefined) return `${at}.${field} must be sent`;
    for (const field in rule.props) {
      const found = fields[field] === undefined ? undefined : violation(rule.props[field]!, fields[field], `${at}.${field}`);
      if (found) return found;
    }
  }
  return undefined;
}
