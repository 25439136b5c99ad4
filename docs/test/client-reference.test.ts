// The client's TypeDoc reference (docs/dist/client) documents every export of @cometchat-rest/client:
// every runtime export of the built package (packages/client/dist/index.mjs) has a reflection of the
// right kind and its own page, every export of src/index.ts (types included) is in the reference, and
// the openapi-typescript comments of the models are turned into summaries rather than dropped.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Comment, CommentTag, ReflectionKind } from 'typedoc';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { findExternalResources } from '../src/offline-check.ts';
import { CLIENT_DIR, DIST_CLIENT, DIST_CLIENT_INDEX, DIST_CLIENT_JSON, DOCS_DIR } from '../src/paths.ts';
import { normalizeOpenApiComment } from '../src/typedoc-plugin.ts';

interface JsonReflection {
  id: number;
  name: string;
  kind: number;
  target?: number;
  comment?: { summary: { text: string }[]; blockTags?: { tag: string }[] };
  extendedTypes?: { name: string }[];
  children?: JsonReflection[];
}

const CLIENT_DIST = join(CLIENT_DIR, 'dist/index.mjs');
const CLIENT_SOURCE = join(CLIENT_DIR, 'src/index.ts');

function readProject(): JsonReflection {
  return JSON.parse(readFileSync(DIST_CLIENT_JSON, 'utf8')) as JsonReflection;
}

function moduleNamed(project: JsonReflection, name: string): JsonReflection {
  const found = project.children?.find((child) => child.name === name);
  if (!found) throw new Error(`${DIST_CLIENT_JSON} has no module ${name}`);
  return found;
}

/** Every name src/index.ts exports, values and types, as the TypeScript compiler sees it. */
function sourceExports(): string[] {
  const configPath = join(DOCS_DIR, 'tsconfig.typedoc.json');
  const { config } = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, dirname(configPath));
  const program = ts.createProgram([CLIENT_SOURCE], options);
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(CLIENT_SOURCE)!)!;
  return checker.getExportsOfModule(moduleSymbol).map((symbol) => symbol.name);
}

/** `name`'s page in the HTML reference: the link on the module page, checked to exist and be titled with the name. */
function pageOf(modulePage: string, name: string): string | undefined {
  const escaped = name.replace(/[$]/g, '\\$&');
  const match = new RegExp(`<a href="([^"#]+\\.html)">${escaped}</a><a href="#${escaped.toLowerCase()}"`).exec(modulePage);
  return match?.[1];
}

