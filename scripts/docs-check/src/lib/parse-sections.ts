// Reads the prose of an exported docs page (what is left once curl samples and JSON are cut out):
// the title, the `METHOD / path / ...` breadcrumb, and the parameter sections.
//
// Two forms of parameter section occur. The compact form (both real exports) gives only
// descriptions under "Headers", "Path Parameters", ...: nothing to compare. The full Mintlify form
// gives, per parameter, its name on one line, its type on the next, then markers such as
// `required` or `default: 100`, then the description:
//
//   Headers
//   ​
//   onBehalfOf
//   string
//   required
//   UID of the user on whose behalf the action is performed.

export type SectionName = 'authorizations' | 'headers' | 'path' | 'query' | 'cookies' | 'body' | 'response';

export interface ParamEntry {
  name: string;
  type: string;
  required: boolean;
}

export type PageSections = Record<SectionName, ParamEntry[]>;

export interface PageProse {
  title: string | null;
  /** `METHOD /path` read from the breadcrumb the export prints under the title, if any. */
  breadcrumb: { method: string; path: string } | null;
  sections: PageSections;
}

const HEADINGS: Record<string, SectionName> = {
  authorizations: 'authorizations',
  authorization: 'authorizations',
  headers: 'headers',
  'header parameters': 'headers',
  'path parameters': 'path',
  'query parameters': 'query',
  cookies: 'cookies',
  body: 'body',
  'request body': 'body',
  response: 'response',
  responses: 'response',
};

/** Page chrome: navigation, feedback widgets, the llms.txt banner. Never content. */
const CHROME: RegExp[] = [
  /^was this page helpful\??$/i,
  /^⌘\s*[ik]$/i,
  /^ctrl\s*\+?\s*[ik]$/i,
  /^documentation index$/i,
  /^fetch the complete documentation index at\b/i,
  /^use this file to discover all available pages\b/i,
  /^for the complete error reference, see\b/i,
  /^(yes|no)$/i,
  /^(suggest edits|raise issue|copy page|copy|on this page|powered by mintlify|ask ai|search\.{0,3}|previous|next)$/i,
  /^responses are generated using ai\b/i,
  /^(show|hide) child attributes$/i,
  /^try it$/i,
];

const METHODS = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/;

const TYPE = String.raw`(?:enum<[a-z]+>|(?:string|integer|number|boolean|object|array|file|any|null)(?:<[\w-]+>)?)(?:\[\])*(?:\s*\|\s*null)?`;
/** A type line, optionally with the required marker glued on (`string · required`, `stringrequired`). */
const TYPE_LINE = new RegExp(`^(${TYPE})(?:\\s*[·•|,-]?\\s*(required))?$`, 'i');
const NAME_LINE = /^[A-Za-z_$][\w$.\-[\]]*$/;
/** Lines between a parameter's type and its description. */
const MARKER_LINE = /^(required|optional|deprecated|header|query|path|cookie|(default|example|required range|available options|allowed values|minimum|maximum)\s*:.*)$/i;
/** "200 - application/json" and the like, in the Response section. */
const STATUS_LINE = /^([1-5](?:\d\d|XX))\s*-\s*\S+/i;

/** Trims a line and removes the zero-width spaces Mintlify puts before anchors. */
function clean(line: string): string {
  return line.replace(/[\u200b\u200c\u200d\ufeff]/g, '').trim();
}

export function isChrome(line: string): boolean {
  return CHROME.some((pattern) => pattern.test(line));
}

function emptySections(): PageSections {
  return { authorizations: [], headers: [], path: [], query: [], cookies: [], body: [], response: [] };
}

/** Reads `GET`, `/`, `users`, `/`, `{uid}`, ... lines at `start` as one path. */
function readBreadcrumb(lines: string[], start: number): { method: string; path: string; next: number } | null {
  const method = lines[start];
  if (method === undefined || !METHODS.test(method)) return null;
  let path = '';
  let i = start + 1;
  while (lines[i] === '/' && lines[i + 1] !== undefined && /^[\w{}<>:.\-~%]+$/.test(lines[i + 1]!)) {
    path += `/${lines[i + 1]}`;
    i += 2;
  }
  if (path === '' && lines[i] !== undefined && /^\/\S*$/.test(lines[i]!)) {
    // The path on one line: "GET" then "/users/{uid}/conversation".
    path = lines[i]!;
    i++;
  }
  return path === '' ? null : { method, path, next: i };
}

export function parseProse(prose: string): PageProse {
  const lines = prose
    .split('\n')
    .map(clean)
    .filter((line) => line !== '');
  const sections = emptySections();
  let title: string | null = null;
  let breadcrumb: PageProse['breadcrumb'] = null;
  let section: SectionName | null = null;
  /** In the Response section, only the fields of a 2xx response are collected. */
  let responseStatusOk = true;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isChrome(line)) {
      section = null;
      continue;
    }
    const heading = HEADINGS[line.toLowerCase()];
    if (heading !== undefined) {
      section = heading;
      responseStatusOk = true;
      continue;
    }
    const crumb = readBreadcrumb(lines, i);
    if (crumb) {
      breadcrumb ??= { method: crumb.method, path: crumb.path };
      i = crumb.next - 1;
      continue;
    }
    if (section === null) {
      title ??= line;
      continue;
    }
    if (section === 'response') {
      const status = STATUS_LINE.exec(line);
      if (status) {
        responseStatusOk = status[1]!.startsWith('2');
        continue;
      }
    }
    const typeLine = lines[i + 1] === undefined ? null : TYPE_LINE.exec(lines[i + 1]!);
    if (!NAME_LINE.test(line) || typeLine === null) continue; // a description (the compact form)
    let required = typeLine[2] !== undefined;
    let j = i + 2;
    while (j < lines.length && MARKER_LINE.test(lines[j]!)) {
      if (lines[j]!.toLowerCase() === 'required') required = true;
      j++;
    }
    if (section !== 'response' || responseStatusOk) {
      sections[section].push({ name: line, type: typeLine[1]!, required });
    }
    i = j - 1;
  }
  return { title, breadcrumb, sections };
}
