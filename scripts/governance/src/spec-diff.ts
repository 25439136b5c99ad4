// Compares two versions of the spec and says which release the change needs (major, minor, patch or
// none), operation by operation. Each side is a spec file (YAML or JSON; split, bundled or
// dereferenced), a git ref (its spec/openapi.yaml) or `ref:path`. Exits 0 whatever the bump;
// 1 on bad input. Rules: scripts/governance/README.md.
//
//   pnpm spec:diff <old> <new> [--json]
//   pnpm spec:diff --base <ref> [--json]      spec/ at <ref> against the work tree
import { cwdOfCaller, fail, readCommandLine } from '@cometchat-rest/script-kit/cli';
import { GitError } from '@cometchat-rest/script-kit/git';
import { compareSpecs } from './lib/compare-documents.ts';
import { acceptedChangesOf, loadSpecs, parseSource, SpecInputError, sourceAtRef, workTreeSource } from './lib/load-specs.ts';
import { renderJson, renderMarkdown } from './lib/report.ts';

const usage = 'pnpm spec:diff <old> <new> [--json] | pnpm spec:diff --base <ref> [--json]   (<old>, <new>: a spec file or a git ref)';
const cli = readCommandLine(process.argv.slice(2), { booleans: ['json'], strings: ['base'], maxPositionals: 2, usage });
const cwd = cwdOfCaller();
const base = cli.options.base;
if (base !== undefined && cli.positionals.length > 0) fail(`--base compares with the work tree; give no <old> <new> with it\nusage: ${usage}`);
if (base === undefined && cli.positionals.length !== 2) fail(`give two specs to compare, or --base <ref>\nusage: ${usage}`);

try {
  const sources = base !== undefined ? [sourceAtRef(base, cwd), workTreeSource(cwd)] : cli.positionals.map((argument) => parseSource(argument, cwd));
  const [before, after] = await loadSpecs(sources);
  const diff = compareSpecs(before!, after!, acceptedChangesOf(after!));
  process.stdout.write(cli.flags.json ? renderJson(diff) : renderMarkdown(diff, { from: before!.label, to: after!.label }));
} catch (error) {
  if (error instanceof SpecInputError || error instanceof GitError) fail(error.message);
  throw error;
}
