// Spec text (names, enum values, patterns) reaches Markdown that people paste into PRs and that
// changesets copy into CHANGELOG.md. It only ever enters as a code span built here: control
// characters and line breaks are written as escapes (a raw newline could start a heading or end the
// list item), long text is cut, and the fence is longer than any run of backticks inside.

const MAX_LENGTH = 120;

/** `text` as one inline code span that nothing inside can break out of. */
export function code(text: string): string {
  let safe = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (ch) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  if (safe.length > MAX_LENGTH) safe = `${safe.slice(0, MAX_LENGTH - 1)}…`;
  if (safe === '') return '(empty)';
  const longestRun = Math.max(0, ...(safe.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = safe.startsWith('`') || safe.endsWith('`') || (safe.startsWith(' ') && safe.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${safe}${pad}${fence}`;
}

/** A JSON value from the spec (enum value, limit, default) as a code span: `"user"`, `25`. */
export function value(json: unknown): string {
  return code(json === undefined ? 'undefined' : JSON.stringify(json));
}

/** `a`, `b` and `c` (code spans), at most `max` of them, then "and N more". */
export function codeList(items: string[], max = 4): string {
  const shown = items.slice(0, items.length > max ? max - 1 : max).map(code);
  const rest = items.length - shown.length;
  if (rest > 0) shown.push(`${rest} more`);
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}
