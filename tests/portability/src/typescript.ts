// Compiling and running TypeScript outputs: tsc --strict (TypeScript 5.9 of this package) over the
// output plus the probe or scenario file, and tsx to import or run them.
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { run, type Outcome } from './exec.ts';
import { BIN, PACKAGE_DIR } from './paths.ts';

/** The probe and scenario files of generator `id` (they import its output from generated/<id>/). */
export const tsFile = (id: string, kind: 'probe' | 'scenario') => join(PACKAGE_DIR, 'typescript', id, `${kind}.ts`);

/**
 * tsc --noEmit --strict over `files` (relative to the output folder, or absolute), with the settings a
 * consumer would use for a fetch client in a bundler or Node project.
 */
export function tscStrict(out: string, name: string, files: string[]): Promise<Outcome> {
  const config = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: 'ES2022',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      module: 'ESNext',
      moduleResolution: 'Bundler',
      esModuleInterop: true,
      skipLibCheck: true,
      types: ['node'],
    },
    files: files.map((file) => (file.startsWith('/') ? relative(out, file) : file)),
  };
  const path = join(out, `tsconfig.${name}.json`);
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`);
  return run(join(BIN, 'tsc'), ['-p', path], { cwd: out, timeoutMs: 120_000 });
}

/** Imports `entry` with tsx: a module that throws when loaded fails here. */
export function importModule(out: string, entry: string): Promise<Outcome> {
  // No top-level await: tsx evaluates --eval code as CommonJS.
  const code = `import(${JSON.stringify(join(out, entry))}).then(() => console.log('imported'), (error) => { console.error(error); process.exit(1); });`;
  return run(join(BIN, 'tsx'), ['--eval', code], { cwd: PACKAGE_DIR, timeoutMs: 60_000 });
}

/** Both checks of a TypeScript output: it compiles under --strict, and it loads. */
export async function compileAndImport(out: string, files: string[], entry: string): Promise<Outcome> {
  const compiled = await tscStrict(out, 'compile', files);
  if (!compiled.ok) return compiled;
  const imported = await importModule(out, entry);
  return { ...imported, output: `${compiled.output}${imported.output}`, ms: compiled.ms + imported.ms };
}

/** The probe compiles (with its @ts-expect-error lines) against the output. */
export const probeTs = (out: string, id: string) => tscStrict(out, 'probe', [tsFile(id, 'probe')]);

/** Type-checks the scenario, then runs it with tsx. */
export async function scenarioTs(out: string, id: string, env: Record<string, string>): Promise<Outcome> {
  const checked = await tscStrict(out, 'scenario', [tsFile(id, 'scenario')]);
  if (!checked.ok) return checked;
  return run(join(BIN, 'tsx'), [tsFile(id, 'scenario')], { cwd: PACKAGE_DIR, env, timeoutMs: 60_000 });
}
