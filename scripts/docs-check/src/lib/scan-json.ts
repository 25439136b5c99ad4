// Finds JSON in exported page text by balanced-bracket scanning that respects JSON strings.
// Exports glue JSON to what precedes and follows it (`'{`, `}Authorizations`), and soft-wrap long
// lines, even inside strings; so no regex, and a line break inside a string is read as a wrap.

/** A line break inside a string is taken for a soft wrap; more than this many and it is not a string. */
const MAX_WRAPS_IN_STRING = 3;

const CLOSER: Record<string, string> = { '{': '}', '[': ']' };

/**
 * The index just past the bracket that closes the `{` or `[` at `start`, or -1 when the brackets do
 * not balance (a closer of the wrong kind, or the text ends first). Brackets inside JSON strings
 * (with their `\` escapes) do not count.
 */
export function findBalancedEnd(text: string, start: number): number {
  const first = text[start];
  if (first === undefined || !(first in CLOSER)) return -1;
  const expected: string[] = [];
  let inString = false;
  let wraps = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      else if (ch === '\n' && ++wraps > MAX_WRAPS_IN_STRING) return -1;
      continue;
    }
    if (ch === '"') {
      inString = true;
      wraps = 0;
    } else if (ch === '{' || ch === '[') {
      expected.push(CLOSER[ch]!);
    } else if (ch === '}' || ch === ']') {
      if (expected.pop() !== ch) return -1;
      if (expected.length === 0) return i + 1;
    }
  }
  return -1;
}

/** Removes line breaks (and the indentation after them) that sit inside JSON strings: soft wraps. */
export function unwrapStrings(json: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const ch = json[i]!;
    if (inString) {
      if (ch === '\\') {
        out += ch + (json[i + 1] ?? '');
        i++;
        continue;
      }
      if (ch === '"') inString = false;
      if (ch === '\r' || ch === '\n') {
        while (json[i + 1] === '\n' || json[i + 1] === '\r' || json[i + 1] === ' ' || json[i + 1] === '\t') i++;
        continue;
      }
    } else if (ch === '"') {
      inString = true;
    }
    out += ch;
  }
  return out;
}

export type JsonParse = { ok: true; value: unknown } | { ok: false; error: string };

/** JSON.parse, retried once with soft wraps inside strings removed. */
export function parseWrappedJson(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    try {
      return { ok: true, value: JSON.parse(unwrapStrings(text)) };
    } catch {
      return { ok: false, error: (error as Error).message };
    }
  }
}

export interface JsonBlock {
  start: number;
  /** Index just past the closing brace. */
  end: number;
  value: Record<string, unknown>;
}

export interface BrokenJsonBlock {
  start: number;
  end: number;
  error: string;
  /** The first characters of the block, for messages. */
  excerpt: string;
}

/** Whether a balanced `{...}` reads like a JSON object (and not like a path template such as `{uid}`). */
function looksLikeJsonObject(block: string): boolean {
  return /^\{\s*("|\}$)/.test(block);
}

/**
 * Every top-level JSON object in `text`, skipping the `skip` ranges (`[start, end)`, e.g. curl
 * samples). Balanced blocks that look like JSON but do not parse are returned in `broken`.
 */
export function findJsonObjects(
  text: string,
  skip: ReadonlyArray<readonly [number, number]> = [],
): { blocks: JsonBlock[]; broken: BrokenJsonBlock[] } {
  const blocks: JsonBlock[] = [];
  const broken: BrokenJsonBlock[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const skipped = skip.find(([from, to]) => open >= from && open < to);
    if (skipped) {
      i = skipped[1];
      continue;
    }
    const end = findBalancedEnd(text, open);
    if (end < 0) {
      i = open + 1;
      continue;
    }
    const source = text.slice(open, end);
    const parsed = parseWrappedJson(source);
    if (parsed.ok && parsed.value !== null && typeof parsed.value === 'object' && !Array.isArray(parsed.value)) {
      blocks.push({ start: open, end, value: parsed.value as Record<string, unknown> });
      i = end;
    } else if (looksLikeJsonObject(source)) {
      const error = parsed.ok ? 'not a JSON object' : parsed.error;
      broken.push({ start: open, end, error, excerpt: source.slice(0, 40).replace(/\s+/g, ' ') });
      i = end;
    } else {
      i = open + 1;
    }
  }
  return { blocks, broken };
}
