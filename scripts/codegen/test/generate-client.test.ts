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

/** Runs the generator on the model of `spec`. */
function generate(spec: JsonObject): { status: number; output: string; code?: string } {
  const input = join(dir, 'operation-model.json');
  const out = join(dir, 'operations.ts');
  writeFileSync(input, JSON.stringify(buildOperationModel(new OpenApiDocument(spec, 'test')).model));
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
});
