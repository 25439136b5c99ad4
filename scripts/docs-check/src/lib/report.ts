// How docs:check reports: the JSON document (`--json`), a readable report, and the exit code.
import type { Explanation } from './explanations.ts';
import type { PageResult } from './findings.ts';

export interface JsonReport {
  pages: {
    file: string;
    operation: string | null;
    status: PageResult['status'];
    findings: { kind: string; subject?: string; message: string }[];
    explained: { kind: string; subject?: string; message: string; reason: string }[];
  }[];
  /** Explanations that named no finding of the sources checked. */
  staleExplanations: Explanation[];
}

export function toJsonReport(results: PageResult[], stale: Explanation[] = []): JsonReport {
  return {
    pages: results.map((result) => ({
      file: result.file,
      operation: result.operation,
      status: result.status,
      findings: result.findings.map(({ kind, subject, message }) => ({ kind, ...(subject === undefined ? {} : { subject }), message })),
      explained: (result.explained ?? []).map(({ kind, subject, message, reason }) => ({ kind, ...(subject === undefined ? {} : { subject }), message, reason })),
    })),
    staleExplanations: stale,
  };
}

const MARK = { match: 'ok     ', drift: 'DRIFT  ', unknown: 'UNKNOWN' } as const;

export function formatReport(results: PageResult[], stale: Explanation[], specLabel: string): string {
  const lines: string[] = [`docs:check: ${results.length} page${results.length === 1 ? '' : 's'} and operations against ${specLabel}`, ''];
  for (const result of results) {
    lines.push(`${MARK[result.status]} ${result.file}`);
    const what = result.operation === null ? 'no operation in the spec' : `${result.operation}${result.operationId ? ` (${result.operationId})` : ''}`;
    lines.push(`        ${result.title ? `"${result.title}" -> ` : ''}${what}`);
    for (const finding of result.findings) lines.push(`        - [${finding.kind}] ${finding.message}`);
    const explained = result.explained?.length ?? 0;
    if (explained > 0) lines.push(`        (${explained} explained difference${explained === 1 ? '' : 's'}, see spec/docs-snapshots/explained.yaml)`);
  }
  for (const explanation of stale) {
    lines.push(`STALE   explanation ${explanation.source} ${explanation.operation} [${explanation.kind}] ${explanation.subject}: it names no difference any more; remove it`);
  }
  const count = (status: PageResult['status']) => results.filter((r) => r.status === status).length;
  const explained = results.reduce((sum, r) => sum + (r.explained?.length ?? 0), 0);
  lines.push('', `${count('match')} match, ${count('drift')} drift, ${count('unknown')} unknown; ${explained} explained, ${stale.length} stale explanation${stale.length === 1 ? '' : 's'}`);
  if (count('match') < results.length || stale.length > 0) {
    lines.push('The docs and the spec disagree: update spec/ (then `pnpm generate`), or explain a difference the spec keeps on purpose in spec/docs-snapshots/explained.yaml.');
  }
  return lines.join('\n');
}

/** 0 when everything matches (or is explained), 1 otherwise. */
export function exitCode(results: PageResult[], stale: Explanation[] = []): 0 | 1 {
  return results.every((result) => result.status === 'match') && stale.length === 0 ? 0 : 1;
}