describe('client reference (TypeDoc)', () => {
  let runtime: Record<string, unknown>;
  let project: JsonReflection;
  let client: JsonReflection;
  let modulePagePath: string;
  let modulePage: string;

  beforeAll(async () => {
    if (!existsSync(CLIENT_DIST)) {
      throw new Error(`${CLIENT_DIST} is missing: build the client first (pnpm --filter @cometchat-rest/client build).`);
    }
    runtime = (await import(pathToFileURL(CLIENT_DIST).href)) as Record<string, unknown>;
    project = readProject();
    client = moduleNamed(project, '@cometchat-rest/client');
    modulePagePath = join(DIST_CLIENT, 'modules/_cometchat-rest_client.html');
    modulePage = readFileSync(modulePagePath, 'utf8');
  });

  it('reads the package entry that consumers import', () => {
    const manifest = JSON.parse(readFileSync(join(CLIENT_DIR, 'package.json'), 'utf8')) as {
      exports: { '.': { import: { default: string } } };
    };
    expect(join(CLIENT_DIR, manifest.exports['.'].import.default)).toBe(CLIENT_DIST);
    expect(Object.keys(runtime)).toEqual(expect.arrayContaining(['createCometChatClient', 'CometChatError', 'isCometChatError', 'REGIONS']));
  });

  it('has a reflection of the right kind for every runtime export', () => {
    const missing: string[] = [];
    for (const [name, value] of Object.entries(runtime)) {
      const reflection = client.children?.find((child) => child.name === name);
      if (!reflection) {
        missing.push(name);
        continue;
      }
      const isClass = typeof value === 'function' && /^class\b/.test(Function.prototype.toString.call(value));
      const expected = isClass ? ReflectionKind.Class : typeof value === 'function' ? ReflectionKind.Function : ReflectionKind.Variable;
      expect(ReflectionKind[reflection.kind], name).toBe(ReflectionKind[expected]);
    }
    expect(missing, 'runtime exports missing from the reference').toEqual([]);
  });

  it('gives every runtime export its own HTML page, linked from the module page', () => {
    for (const name of Object.keys(runtime)) {
      const href = pageOf(modulePage, name);
      expect(href, `link to ${name} on ${modulePagePath}`).toBeDefined();
      const page = join(dirname(modulePagePath), href!);
      expect(existsSync(page), page).toBe(true);
      expect(readFileSync(page, 'utf8'), page).toMatch(new RegExp(`<h1>(?:Class|Function|Variable) ${name}(?:&lt;|<code|</h1>)`));
    }
  });

  it('documents every export of src/index.ts, types included', () => {
    const exported = sourceExports();
    expect(exported.length).toBeGreaterThan(Object.keys(runtime).length);
    const documented = new Set(client.children?.map((child) => child.name));
    expect(exported.filter((name) => !documented.has(name))).toEqual([]);
    // And nothing the entry does not export (no internals leaked through).
    expect([...documented].filter((name) => !exported.includes(name))).toEqual([]);
  });

  it('shows each error class under the parent class it has at runtime', () => {
    const errorClasses = Object.entries(runtime).filter(
      (entry): entry is [string, new () => Error] => typeof entry[1] === 'function' && entry[0].endsWith('Error') && entry[0] !== 'isCometChatError',
    );
    expect(errorClasses.length).toBeGreaterThanOrEqual(10);
    for (const [name, ErrorClass] of errorClasses) {
      const reflection = client.children!.find((child) => child.name === name)!;
      const runtimeParent = (Object.getPrototypeOf(ErrorClass) as { name: string }).name;
      expect(reflection.extendedTypes?.map((type) => type.name), name).toEqual([runtimeParent]);
    }
  });

  it('links the models types the client re-exports to their pages in @cometchat-rest/models', () => {
    const models = moduleNamed(project, '@cometchat-rest/models');
    for (const name of ['Conversation', 'UserConversation', 'GroupConversation', 'Message', 'User', 'Group', 'Pagination']) {
      const reference = client.children!.find((child) => child.name === name);
      expect(reference?.kind, name).toBe(ReflectionKind.Reference);
      expect(models.children!.find((child) => child.id === reference!.target)?.name, name).toBe(name);
      const href = pageOf(modulePage, name);
      expect(href, name).toBe(`../types/_cometchat-rest_models.${name}.html`);
      expect(existsSync(join(dirname(modulePagePath), href!))).toBe(true);
    }
  });

  it('turns the models\' openapi-typescript @description blocks into summaries and keeps no unknown tags', () => {
    const json = readFileSync(DIST_CLIENT_JSON, 'utf8');
    expect(json).not.toContain('"tag": "@description"');
    expect(json).not.toContain('"tag": "@constant"');
    // `Group` (an alias of the generated schema, with no comment of its own) shows the schema's
    // @description and links to the schema's fields.
    const groupPage = readFileSync(join(DIST_CLIENT, 'types/_cometchat-rest_models.Group.html'), 'utf8');
    expect(groupPage).toContain('A CometChat group.');
    expect(groupPage).toContain('<a href="../interfaces/_cometchat-rest_models.components.html#schemas" class="tsd-kind-property">components.schemas.Group</a>');
    // So are the fields inside the generated `components`.
    expect(readFileSync(join(DIST_CLIENT, 'interfaces/_cometchat-rest_models.components.html'), 'utf8')).toContain(
      "The group's unique id",
    );
  });

  it('loads no script or style from another host', () => {
    expect(findExternalResources(readFileSync(DIST_CLIENT_INDEX, 'utf8'))).toEqual([]);
    expect(findExternalResources(modulePage)).toEqual([]);
  });
});

describe('normalizeOpenApiComment', () => {
  const text = (value: string) => [{ kind: 'text' as const, text: value }];

  it('appends @description to the summary and drops @constant', () => {
    const comment = new Comment(text('Format: int64'), [
      new CommentTag('@description', text('The id.')),
      new CommentTag('@constant', []),
      new CommentTag('@example', text('1')),
    ]);
    expect(normalizeOpenApiComment(comment)).toBe(true);
    expect(comment.summary.map((part) => part.text).join('')).toBe('Format: int64\n\nThe id.');
    expect(comment.blockTags.map((tag) => tag.tag)).toEqual(['@example']);
  });

  it('leaves other comments alone', () => {
    const comment = new Comment(text('Plain.'), [new CommentTag('@example', text('1'))]);
    expect(normalizeOpenApiComment(comment)).toBe(false);
    expect(comment.summary.map((part) => part.text).join('')).toBe('Plain.');
    expect(comment.blockTags).toHaveLength(1);
  });
});
