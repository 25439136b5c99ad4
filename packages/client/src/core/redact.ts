// Keeps the API key out of everything the client hands back or logs. Texts from the server can echo
// it (CometChat's AUTH_ERR_NO_ACCESS message names the key it refused), and so can errors thrown by a
// custom fetch, their causes, bodies that spell it with \u00XX escapes, and response headers. Every
// error leaves the client through `error()`, which redacts every string reachable from it.
const REDACTED = '[redacted]';
/** Deeper than this, a structure is cut rather than walked (a 100,000-deep body would overflow the stack). */
const MAX_DEPTH = 64;

export type Redactor = {
  /** `text` with the key (and the key as it appears inside a JSON string) replaced. */
  text(text: string): string;
  /** A body's text for a log line: `text()`, and re-serialized when its JSON spells the key with escapes. */
  body(text: string): string;
  /**
   * `error` itself when the key is nowhere in it; otherwise a copy (same prototype, same fields) whose
   * every reachable string is redacted: message, stack, body, details, response headers, causes.
   */
  error<T>(error: T): T;
};

type Visit = (value: unknown, depth: number) => unknown;

/** Reads a property, getters included (an error's `stack` may be one); a throwing getter reads as undefined. */
function read(value: object, key: PropertyKey): unknown {
  try {
    return (value as Record<PropertyKey, unknown>)[key];
  } catch {
    return undefined;
  }
}

export function createRedactor(secret: string): Redactor {
  const forms = [...new Set([secret, JSON.stringify(secret).slice(1, -1)])];
  const has = (text: string) => forms.some((form) => text.includes(form));
  const text = (value: string) => (has(value) ? forms.reduce((result, form) => result.split(form).join(REDACTED), value) : value);

  /** Whether the key can be reached from `value` (assumed, past MAX_DEPTH). */
  const reaches = (value: unknown, depth: number, seen: Set<object>): boolean => {
    if (typeof value === 'string') return has(value);
    if (typeof value !== 'object' || value === null || seen.has(value)) return false;
    if (depth > MAX_DEPTH) return true;
    seen.add(value);
    if (value instanceof Headers) return [...value].some(([name, content]) => has(name) || has(content));
    if (value instanceof Response || value instanceof Request) return reaches(value.headers, depth, seen) || has(value.url);
    return Reflect.ownKeys(value).some((key) => (typeof key === 'string' && has(key)) || reaches(read(value, key), depth + 1, seen));
  };

  const copy = (value: unknown, depth: number, copies: Map<object, unknown>): unknown => {
    if (typeof value === 'string') return text(value);
    if (typeof value !== 'object' || value === null) return value;
    if (depth > MAX_DEPTH) return '[nested too deep]';
    if (copies.has(value)) return copies.get(value);
    if (!reaches(value, depth, new Set())) return value;
    const visit: Visit = (item, level) => copy(item, level, copies);
    if (value instanceof Headers) return new Headers([...value].map(([name, content]): [string, string] => [text(name), text(content)]));
    if (value instanceof Response) {
      try {
        return new Response(null, { status: value.status, statusText: value.statusText, headers: visit(value.headers, depth) as Headers });
      } catch {
        return undefined; // a status no Response can be built with (0): drop it rather than keep the key
      }
    }
    // A request carries the key in its headers: what is left of it is its method and URL.
    if (value instanceof Request) return { method: value.method, url: text(value.url) };
    // Arrays, errors and plain objects keep their prototype; anything else (an object with internal
    // slots, which a copy would break) becomes a plain object of its own properties.
    const prototype = Object.getPrototypeOf(value);
    const keeps = Array.isArray(value) || value instanceof Error || prototype === Object.prototype || prototype === null;
    const result = Array.isArray(value) ? [] : Object.create(keeps ? prototype : Object.prototype);
    copies.set(value, result);
    for (const key of Reflect.ownKeys(value)) {
      const { enumerable, writable = true, configurable } = Object.getOwnPropertyDescriptor(value, key)!;
      const item = visit(read(value, key), depth + 1);
      Object.defineProperty(result, typeof key === 'string' ? text(key) : key, { value: item, enumerable, writable, configurable: configurable || key !== 'length' });
    }
    return result;
  };

  return {
    text,
    body: (body) => {
      if (!body.includes('\\u')) return text(body);
      try {
        const parsed: unknown = JSON.parse(body);
        if (reaches(parsed, 0, new Set())) return JSON.stringify(copy(parsed, 0, new Map()));
      } catch {
        // not JSON: the text form is all there is
      }
      return text(body);
    },
    error: (error) => copy(error, 0, new Map()) as typeof error,
  };
}
