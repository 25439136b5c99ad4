// The headers a page sends (curl sample) and lists (Headers / Authorizations sections) against the
// headers the operation declares: header parameters plus the apiKey security scheme's header.
// Content-Type is checked against the media types of the operation's request body.

import type { Finding } from './findings.ts';
import type { SpecOperation } from './openapi-document.ts';
import type { DocsPage } from './parse-page.ts';

/** Headers any HTTP client may send; no operation declares them. */
const TRANSPORT_HEADERS = new Set(['accept', 'accept-encoding', 'user-agent', 'content-length', 'host', 'connection']);

interface DeclaredHeader {
  name: string;
  required: boolean;
}

function declaredHeaders(operation: SpecOperation): Map<string, DeclaredHeader> {
  const declared = new Map<string, DeclaredHeader>();
  for (const header of operation.securityHeaders) declared.set(header.name.toLowerCase(), header);
  for (const parameter of operation.parameters) {
    if (parameter.in === 'header') declared.set(parameter.name.toLowerCase(), { name: parameter.name, required: parameter.required });
  }
  return declared;
}

const optionality = (required: boolean) => (required ? 'required' : 'optional');

export function compareHeaders(operation: SpecOperation, page: DocsPage): Finding[] {
  const findings: Finding[] = [];
  const opName = `${operation.method} ${operation.path}`;
  const declared = declaredHeaders(operation);
  const undeclared = new Set<string>();
  const notDeclared = (name: string, how: string) => {
    if (undeclared.has(name.toLowerCase())) return;
    undeclared.add(name.toLowerCase());
    findings.push({ kind: 'header-not-declared', message: `the page ${how} header "${name}", which ${opName} does not declare` });
  };

  const sent = page.request?.headers ?? [];
  for (const header of sent) {
    const lower = header.name.toLowerCase();
    if (lower === 'content-type') {
      const mediaType = header.value.split(';')[0]!.trim().toLowerCase();
      if (operation.requestBody === null) {
        findings.push({ kind: 'header-not-declared', message: `the page sends "Content-Type: ${header.value}", but ${opName} takes no request body` });
      } else if (!(mediaType in operation.requestBody.content)) {
        findings.push({
          kind: 'content-type-mismatch',
          message: `the page sends "Content-Type: ${header.value}"; ${opName} accepts ${Object.keys(operation.requestBody.content).join(', ') || 'no media type'}`,
        });
      }
      continue;
    }
    if (TRANSPORT_HEADERS.has(lower)) continue;
    if (!declared.has(lower)) notDeclared(header.name, 'sends');
  }

  if (page.request !== null) {
    const sentNames = new Set(sent.map((header) => header.name.toLowerCase()));
    for (const [lower, header] of declared) {
      if (header.required && !sentNames.has(lower)) {
        findings.push({ kind: 'header-missing', message: `${opName} requires header "${header.name}", but the curl sample does not send it` });
      }
    }
  }

  for (const entry of [...page.sections.headers, ...page.sections.authorizations]) {
    const lower = entry.name.toLowerCase();
    if (lower === 'content-type' || TRANSPORT_HEADERS.has(lower)) continue;
    const spec = declared.get(lower);
    if (spec === undefined) {
      notDeclared(entry.name, 'lists');
    } else if (spec.required !== entry.required) {
      findings.push({
        kind: 'header-required-mismatch',
        message: `the page marks header "${entry.name}" ${optionality(entry.required)}; the spec declares it ${optionality(spec.required)} for ${opName}`,
      });
    }
  }
  return findings;
}
