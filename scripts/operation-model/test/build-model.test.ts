// The operation model of a small spec: what each field is read from, the defaults OpenAPI fills in,
// and what is reported instead of guessed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildOperationModel, completenessProblems, OpenApiDocument, type JsonObject, type OperationEntry } from '../src/index.ts';

const small = parse(readFileSync(new URL('./fixtures/small.yaml', import.meta.url), 'utf8')) as JsonObject;
const built = buildOperationModel(new OpenApiDocument(small, 'small.yaml'));
const operation = (method: string, path: string): OperationEntry => built.model.operations.find((op) => op.method === method && op.path === path)!;

describe('the operation model', () => {
  it('lists every operation in document order, with its pointers', () => {
    expect(built.model.operations.map((op) => [op.method, op.path, op.operationId])).toEqual([
      ['GET', '/items', 'listItems'],
      ['PUT', '/items/{id}', 'putItem'],
      ['DELETE', '/items/{id}', null],
    ]);
    expect(operation('PUT', '/items/{id}')).toMatchObject({ pointer: '/paths/~1items~1{id}/put', pathItemPointer: '/paths/~1items~1{id}' });
  });

  it('reads servers with their variables', () => {
    expect(built.model.servers).toEqual([
      { url: 'https://{app}.example.test/v1', description: null, variables: { app: { default: 'demo', enum: null, description: null }, zone: { default: 'a', enum: ['a', 'b'], description: null } } },
    ]);
  });

  it("merges the path item's parameters with the operation's, the operation's winning (header names case-insensitive)", () => {
    const parameters = operation('PUT', '/items/{id}').parameters;
    expect(parameters.map((p) => [p.in, p.name, p.required, p.description, p.site])).toEqual([
      ['path', 'id', true, 'The id.', '/paths/~1items~1{id}/parameters/0'],
      ['header', 'x-trace', true, 'own trace', '/paths/~1items~1{id}/put/parameters/0'],
    ]);
    expect(parameters[0]!.pointer).toBe('/components/parameters/id');
  });

  it('fills in serialisation defaults and the schema type, following $ref, const and enum', () => {
    const [page, , tags, kind] = operation('GET', '/items').parameters;
    expect(page).toMatchObject({ style: 'form', explode: true, allowReserved: false, type: 'integer', schema: '/paths/~1items/get/parameters/0/schema' });
    expect(tags).toMatchObject({ style: 'form', explode: false, type: 'array' });
    expect(kind).toMatchObject({ type: 'number' });
    expect(operation('PUT', '/items/{id}').parameters[0]).toMatchObject({ style: 'simple', explode: false });
  });

  it('reads the request body, its media types (lower case) and its properties', () => {
    expect(operation('PUT', '/items/{id}').requestBody).toEqual({
      required: true,
      description: null,
      pointer: '/paths/~1items~1{id}/put/requestBody',
      content: [{ mediaType: 'application/json', schema: '/paths/~1items~1{id}/put/requestBody/content/application~1JSON/schema' }],
      properties: [{ name: 'id', required: false, description: null, schema: '/components/schemas/Item/properties/id' }],
    });
  });

  it('reads responses with their headers', () => {
    expect(operation('GET', '/items').responses.map((r) => [r.status, r.headers.map((h) => [h.name, h.required])])).toEqual([
      ['200', [['X-Rate', true]]],
      ['default', []],
    ]);
  });

  it("reads security: the document's, or the operation's own alternatives", () => {
    expect(operation('GET', '/items').security).toEqual({ pointer: '/security', alternatives: [[{ scheme: 'key', scopes: [], apiKey: { in: 'header', name: 'apikey' } }]] });
    expect(operation('PUT', '/items/{id}').security).toEqual({
      pointer: '/paths/~1items~1{id}/put/security',
      alternatives: [[{ scheme: 'oauth', scopes: ['write', 'read'], apiKey: null }], []],
    });
  });

  it('reads x-retry-safe, x-result and x-pagination', () => {
    expect(operation('GET', '/items')).toMatchObject({
      retrySafe: true,
      result: { kind: 'page', schema: '/components/schemas/Item' },
      pagination: { style: 'page', pageParameter: 'page', sizeParameter: 'size', items: '/data', meta: '/meta' },
    });
    expect(operation('PUT', '/items/{id}')).toMatchObject({ retrySafe: false, result: { kind: 'item', schema: '/components/schemas/Item' }, pagination: null });
  });

  it('reports extensions it cannot read instead of guessing', () => {
    expect(operation('DELETE', '/items/{id}')).toMatchObject({ retrySafe: null, result: null, pagination: null });
    expect(built.extensionProblems).toEqual([
      'DELETE /items/{id}: x-retry-safe must be true or false',
      'DELETE /items/{id}: x-pagination must be { style: page, pageParam, sizeParam, itemsPath, metaPath } (paths as JSON pointers into the body)',
      'DELETE /items/{id}: x-result.kind must be one of page, item, items, action',
    ]);
    expect(built.structureProblems).toEqual([]);
  });

  it("says what this project's spec must add", () => {
    expect(completenessProblems(built.model)).toEqual([
      'DELETE /items/{id}: operationId is missing',
      'DELETE /items/{id}: x-retry-safe (true or false) is missing',
      'DELETE /items/{id}: x-result is missing',
    ]);
  });

  it('reports paths and operations that are not OpenAPI-shaped', () => {
    const { structureProblems, model } = buildOperationModel(new OpenApiDocument({ openapi: '3.1.0', info: {}, paths: { items: {}, '/a': 'no', '/b': { get: 'no', put: {} } } }, 'bad'));
    expect(model.operations).toEqual([]);
    expect(structureProblems).toEqual([
      'path "items" does not start with "/"',
      '/paths/~1a is not a path item object',
      '/paths/~1b/get is not an operation object',
      '/paths/~1b/put has no `responses` object',
    ]);
  });
});
