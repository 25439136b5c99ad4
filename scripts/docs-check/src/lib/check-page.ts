// Checks one docs page against the spec: locates the operation, then compares headers, query
// parameters, the request body and the response examples.

import { compareHeaders } from './compare-headers.ts';
import { uniqueFindings, type Finding, type PageResult } from './findings.ts';
import { locateOperation } from './locate-operation.ts';
import type { CheckedSpec } from './openapi-document.ts';
import { parsePage } from './parse-page.ts';
import { checkUnknownFields } from './unknown-fields.ts';
import { checkQueryParameters } from './unknown-parameters.ts';
import { validateExamples } from './validate-examples.ts';

export function checkPage(spec: CheckedSpec, file: string, text: string): PageResult {
  const page = parsePage(text);
  const findings: Finding[] = page.problems.map((problem) => ({ kind: problem.kind, message: problem.message }));
  const base = { file, title: page.title };

  const method = page.request?.method ?? page.breadcrumb?.method ?? null;
  const url = page.request?.url || page.breadcrumb?.path || null;
  if (method === null || url === null) {
    findings.unshift({
      kind: 'no-request-sample',
      message: 'the page has no curl sample (nor a METHOD / path breadcrumb), so it names no operation',
    });
    return { ...base, operation: null, operationId: null, status: 'unknown', findings: uniqueFindings(findings) };
  }

  const located = locateOperation(spec, method, url);
  findings.unshift(...located.findings);
  const operation = located.operation;
  if (operation === null) {
    return { ...base, operation: null, operationId: null, status: 'unknown', findings: uniqueFindings(findings) };
  }

  findings.push(
    ...compareHeaders(operation, page),
    ...checkQueryParameters(operation, page, located.target.query),
    ...validateExamples(spec, operation, page),
    ...checkUnknownFields(spec, operation, page),
  );
  const unique = uniqueFindings(findings);
  return {
    ...base,
    operation: `${operation.method} ${operation.path}`,
    operationId: operation.operationId,
    status: unique.length === 0 ? 'match' : 'drift',
    findings: unique,
  };
}
