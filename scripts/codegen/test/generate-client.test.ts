// The client's per-operation layer is generated from the operation model: reproducibly, and never
// when the spec has something the client cannot represent.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildOperationModel, OpenApiDocument, type JsonObject } from '@cometchat-rest/operation-model';

const script = fileURLToPath(new URL('../src/generate-client.ts', import.meta.url));
const specPath = fileURLToPath(new URL('../../../packages/spec/openapi.json', import.meta.url));
const committed = readFileSync(new URL('../../../packages/client/src/generated/operations.ts', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'cometchat-client-gen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the generator on the model of `spec`, with the spec beside it (where the model's schema pointers point). */
function generate(spec: JsonObject): { status: number; output: string; code?: string } {
  const input = join(dir, 'operation-model.json');
  const out = join(dir, 'operations.ts');
  writeFileSync(input, JSON.stringify(buildOperationModel(new OpenApiDocument(spec, 'test')).model));
  writeFileSync(join(dir, 'openapi.json'), JSON.stringify(spec));
  try {
    execFileSync('tsx', [script, '--model', input, '--out', out], { stdio: 'pipe' });
    return { status: 0, output: '', code: readFileSync(out, 'utf8') };
  } catch (error) {
    const { status, stderr } = error as { status: number; stderr: Buffer };
    return { status, output: String(stderr) };
  }
}

const spec = () => JSON.parse(readFileSync(specPath, 'utf8'));

describe('generate-client', () => {
  it('regenerates the committed file byte for byte', () => {
    const result = generate(spec());
    expect(result.status).toBe(0);
    expect(result.code).toBe(committed);
  });

  it('fails loudly when two parameters of one operation share a name', () => {
    const broken = spec();
    broken.paths['/users/{uid}/conversation'].put.parameters.push({ name: 'tags', in: 'query', description: 'clash', schema: { type: 'string' } });
    const result = generate(broken);
    expect(result.status).toBe(1);
    expect(result.output).toContain('updateUserConversation: the body field "tags" collides with the query field of the same name');
  });

  it('fails on an operationId that is not a method name', () => {
    const broken = spec();
    broken.paths['/conversations'].get.operationId = 'list-conversations';
    expect(generate(broken).output).toContain('operationId "list-conversations" is not a valid method name');
  });

  it('fails on an operation without x-retry-safe', () => {
    const broken = spec();
    delete broken.paths['/conversations'].get['x-retry-safe'];
    expect(generate(broken).output).toContain('listConversations: x-retry-safe must be true or false');
  });

  it('fails on an operation without x-result', () => {
    const broken = spec();
    delete broken.paths['/users/{uid}/conversation'].get['x-result'];
    expect(generate(broken).output).toContain('getUserConversation: x-result is missing');
  });

  it('keeps spec text from escaping its comments', () => {
    const hostile = spec();
    hostile.paths['/conversations'].get.description = 'Lists. */ export const pwned = 1; /*';
    const result = generate(hostile);
    expect(result.status).toBe(0);
    expect(result.code).not.toContain('*/ export const pwned');
    expect(result.code).toContain('*\\/ export const pwned');
  });

  it('marks deprecated operations with their replacements', () => {
    expect(committed).toMatch(/@deprecated CometChat deprecated this operation\. Use \{@link getUserConversation\} or \{@link getGroupConversation\} instead\.\s+\*\/\s+getConversation\(/);
    expect(committed).toMatch(/@deprecated CometChat deprecated this operation\. Use \{@link resetUserConversation\} or \{@link resetGroupConversation\} instead\.\s+\*\/\s+deleteConversation\(/);
  });

  it('follows x-pagination: the page parameter and where the items are come from the spec', () => {
    const changed = spec();
    changed.paths['/conversations'].get['x-pagination'] = { style: 'page', pageParam: 'perPage', sizeParam: 'page', itemsPath: '/items', metaPath: '/meta/paging' };
    const code = generate(changed).code!;
    expect(code).toContain('pagination: {"pageParameter":"perPage","sizeParameter":"page","items":"/items","meta":"/meta/paging"}');
  });

  it('follows x-result: the result kind and item type come from the spec', () => {
    const changed = spec();
    changed.paths['/users/{uid}/conversation'].get['x-result'] = { kind: 'items', schema: 'UserConversation' };
    const code = generate(changed).code!;
    expect(code).toMatch(/getUserConversation\(params: GetUserConversationParams<D>, options\?: RequestOptions\): APIPromise<Schemas\["UserConversation"\]\[\]>;/);
    expect(code).toContain('getUserConversation: (params, options) =>\n      itemsResult<Schemas["UserConversation"]>(');
  });

  it("emits each parameter's and body field's constraints from the spec (not copied by hand)", () => {
    const changed = spec();
    changed.components.parameters.perPage.schema.maximum = 50;
    changed.components.schemas.Tags.maxItems = 7;
    changed.components.parameters.searchKey.schema.pattern = '^[a-z]+$';
    const code = generate(changed).code!;
    const rules = new Map([...code.matchAll(/^const (rule\d+): Rule = (.+);$/gm)].map(([, name, data]) => [name!, JSON.parse(data!)]));
    const ruleOf = (operation: string, field: string) => rules.get(new RegExp(`"${operation}": \\{[^}]*?rules: \\{[^}]*\\b${field}: (rule\\d+)`, 's').exec(code)![1]!);
    expect(ruleOf('listConversations', 'perPage')).toEqual({ type: 'integer', min: 1, max: 50 });
    expect(ruleOf('listConversations', 'searchKey')).toEqual({ type: 'string', min: 1, pattern: '^[a-z]+$' });
    expect(ruleOf('listConversations', 'tags')).toEqual({ type: 'array', min: 1, items: { type: 'string', min: 1, max: 100, pattern: '^[^,]*$', noComma: true } });
    expect(ruleOf('updateUserConversation', 'tags')).toEqual({ type: 'array', max: 7, items: { type: 'string', max: 100 } });
    expect(ruleOf('markUserConversationAsUnread', 'messageId')).toEqual({ any: [{ type: 'integer', min: 1 }, { type: 'string', pattern: '^[1-9][0-9]{0,15}$' }] });
    expect(ruleOf('updatePinnedConversations', 'pinnedConversations').items.any[0]).toEqual({ type: 'object', props: { uid: { type: 'string', min: 1, max: 100 } }, required: ['uid'] });
    expect(ruleOf('getUserConversation', 'onBehalfOf')).toEqual({ type: 'string', min: 1, max: 100 });
    // Each distinct rule is emitted once.
    expect(new Set([...rules.values()].map((rule) => JSON.stringify(rule))).size).toBe(rules.size);
  });

  it('fails on a query parameter without a type (the type keeps objects off the query string)', () => {
    const broken = spec();
    broken.components.parameters.searchKey.schema = { description: 'anything' };
    expect(generate(broken).output).toContain('listConversations: query parameter "searchKey" needs a type for the client to check');
  });

  it('fails on a schema with two kinds of bound, which the compact rule cannot hold', () => {
    const broken = spec();
    broken.components.parameters.perPage.schema.minLength = 1;
    expect(generate(broken).output).toContain('the client checks one kind of bound per schema');
  });
});
