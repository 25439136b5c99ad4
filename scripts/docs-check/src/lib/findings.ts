// What `docs:check` can report about one docs page, and the verdict of a page.

/** Every kind of disagreement between a docs page and the spec. */
export type FindingKind =
  // The page itself
  | 'no-request-sample' // no curl sample (nor a METHOD /path breadcrumb): the page documents nothing we can locate
  | 'conflicting-samples' // the page's curl samples disagree on method or path
  | 'invalid-example' // a block that looks like a JSON example does not parse
  // Which operation
  | 'unknown-operation' // the spec has no operation with this method and path
  | 'server-mismatch' // the curl URL's base is none of the spec's servers
  // Headers
  | 'header-not-declared' // the page sends or lists a header the operation does not declare
  | 'header-missing' // the operation requires a header the curl sample does not send
  | 'header-required-mismatch' // the page marks a header required where the spec says optional, or the reverse
  | 'content-type-mismatch' // Content-Type is not a media type of the operation's request body
  // Parameters
  | 'unknown-query-parameter' // a query parameter the operation does not declare
  | 'parameter-required-mismatch' // a query parameter whose requiredness differs
  // Bodies
  | 'request-body-not-declared' // the page sends a body to an operation that takes none
  | 'request-body-missing' // the operation requires a body the page does not send
  | 'request-body-invalid' // the request body example fails the request schema
  | 'response-not-declared' // the page shows a response example; the operation has no 200 JSON schema
  | 'response-invalid' // the response example fails the 200 schema
  | 'unknown-field' // an example (or a Body/Response section) names a field the schema does not name
  // CometChat's own OpenAPI file against the spec
  | 'operation-missing' // CometChat's file has an operation the spec lacks
  | 'operation-not-in-docs' // the spec has an operation CometChat's file lacks
  | 'parameter-missing' // CometChat's file declares a parameter the spec's operation lacks
  | 'parameter-not-in-docs' // the spec's operation declares a parameter CometChat's file lacks
  | 'parameter-type-mismatch' // a parameter's JSON type differs
  | 'request-body-field-missing' // CometChat's request body names a field the spec's does not
  | 'request-body-field-not-in-docs' // the spec's request body names a field CometChat's does not
  | 'request-body-required-mismatch' // a request body, or a field of it, is required in one and optional in the other
  | 'response-status-missing' // CometChat's file documents a response status the spec does not (nor a default)
  | 'response-field-missing' // CometChat's response schema names a field the spec's does not
  | 'example-rejected'; // an example of CometChat's file fails the spec's schema

export interface Finding {
  kind: FindingKind;
  message: string;
  /** What the finding is about, for matching explanations: a parameter (`query hideAgentic`), a field (`/data/pinnedBy`), a status. */
  subject?: string;
}

export type PageStatus = 'match' | 'drift' | 'unknown';

/** A finding that spec/docs-snapshots/explained.yaml explains, with the reason reviewed there. */
export interface ExplainedFinding extends Finding {
  reason: string;
}

export interface PageResult {
  /** The page's path as given on the command line (relative to the working directory). */
  file: string;
  /** Page title, when one was found (text report only). */
  title: string | null;
  /** `METHOD /path` of the spec operation the page documents, or null when there is none. */
  operation: string | null;
  operationId: string | null;
  status: PageStatus;
  findings: Finding[];
  /** Findings the explanations file explains: they do not make the page drift. */
  explained?: ExplainedFinding[];
}

/** The verdict of a page from its unexplained findings. */
export function statusOf(findings: Finding[]): PageStatus {
  if (findings.some((finding) => finding.kind === 'unknown-operation' || finding.kind === 'operation-missing')) return 'unknown';
  return findings.length === 0 ? 'match' : 'drift';
}

/** Drops repeated findings (repeated blocks in an export repeat their problems too). */
export function uniqueFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.kind}\u0000${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
