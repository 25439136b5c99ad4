// Builds the published documentation into docs/dist/, offline:
//   dist/api/index.html     the HTML API reference of the bundled spec (Redocly build-docs, --inlineBundle:
//                           one self-contained file, no CDN), checked for remote script/style loads
//   dist/client/            the client's API reference (TypeDoc, typedoc.json), warnings are errors;
//                           dist/client/typedoc.json is TypeDoc's JSON model of it
//   dist/index.html         a landing page linking both
// Run with `pnpm --filter @cometchat-rest/docs build` (or `pnpm docs` at the root).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { findExternalResources } from '../src/offline-check.ts';
import {
  CLIENT_DIR,
  DIST,
  DIST_API,
  DIST_CLIENT_INDEX,
  DIST_CLIENT_JSON,
  DIST_LANDING,
  DOCS_DIR,
  MODELS_DIR,
  REDOCLY_CONFIG,
  REPO_ROOT,
  SPEC_JSON,
} from '../src/paths.ts';

const require = createRequire(import.meta.url);
const env = {
  ...process.env,
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  DO_NOT_TRACK: '1',
};

class BuildError extends Error {}

function run(label: string, argv: string[], options: { quiet?: boolean } = {}): string {
  try {
    return execFileSync(process.execPath, argv, {
      cwd: DOCS_DIR,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new BuildError(`${label} failed:\n${options.quiet ? '' : stdout}${stderr}`.trim());
  }
}

function buildApiReference(spec: { info: { title: string } }): void {
  const cli = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin/cli.js');
  mkdirSync(dirname(DIST_API), { recursive: true });
  run('redocly build-docs', [
    cli,
    'build-docs',
    SPEC_JSON,
    '--inlineBundle',
    '--config',
    REDOCLY_CONFIG,
    '--title',
    spec.info.title,
    '--output',
    DIST_API,
  ]);
  const external = findExternalResources(readFileSync(DIST_API, 'utf8'));
  if (external.length > 0) {
    throw new BuildError(
      `${relative(REPO_ROOT, DIST_API)} loads code or styles from another host, so it would not work offline:\n` +
        external.map((resource) => `  ${resource.kind}: ${resource.url}`).join('\n'),
    );
  }
}

interface JsonReflection {
  name: string;
  kind: number;
  comment?: unknown;
  signatures?: { comment?: unknown }[];
  children?: JsonReflection[];
}

function buildClientReference(): string[] {
  const typedoc = join(dirname(require.resolve('typedoc/package.json')), 'dist/cli.js');
  // tsx lets TypeDoc load the TypeScript plugin named in typedoc.json.
  run('typedoc', ['--import', 'tsx', typedoc, '--options', join(DOCS_DIR, 'typedoc.json')]);
  if (!existsSync(DIST_CLIENT_INDEX) || !existsSync(DIST_CLIENT_JSON)) {
    throw new BuildError(`typedoc exited 0 but did not write ${relative(REPO_ROOT, DIST_CLIENT_INDEX)} and ${relative(REPO_ROOT, DIST_CLIENT_JSON)}`);
  }
  // Report (without failing) the client's exports that have no doc comment: they are documented
  // by signature only. TypeDoc's notDocumented validation would fail on ~1,600 members, mostly of
  // the generated types, so the list here is the top-level one the client's authors can act on.
  const project = JSON.parse(readFileSync(DIST_CLIENT_JSON, 'utf8')) as JsonReflection;
  const client = project.children?.find((child) => child.name === '@cometchat-rest/client');
  const REFERENCE = 0x400000; // re-exports of documented models types
  return (client?.children ?? [])
    .filter((child) => child.kind !== REFERENCE && !child.comment && !child.signatures?.some((signature) => signature.comment))
    .map((child) => child.name);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function writeLandingPage(spec: { info: { title: string; version: string }; paths: Record<string, object> }): void {
  const version = (dir: string) => (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const operations = Object.values(spec.paths).reduce(
    (count, item) => count + Object.keys(item).filter((key) => ['get', 'put', 'post', 'delete', 'patch'].includes(key)).length,
    0,
  );
  const title = escapeHtml(spec.info.title);
  writeFileSync(
    DIST_LANDING,
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — documentation</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 44rem; margin: 3rem auto; padding: 0 1rem; color: #1f2328; }
  h1 { font-size: 1.6rem; margin-bottom: .25rem; }
  ul { padding: 0; list-style: none; }
  li { border: 1px solid #d0d7de; border-radius: 6px; padding: 1rem 1.25rem; margin: 1rem 0; }
  a { font-weight: 600; font-size: 1.1rem; color: #0969da; }
  p.meta { color: #57606a; margin-top: 0; }
</style>
</head>
<body>
<h1>${title}</h1>
<p class="meta">API version ${escapeHtml(spec.info.version)} · ${operations} operations</p>
<ul>
  <li id="api"><a href="api/index.html">HTTP API reference</a><br>
    Every operation of the spec (<code>@cometchat-rest/spec</code> ${escapeHtml(version(join(REPO_ROOT, 'packages/spec')))}):
    parameters, bodies, responses and error responses, with examples. Rendered by Redocly.</li>
  <li id="client"><a href="client/index.html">TypeScript client reference</a><br>
    <code>@cometchat-rest/client</code> ${escapeHtml(version(CLIENT_DIR))} and the types of
    <code>@cometchat-rest/models</code> ${escapeHtml(version(MODELS_DIR))}: functions, classes, error classes and types. Generated by TypeDoc.</li>
</ul>
</body>
</html>
`,
  );
}

function main(): void {
  const started = performance.now();
  if (!existsSync(SPEC_JSON)) {
    throw new BuildError(`${relative(REPO_ROOT, SPEC_JSON)} is missing: run \`pnpm generate\` at the repository root first.`);
  }
  const spec = JSON.parse(readFileSync(SPEC_JSON, 'utf8')) as Parameters<typeof writeLandingPage>[0];
  rmSync(DIST, { recursive: true, force: true });
  mkdirSync(DIST, { recursive: true });

  let step = performance.now();
  buildApiReference(spec);
  console.log(`docs: ${relative(REPO_ROOT, DIST_API)} (redocly build-docs --inlineBundle, no remote scripts) in ${Math.round(performance.now() - step)} ms`);

  step = performance.now();
  const undocumented = buildClientReference();
  console.log(`docs: ${relative(REPO_ROOT, dirname(DIST_CLIENT_INDEX))}/ (typedoc, 0 warnings) in ${Math.round(performance.now() - step)} ms`);
  if (undocumented.length > 0) {
    console.log(`docs: note: ${undocumented.length} exports of @cometchat-rest/client have no doc comment (shown by signature only): ${undocumented.join(', ')}`);
  }

  writeLandingPage(spec);
  console.log(`docs: ${relative(REPO_ROOT, DIST_LANDING)}; built in ${Math.round(performance.now() - started)} ms`);
}

try {
  main();
} catch (error) {
  if (!(error instanceof BuildError)) throw error;
  console.error(`docs: ${error.message}`);
  process.exitCode = 1;
}
