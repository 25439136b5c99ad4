// Copies every ```ts block of the READMEs into examples/readme/ so `tsc` type-checks them: an
// example that no longer compiles fails CI. The copies are build output (gitignored).
//
//   tsx scripts/readme-examples/extract-readme-examples.ts --out examples/readme README.md packages/*/README.md
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fail, readCommandLine } from '@cometchat-rest/script-kit/cli';

const USAGE = 'extract-readme-examples.ts --out <dir> <README.md>...';
const cli = readCommandLine(process.argv.slice(2), { strings: ['out'], required: ['out'], maxPositionals: Infinity, usage: USAGE });
const readmes = cli.positionals;
if (readmes.length === 0) fail(`name at least one README\nusage: ${USAGE}`);
const out = resolve(cli.options.out!);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

let count = 0;
for (const readme of readmes) {
  const text = readFileSync(readme, 'utf8');
  const name = basename(dirname(resolve(readme))) || 'root';
  const blocks = [...text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)];
  blocks.forEach((block, index) => {
    const line = text.slice(0, block.index).split('\n').length;
    const file = join(out, `${name}-${index + 1}.ts`);
    writeFileSync(file, `// From ${relative(process.cwd(), resolve(readme))}, line ${line + 1}. Generated: edit the README.\nexport {};\n${block[1]}`);
    count++;
  });
}
console.log(`extracted ${count} TypeScript examples from ${readmes.length} READMEs into ${relative(process.cwd(), out)}`);
