// How docs:check reports: the JSON document (`--json`), a readable report, and the exit code.

import type { PageResult } from './findings.ts';

export interface JsonReport {
  pages: { file: string; operation: string | null; status: PageResult['status']; findings: { kind: string; message: string }[] }[];
}

export function toJsonReport(results: PageResult[]): JsonReport {
  return {
    pages: results.map((result) => ({
      file: result.file,
      operation: result.operation,
      status: result.status,
      findings: result.findings.map((finding) => ({ kind: finding.kind, message: finding.message })),
    })),
  };
}

const MARK = { match: 'ok     ', drift: 'DRIFT  ', unknown: 'UNKNOWN' } as const;

export function formatReport(results: PageResult[], specLabel: string): string {
  const lines: string[] = [`docs:check: ${results.length} page${results.length === 1 ? '' : 's'} against ${specLabel}`, ''];
  for (const result of results) {
    lines.push(`${MARK[result.status]} ${result.file}`);
    const what = result.operation === null ? 'no operation in the spec' : `${result.operation}${result.operationId ? ` (${result.operationId})` : ''}`;
    lines.push(`        ${result.title ? `"${result.title}" -> ` : ''}${what}`);
    for (const finding of result.findings) lines.push(`        - [${finding.kind}] ${finding.message}`);
  }
  const count = (status: PageResult['status']) => results.filter((r) => r.status === status).length;
  lines.push('', `${count('match')} match, ${count('drift')} drift, ${count('unknown')} unknown`);
  if (count('match') < results.length) {
    lines.push('The docs and the spec disagree: update spec/ (then `pnpm generate`) or confirm the docs are wrong, then refresh spec/docs-snapshots/.');
  }
  return lines.join('\n');
}

/** 0 when every page matches, 1 when any drifts or names no spec operation. */
export function exitCode(results: PageResult[]): 0 | 1 {
  return results.every((result) => result.status === 'match') ? 0 : 1;
}
