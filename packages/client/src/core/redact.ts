// Keeps the API key out of everything the client hands back: texts from the server can echo it
// (CometChat's AUTH_ERR_NO_ACCESS message names the key it refused).
const REDACTED = '[redacted]';

export function redact<T>(value: T, secret: string): T {
  if (secret === '') return value;
  if (typeof value === 'string') return value.split(secret).join(REDACTED) as T;
  if (Array.isArray(value)) return value.map((item) => redact(item, secret)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [redact(key, secret), redact(item, secret)])) as T;
  }
  return value;
}

/** Redaction of one key: of values, and of response text before it is parsed. */
export type Redactor = {
  value<T>(value: T): T;
  text(text: string): string;
};

export function createRedactor(secret: string): Redactor {
  // The key as it would appear inside a JSON string, to redact response text before parsing it.
  const escaped = JSON.stringify(secret).slice(1, -1);
  return {
    value: (value) => redact(value, secret),
    text: (text) => (text.includes(secret) || text.includes(escaped) ? redact(text, secret).split(escaped).join(REDACTED) : text),
  };
}
