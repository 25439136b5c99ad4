// Which spec operation a page documents, from the method and URL of its curl sample.
//
// The URL's base is matched against the spec's servers with their variables (`{appId}` matches
// `{appid}`, `{app-id}` or a real app id); the rest is matched segment by segment: literal to
// literal, template to template, whatever the template is called (`{groupId}` matches `{guid}`).

import type { Finding } from './findings.ts';
import { isObject, type CheckedSpec, type SpecOperation } from './openapi-document.ts';

export interface RequestTarget {
  /** The path after the server base, as the page writes it (`/users/{uid}/conversation`). */
  path: string;
  /** Names of the query parameters in the URL. */
  query: string[];
  /** Whether the URL's base is one of the spec's servers. */
  serverMatched: boolean;
}

export interface Located {
  operation: SpecOperation | null;
  target: RequestTarget;
  findings: Finding[];
}

/** `{appId}`, `:uid` and `<uid>` are path templates. */
function isTemplate(segment: string): boolean {
  return /^\{[^{}]*\}$/.test(segment) || /^:[A-Za-z_]\w*$/.test(segment) || /^<[^<>]*>$/.test(segment);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular expression for a server URL, its `{variables}` matching any value or template. */
function serverPattern(url: string): RegExp {
  const source = url
    .replace(/\/+$/, '')
    .split(/(\{[^{}]*\})/)
    .map((part, i) => (i % 2 === 1 ? String.raw`(?:\{[^{}/]*\}|[^/.?#{}]+)` : escapeRegExp(part)))
    .join('');
  return new RegExp(`^${source}(?=[/?#]|$)`, 'i');
}

function normalizePath(path: string): string {
  const collapsed = `/${path}`.replace(/\/{2,}/g, '/');
  return collapsed.length > 1 ? collapsed.replace(/\/$/, '') : collapsed;
}

/** Splits a curl URL into the path after the server base and the query parameter names. */
export function splitUrl(url: string, serverUrls: string[]): RequestTarget {
  const hashless = url.replace(/#.*$/, '');
  const queryAt = hashless.indexOf('?');
  const base = queryAt < 0 ? hashless : hashless.slice(0, queryAt);
  const query = queryAt < 0 ? [] : hashless.slice(queryAt + 1).split('&').filter((pair) => pair !== '').map((pair) => {
    const name = pair.split('=')[0]!;
    try {
      return decodeURIComponent(name);
    } catch {
      return name;
    }
  });

  for (const server of serverUrls) {
    const match = serverPattern(server).exec(base);
    if (match) return { path: normalizePath(base.slice(match[0].length)), query, serverMatched: true };
  }
  // No server matched: drop scheme and host, then any server path prefix (such as /v3).
  let path = base.replace(/^[a-z][\w+.-]*:\/\/[^/]*/i, '');
  for (const server of serverUrls) {
    const serverPath = server.replace(/^[a-z][\w+.-]*:\/\/[^/]*/i, '').replace(/\/+$/, '');
    if (serverPath !== '' && path.toLowerCase().startsWith(`${serverPath.toLowerCase()}/`)) {
      path = path.slice(serverPath.length);
      break;
    }
  }
  return { path: normalizePath(path), query, serverMatched: false };
}

/** Whether a page path (`/groups/{groupId}/conversation`) is a spec path (`/groups/{guid}/conversation`). */
export function samePath(pagePath: string, specPath: string): boolean {
  const page = pagePath.split('/');
  const spec = specPath.split('/');
  if (page.length !== spec.length) return false;
  return page.every((segment, i) => {
    const other = spec[i]!;
    return isTemplate(segment) ? isTemplate(other) : !isTemplate(other) && segment === other;
  });
}

export function serverUrls(spec: CheckedSpec): string[] {
  const servers = Array.isArray(spec.doc.servers) ? spec.doc.servers : [];
  return servers.filter(isObject).flatMap((server) => (typeof server.url === 'string' ? [server.url] : []));
}

/** The operation a method and URL (or a bare path) name, with findings when there is none. */
export function locateOperation(spec: CheckedSpec, method: string, url: string): Located {
  const servers = serverUrls(spec);
  const target = splitUrl(url, servers);
  const upper = method.toUpperCase();
  const findings: Finding[] = [];
  const isAbsolute = /^[a-z][\w+.-]*:\/\//i.test(url);
  if (isAbsolute && !target.serverMatched && servers.length > 0) {
    findings.push({
      kind: 'server-mismatch',
      message: `the curl URL ${url.replace(/[?#].*$/, '')} is not under the spec's server ${servers.join(' or ')}`,
    });
  }
  const samePathOps = spec.operations.filter((op) => samePath(target.path, op.path));
  const operation = samePathOps.find((op) => op.method === upper) ?? null;
  if (operation === null) {
    const others = samePathOps.map((op) => op.method);
    findings.push({
      kind: 'unknown-operation',
      message:
        `${upper} ${target.path} is not an operation of the spec` +
        (others.length > 0 ? ` (the spec has ${others.join(', ')} ${samePathOps[0]!.path})` : ''),
    });
  }
  return { operation, target, findings };
}
