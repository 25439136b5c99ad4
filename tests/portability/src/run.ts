// pnpm test:portability: every generator of the matrix on the bundled spec. Each output is generated,
// compiled, probed for the conversation union and, where the generator makes a client that can, run
// through the scenario against the mock. Prints a table, writes report.json, and exits 1 when any
// generator falls short in a way not recorded as the generator's own shortcoming.
//
//   pnpm test:portability [--only <id>[,<id>]]      (ids: the folder names under generated/)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tail, type Outcome } from './exec.ts';
import type { Generator } from './generator.ts';
import { GENERATORS } from './generators/index.ts';
import { withMock } from './mock.ts';
import { GENERATED, outputOf, REPORT } from './paths.ts';
import { entryProblems, table, type Entry } from './report.ts';
import { parseScenarioOutput, SCENARIO, scenarioProblems } from './scenario.ts';

const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex > 0 ? new Set(process.argv[onlyIndex + 1]?.split(',')) : undefined;
const selected = GENERATORS.filter((g) => !only || only.has(g.id));
if (selected.length === 0) {
  console.error(`error: --only names no generator; the ids are ${GENERATORS.map((g) => g.id).join(', ')}`);
  process.exit(2);
}

const log = (generator: Generator, step: string, outcome: Outcome) =>
  console.log(`[${generator.id}] ${step}: ${outcome.ok ? 'ok' : 'FAILED'} (${(outcome.ms / 1000).toFixed(1)} s)${outcome.ok ? '' : `\n${tail(outcome.output)}`}`);

async function evaluate(generator: Generator): Promise<Entry> {
  const out = outputOf(generator.id);
  rmSync(out, { recursive: true, force: true });
  const notes: string[] = [];
  const entry: Entry = { generator: generator.generator, version: generator.version, language: generator.language, generated: false, compiled: false, unionKept: false, scenario: null, note: '' };
  const finish = () => {
    if (generator.upstream?.unionLost && !entry.unionKept) notes.unshift(`union lost (upstream): ${generator.upstream.unionLost}`);
    if (generator.upstream?.compileFails && !entry.compiled) notes.unshift(`does not compile (upstream): ${generator.upstream.compileFails}`);
    if (generator.remark) notes.push(generator.remark);
    entry.note = notes.join(' ');
    return entry;
  };

  const generated = await generator.generate(out);
  log(generator, 'generate', generated);
  entry.generated = generated.ok;
  if (!generated.ok) return (notes.push(`generate failed: ${tail(generated.output, 3)}`), finish());

  const compiled = await generator.compile(out);
  log(generator, 'compile', compiled);
  entry.compiled = compiled.ok;
  if (!compiled.ok && !generator.upstream?.compileFails) notes.push(`compile failed: ${tail(compiled.output, 3)}`);

  const probed = await generator.probe(out);
  log(generator, 'probe', probed);
  entry.unionKept = probed.ok;

  if (generator.scenario && compiled.ok) {
    const { run, error } = generator.scenario;
    const outcome = await withMock((baseUrl) => run(out, { SCENARIO: JSON.stringify({ ...SCENARIO, baseUrl }) }));
    const result = outcome.ok ? parseScenarioOutput(outcome.output) : undefined;
    const problems = result ? scenarioProblems(result, error) : [outcome.ok ? 'printed no result' : `exited ${outcome.status}: ${tail(outcome.output, 5)}`];
    log(generator, 'scenario', { ...outcome, ok: problems.length === 0, output: problems.join('\n') });
    entry.scenario = problems.length === 0;
    if (problems.length > 0) notes.push(`scenario: ${problems.join('; ')}`);
  } else if (generator.scenario) {
    entry.scenario = false;
    notes.push('scenario not run: the output does not compile');
  }
  return finish();
}

mkdirSync(GENERATED, { recursive: true });
const entries: Entry[] = [];
const problems: string[] = [];
// One at a time: the machine has 2 cores, and each step is already a compiler or a JVM.
for (const generator of selected) {
  const entry = await evaluate(generator);
  entries.push(entry);
  problems.push(...entryProblems(entry, generator));
}

if (!only) writeFileSync(REPORT, `${JSON.stringify(entries, null, 2)}\n`);
console.log(`\n${table(entries)}\n`);
for (const entry of entries.filter((e) => e.note)) console.log(`- ${entry.generator}: ${entry.note}`);
if (problems.length > 0) {
  console.error(`\nportability: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
const count = (test: (e: Entry) => boolean) => entries.filter(test).length;
console.log(
  `\nportability: ${entries.length} generators: ${count((e) => e.generated)} generated, ${count((e) => e.compiled)} compiled, ${count((e) => e.unionKept)} keep the union, ${count((e) => e.scenario === true)} of ${count((e) => e.scenario !== null)} scenarios passed; every shortfall is a recorded upstream one${only ? '' : '; wrote report.json'}.`,
);
