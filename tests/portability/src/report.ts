// The report: one entry per generator (written to report.json), the table printed, and what in it
// fails the run.
import type { Generator } from './generator.ts';

export interface Entry {
  generator: string;
  version: string;
  language: string;
  generated: boolean;
  compiled: boolean;
  unionKept: boolean;
  /** null where the scenario is not run for this generator. */
  scenario: boolean | null;
  note: string;
}

/** Why the run fails because of `entry` (empty when it does not). */
export function entryProblems(entry: Entry, generator: Generator): string[] {
  const problems: string[] = [];
  if (!entry.generated) problems.push('did not generate');
  const compileExcused = generator.upstream?.compileFails;
  if (!entry.compiled && !compileExcused) problems.push('does not compile');
  if (entry.compiled && compileExcused) problems.push('compiles now: drop its upstream note');
  const excused = generator.upstream?.unionLost;
  if (!entry.unionKept && !excused) problems.push('loses the conversation union');
  if (entry.unionKept && excused) problems.push('keeps the union now: drop its upstream note');
  if (entry.scenario === false) problems.push('the scenario failed');
  return problems.map((problem) => `${entry.generator}: ${problem}`);
}

const mark = (value: boolean | null) => (value === null ? '-' : value ? 'yes' : 'NO');

export function table(entries: Entry[]): string {
  const rows = [
    ['generator', 'version', 'language', 'generated', 'compiled', 'union kept', 'scenario'],
    ...entries.map((e) => [e.generator, e.version, e.language, mark(e.generated), mark(e.compiled), mark(e.unionKept), mark(e.scenario)]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
