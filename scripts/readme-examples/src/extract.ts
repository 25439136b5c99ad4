// Writes every ```ts block of the READMEs into a folder, one file each, named after its package
// (`mock-2.ts`), with a header saying where it came from and whether it runs.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { readmeBlocks } from './blocks.ts';

export interface ExtractedExample {
  file: string;
  /** `README.md:12` style, from the current directory. */
  source: string;
  noRun: string | undefined;
}

export function extractExamples(readmes: readonly string[], out: string): ExtractedExample[] {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const examples: ExtractedExample[] = [];
  for (const readme of readmes) {
    const path = resolve(readme);
    const name = basename(dirname(path)) || 'root';
    const where = relative(process.cwd(), path);
    for (const block of readmeBlocks(readFileSync(path, 'utf8'), where)) {
      const file = join(out, `${name}-${block.index}.ts`);
      const status = block.noRun === undefined ? 'Runs in CI against the mock.' : `Type-checked only: ${block.noRun}`;
      writeFileSync(file, `// From ${where}, line ${block.line}. Generated: edit the README. ${status}\nexport {};\n${block.code}`);
      examples.push({ file, source: `${where}:${block.line}`, noRun: block.noRun });
    }
  }
  return examples;
}
