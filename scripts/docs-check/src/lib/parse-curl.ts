// Reads the curl samples of an exported docs page: method, URL, headers and `--data` body.
//
// A sample runs from `curl` over `\`-continued lines. It ends at a line break that continues
// nothing, at the end of the text, or where the export glued the response JSON to it
// (`--header 'onBehalfOf: <onbehalfof>'{`). Quoted values may span lines (soft wraps).

export interface CurlHeader {
  name: string;
  value: string;
}

export interface CurlSample {
  method: string;
  url: string;
  headers: CurlHeader[];
  /** The raw `--data` argument, when there is one. */
  data: string | null;
  /** Where the sample starts (`curl`) and ends (exclusive) in the page text. */
  start: number;
  end: number;
}

interface Word {
  text: string;
  quoted: boolean;
}

const DATA_OPTIONS = new Set(['-d', '--data', '--data-raw', '--data-binary', '--data-ascii', '--json']);
const HEADER_OPTIONS = new Set(['-H', '--header']);
const METHOD_OPTIONS = new Set(['-X', '--request']);
/** Options that take a value we do not use; the value must still be skipped. */
const OTHER_VALUE_OPTIONS = new Set(['-u', '--user', '-o', '--output', '-A', '--user-agent', '-b', '--cookie', '-e', '--referer']);

/** Whether the line starting at `at` (after indentation) starts with a curl option. */
function lineStartsWithOption(text: string, at: number): boolean {
  return /^[ \t]*-{1,2}[A-Za-z]/.test(text.slice(at, at + 40));
}

/** Whether the line starting at `at` ends with a `\` continuation. */
function lineEndsWithContinuation(text: string, at: number): boolean {
  const eol = text.indexOf('\n', at);
  const line = text.slice(at, eol < 0 ? text.length : eol);
  return /\\[ \t]*\r?$/.test(line);
}

/** Index of the next line's start if `at` is a `\` continuation (`\` + optional blanks + newline). */
function continuationEnd(text: string, at: number): number {
  const match = /^\\[ \t]*\r?\n/.exec(text.slice(at, at + 8));
  return match ? at + match[0].length : -1;
}

/** Whether JSON (not a `{uid}` path template) starts at `at`: `{"`, `{` at a line end, `[{`, `[]`. */
function gluedJsonStarts(text: string, at: number): boolean {
  return /^(\{[ \t]*("|\r?\n)|\[[ \t]*[{\]"\r\n])/.test(text.slice(at, at + 4));
}

/** Splits the command that starts just after `curl` into shell-like words. */
function readWords(text: string, from: number): { words: Word[]; end: number } {
  const words: Word[] = [];
  let p = from;
  for (;;) {
    while (p < text.length && (text[p] === ' ' || text[p] === '\t' || text[p] === '\r')) p++;
    if (p >= text.length) return { words, end: p };
    const cont = continuationEnd(text, p);
    if (cont >= 0) {
      p = cont;
      continue;
    }
    if (text[p] === '\n') {
      // A line break without `\`: the sample goes on only when the next line is plainly more of it.
      if (lineStartsWithOption(text, p + 1)) {
        p++;
        continue;
      }
      return { words, end: p };
    }
    if ((text[p] === '{' || text[p] === '[') && words.length > 0) return { words, end: p };

    let word = '';
    let quoted = false;
    let gluedJson = false;
    while (p < text.length) {
      const ch = text[p]!;
      if (ch === "'") {
        const close = text.indexOf("'", p + 1);
        const stop = close < 0 ? text.length : close;
        word += text.slice(p + 1, stop);
        quoted = true;
        p = stop + 1;
        continue;
      }
      if (ch === '"') {
        let q = p + 1;
        while (q < text.length && text[q] !== '"') {
          if (text[q] === '\\' && q + 1 < text.length) q++;
          word += text[q];
          q++;
        }
        quoted = true;
        p = q + 1;
        continue;
      }
      if (ch === '\\' && continuationEnd(text, p) >= 0) break;
      if ((word !== '' || quoted) && gluedJsonStarts(text, p)) {
        gluedJson = true;
        break;
      }
      if (ch === ' ' || ch === '\t' || ch === '\r') break;
      if (ch === '\n') {
        // A soft wrap inside an unquoted word: the next line carries on the word and is itself
        // continued with `\` (or followed by an option line).
        const next = p + 1;
        const nextLine = text.slice(next, text.indexOf('\n', next) < 0 ? text.length : text.indexOf('\n', next));
        const carriesOn =
          /^\S+([ \t]+\\)?[ \t]*\r?$/.test(nextLine) &&
          !nextLine.startsWith('-') &&
          (lineEndsWithContinuation(text, next) || lineStartsWithOption(text, next + nextLine.length + 1));
        if (!carriesOn) break;
        p = next;
        continue;
      }
      word += ch;
      p++;
    }
    words.push({ text: word, quoted });
    if (gluedJson) return { words, end: p };
  }
}

/** Reads the curl sample whose `curl` keyword is at `start`. */
export function parseCurlAt(text: string, start: number): CurlSample {
  const { words, end } = readWords(text, start + 'curl'.length);
  let method: string | null = null;
  let url: string | null = null;
  let data: string | null = null;
  const headers: CurlHeader[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.text;
    const value = words[i + 1]?.text;
    if (!words[i]!.quoted && METHOD_OPTIONS.has(word) && value !== undefined) {
      method = value.trim().toUpperCase();
      i++;
    } else if (!words[i]!.quoted && word === '--url' && value !== undefined) {
      url = value;
      i++;
    } else if (!words[i]!.quoted && HEADER_OPTIONS.has(word) && value !== undefined) {
      // A wrapped header line: drop the breaks.
      const flat = value.replace(/[ \t]*\r?\n[ \t]*/g, '');
      const colon = flat.indexOf(':');
      if (colon > 0) headers.push({ name: flat.slice(0, colon).trim(), value: flat.slice(colon + 1).trim() });
      i++;
    } else if (!words[i]!.quoted && DATA_OPTIONS.has(word) && value !== undefined) {
      data = value;
      if (word === '--json' && !headers.some((h) => h.name.toLowerCase() === 'content-type')) {
        headers.push({ name: 'Content-Type', value: 'application/json' });
      }
      i++;
    } else if (!words[i]!.quoted && OTHER_VALUE_OPTIONS.has(word)) {
      i++;
    } else if (url === null && /^(https?:\/\/|\/)/i.test(word)) {
      url = word;
    }
  }
  return {
    method: method ?? (data !== null ? 'POST' : 'GET'),
    // URLs hold no whitespace: any there is a soft wrap.
    url: (url ?? '').replace(/\s+/g, ''),
    headers,
    data,
    start,
    end,
  };
}

/** Every curl sample in the text, in order. */
export function findCurlSamples(text: string): CurlSample[] {
  const samples: CurlSample[] = [];
  const keyword = /curl(?=[ \t]+(-|\\\r?\n)|[ \t]*\\\r?\n)/g;
  let match: RegExpExecArray | null;
  while ((match = keyword.exec(text)) !== null) {
    // `curl` must not be the tail of a longer word (e.g. in a URL or an identifier).
    const before = text[match.index - 1];
    if (before !== undefined && /[\w.\-/]/.test(before)) continue;
    const sample = parseCurlAt(text, match.index);
    samples.push(sample);
    keyword.lastIndex = Math.max(sample.end, match.index + 4);
  }
  return samples;
}
