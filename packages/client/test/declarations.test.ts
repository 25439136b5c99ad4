// Item 11 of issue 9: hover docs survive the build. The TypeScript compiler API reads the built
// declarations (dist/index.d.mts and dist/index.d.cts) the way an editor does, and every property and
// method of every exported option type, the client, its methods' params, the promises and the error
// classes has its doc comment there, the same one as in the source. Needs the build (turbo runs it first).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const PACKAGE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OPTIONS: ts.CompilerOptions = {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  allowImportingTsExtensions: true,
  types: ['node'],
};
/** Members that come from Error or the language, documented there. */
const INHERITED = new Set(['name', 'message', 'stack', 'cause', 'constructor', 'prototype']);

/**
 * Every documented-or-not member of every export of `entry`, as `Export.member` → its doc comment.
 * Generic types are read at their defaults (or `unknown`), through a probe file that declares one
 * value per exported type, so conditional parts (onBehalfOf) are resolved as an editor resolves them.
 */
function memberDocs(entry: string): Map<string, string> {
  const probePath = join(PACKAGE, '__declarations_probe__.mts');
  const first = ts.createProgram([join(PACKAGE, entry)], OPTIONS);
  const checker = first.getTypeChecker();
  const module = checker.getSymbolAtLocation(first.getSourceFile(join(PACKAGE, entry))!)!;
  const lines = [`import type * as C from './${entry}';`, `import * as V from './${entry}';`];
  const names: string[] = [];
  for (const symbol of checker.getExportsOfModule(module)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const declaration = target.declarations?.[0];
    if (!declaration || !declaration.getSourceFile().fileName.startsWith(PACKAGE)) continue; // re-exports of @cometchat-rest/models
    const isClass = ts.isClassDeclaration(declaration);
    const isType = ts.isInterfaceDeclaration(declaration) || ts.isTypeAliasDeclaration(declaration) || isClass;
    if (!isType) continue;
    const parameters = (declaration as ts.InterfaceDeclaration).typeParameters ?? [];
    const args = parameters.every((p) => p.default) ? '' : `<${parameters.map(() => 'unknown').join(', ')}>`;
    names.push(symbol.name);
    lines.push(`export declare const ${symbol.name}: C.${symbol.name}${args};`);
    if (isClass) lines.push(`export declare const static_${symbol.name}: typeof V.${symbol.name};`);
  }
  const probe = lines.join('\n');
  const host = ts.createCompilerHost(OPTIONS);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (path, ...rest) => (path === probePath ? ts.createSourceFile(path, probe, ts.ScriptTarget.ES2022, true) : getSourceFile.call(host, path, ...rest));
  host.fileExists = (path) => path === probePath || fileExists.call(host, path);
  host.readFile = (path) => (path === probePath ? probe : readFile.call(host, path));
  const program = ts.createProgram([probePath], OPTIONS, host);
  const probeChecker = program.getTypeChecker();
  const probeModule = probeChecker.getSymbolAtLocation(program.getSourceFile(probePath)!)!;
  const docs = new Map<string, string>();
  for (const value of probeChecker.getExportsOfModule(probeModule)) {
    const type = probeChecker.getTypeOfSymbol(value);
    for (const member of probeChecker.getPropertiesOfType(type)) {
      if (INHERITED.has(member.name) || member.name.startsWith('__@') || member.name.startsWith('#')) continue;
      const declarations = member.declarations ?? [];
      if (declarations.length === 0 || !declarations.every((d) => d.getSourceFile().fileName.startsWith(PACKAGE) && !d.getSourceFile().fileName.includes('node_modules'))) continue;
      docs.set(`${value.name}.${member.name}`, ts.displayPartsToString(member.getDocumentationComment(probeChecker)).trim());
    }
  }
  expect(names.length).toBeGreaterThan(20);
  return docs;
}

describe('the built declarations keep every doc comment', () => {
  const source = memberDocs('src/index.ts');

  it('the source documents every member (the reference the build is checked against)', () => {
    const undocumented = [...source].filter(([, doc]) => doc === '').map(([name]) => name);
    expect(undocumented).toEqual([]);
    // The members the issue names, so the check cannot pass by finding nothing.
    for (const name of ['ClientOptions.region', 'ClientOptions.apiKey', 'ClientOptions.timeoutMs', 'ClientOptions.maxRetries', 'ClientOptions.headers', 'RequestOptions.signal', 'CometChatClient.getUserConversation', 'CometChatClient.raw', 'CometChatClient.withOptions', 'CometChatError.status', 'CometChatRateLimitError.retryAfterSeconds', 'CometChatArgumentError.argument', 'GetUserConversationParams.onBehalfOf', 'GetUserConversationParams.uid']) {
      expect(source.has(name), name).toBe(true);
    }
  });

  it.each(['dist/index.d.mts', 'dist/index.d.cts'])('%s has each member with the same doc as the source', (entry) => {
    expect(existsSync(join(PACKAGE, entry)), `${entry} is built`).toBe(true);
    const built = memberDocs(entry);
    const wrong = [...source].filter(([name, doc]) => built.get(name) !== doc).map(([name, doc]) => `${name}: ${JSON.stringify(built.get(name) ?? '(missing)')} instead of ${JSON.stringify(doc)}`);
    expect(wrong).toEqual([]);
  });
});
