// Query parameters a page names (in the curl URL or a "Query Parameters" section) against the
// operation's declared query parameters.

import type { Finding } from './findings.ts';
import type { SpecOperation } from './openapi-document.ts';
import type { DocsPage } from './parse-page.ts';

/** `tags[]=a` names `tags`. */
function baseName(name: string): string {
  return name.replace(/\[\]$/, '');
}

export function checkQueryParameters(operation: SpecOperation, page: DocsPage, urlQuery: string[]): Finding[] {
  const findings: Finding[] = [];
  const opName = `${operation.method} ${operation.path}`;
  const declared = new Map(operation.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]));
  const reported = new Set<string>();
  const unknown = (name: string, where: string) => {
    if (reported.has(name)) return;
    reported.add(name);
    findings.push({ kind: 'unknown-query-parameter', message: `the page's ${where} names query parameter "${name}", which ${opName} does not declare` });
  };

  for (const name of urlQuery.map(baseName)) if (!declared.has(name)) unknown(name, 'curl URL');
  for (const entry of page.sections.query) {
    const name = baseName(entry.name);
    const spec = declared.get(name);
    if (spec === undefined) unknown(name, 'Query Parameters section');
    else if (spec.required !== entry.required) {
      findings.push({
        kind: 'parameter-required-mismatch',
        message: `the page marks query parameter "${name}" ${entry.required ? 'required' : 'optional'}; the spec declares it ${spec.required ? 'required' : 'optional'} for ${opName}`,
      });
    }
  }
  return findings;
}
