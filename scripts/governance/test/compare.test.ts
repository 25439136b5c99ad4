// The comparison on small hand-made documents, for the cases our own spec cannot show: recursive
// schemas, readOnly fields, an operation without a `default` response, renamed path variables,
// OpenAPI 3.0 `nullable`, keywords the differ does not know.
import { describe, expect, it } from 'vitest';
import { documentProblems } from '../src/lib/check-document.ts';
import type { Bump, Kind } from '../src/lib/classify.ts';
import { diffDocuments } from '../src/lib/compare-documents.ts';
import { OpenApiDocument } from '@cometchat-rest/operation-model';
import { type JsonObject, valueAt } from '@cometchat-rest/operation-model';

/** A document with one operation, PUT /items/{id}, that takes and returns `Item`. */
function api(item: JsonObject, change: (document: any) => void = () => {}): OpenApiDocument {
  const document: any = {
    openapi: '3.1.0',
    info: { title: 'Items', version: '1' },
    paths: {
      '/items/{id}': {
        put: {
          operationId: 'putItem',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } } },
          responses: {
            '200': { description: 'The item.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } } },
            '404': { description: 'No such item.' },
          },
        },
      },
    },
    components: { schemas: { Item: item } },
  };
  change(document);
  return new OpenApiDocument(document, 'test');
}

function diff(before: OpenApiDocument, after: OpenApiDocument): { bump: Bump; kinds: Kind[] } {
  const result = diffDocuments(before, after);
  for (const change of result.changes) {
    const found = valueAt(after.root, change.location) ?? valueAt(before.root, change.location);
    expect(found, `${change.kind} at ${change.location}`).not.toBeUndefined();
  }
  return { bump: result.bump, kinds: [...new Set(result.changes.map((change) => change.kind))].sort() };
}

const item = { type: 'object', properties: { name: { type: 'string' }, size: { type: 'integer' } }, required: ['name'] };

describe('schemas on both sides', () => {
  it('ignores a readOnly field on the request side', () => {
    const withId = { ...item, properties: { ...item.properties, id: { type: 'string', readOnly: true } } };
    expect(diff(api(withId), api(item))).toEqual({ bump: 'major', kinds: ['response-property-removed'] });
    expect(diff(api(item), api(withId))).toEqual({ bump: 'minor', kinds: ['response-property-added'] });
  });

  it('treats a field that becomes readOnly as removed from requests only', () => {
    const readOnlySize = { ...item, properties: { ...item.properties, size: { type: 'integer', readOnly: true } } };
    expect(diff(api(item), api(readOnlySize))).toEqual({ bump: 'major', kinds: ['request-property-removed'] });
  });

  it('classifies integer -> number as widening: a feature for requests, breaking for responses', () => {
    const numberSize = { ...item, properties: { ...item.properties, size: { type: 'number' } } };
    expect(diff(api(item), api(numberSize)).kinds).toEqual(['request-type-widened', 'response-type-widened']);
  });

  it('reads OpenAPI 3.0 `nullable: true` like `type: [.., null]`', () => {
    const nullable30 = { ...item, properties: { ...item.properties, size: { type: 'integer', nullable: true } } };
    const nullable31 = { ...item, properties: { ...item.properties, size: { type: ['integer', 'null'] } } };
    expect(diff(api(item), api(nullable30)).kinds).toEqual(['request-became-nullable', 'response-became-nullable']);
    expect(diff(api(nullable30), api(nullable31))).toEqual({ bump: 'none', kinds: [] });
  });

  it('treats a changed const as one value removed and one added', () => {
    const kind = (value: string) => ({ ...item, properties: { ...item.properties, kind: { type: 'string', const: value } } });
    expect(diff(api(kind('a')), api(kind('b'))).kinds).toEqual(['request-enum-value-added', 'request-enum-value-removed', 'response-enum-value-added', 'response-enum-value-removed']);
  });

  it('points at an added enum value where it is written, `null` included', () => {
    const named = (values: (string | null)[]) => ({ ...item, properties: { ...item.properties, name: { type: ['string', 'null'], enum: values } } });
    const result = diffDocuments(api(named([null, 'a'])), api(named([null, 'a', 'b'])));
    expect(result.changes.map((change) => [change.kind, change.location])).toEqual([
      ['response-enum-value-added', '/components/schemas/Item/properties/name/enum/2'],
      ['request-enum-value-added', '/components/schemas/Item/properties/name/enum/2'],
    ]);
  });

  it('treats an enum where there was none as breaking on both sides, and dropping it as a feature for requests only', () => {
    const limited = { ...item, properties: { ...item.properties, name: { type: 'string', enum: ['a', 'b'] } } };
    expect(diff(api(item), api(limited))).toEqual({ bump: 'major', kinds: ['request-enum-added', 'response-enum-added'] });
    expect(diff(api(limited), api(item)).kinds).toEqual(['request-enum-removed', 'response-enum-removed']);
  });

  it('treats additionalProperties: false as a tighter limit', () => {
    expect(diff(api(item), api({ ...item, additionalProperties: false })).kinds).toEqual(['request-limit-tightened', 'response-limit-tightened']);
  });

  it('treats oneOf -> anyOf as looser', () => {
    const variants = (combinator: string) => ({ [combinator]: [{ type: 'string' }, { type: 'integer' }] });
    expect(diff(api(variants('oneOf')), api(variants('anyOf'))).kinds).toEqual(['request-limit-loosened', 'response-limit-loosened']);
  });

  it('pairs oneOf branches by content, not by position', () => {
    const before = { oneOf: [{ type: 'string' }, { type: 'integer' }] };
    const after = { oneOf: [{ type: 'integer' }, { type: 'string' }, { type: 'boolean' }] };
    expect(diff(api(before), api(after))).toEqual({ bump: 'major', kinds: ['request-variant-added', 'response-variant-added'] });
  });

  it('compares allOf parts that define the same property differently part by part', () => {
    const parts = (maxLength: number): JsonObject => ({ allOf: [{ properties: { name: { type: 'string' } } }, { properties: { name: { maxLength } } }] });
    expect(diff(api(parts(10)), api(parts(5))).kinds).toEqual(['request-limit-tightened', 'response-limit-tightened']);
  });

  it('reports a keyword it does not know as unclassified (breaking)', () => {
    const not = (type: string) => ({ ...item, not: { type } });
    expect(diff(api(not('array')), api(not('boolean')))).toEqual({ bump: 'major', kinds: ['unclassified-change'] });
  });

  it('ends on recursive schemas and finds a change deep inside them', () => {
    const tree = (maxLength: number): JsonObject => ({
      type: 'object',
      properties: { label: { type: 'string', maxLength }, children: { type: 'array', items: { $ref: '#/components/schemas/Item' } } },
    });
    expect(diff(api(tree(10)), api(tree(10)))).toEqual({ bump: 'none', kinds: [] });
    expect(diff(api(tree(10)), api(tree(20))).kinds).toEqual(['request-limit-loosened', 'response-limit-loosened']);
  });

  it('reports a description beside a $ref where it is written', () => {
    const described = (description: string) => (document: any) => {
      document.components.schemas.Wrapper = { type: 'object', properties: { item: { $ref: '#/components/schemas/Item', description } } };
      document.paths['/items/{id}'].put.responses['200'].content['application/json'].schema = { $ref: '#/components/schemas/Wrapper' };
    };
    const result = diffDocuments(api(item, described('One item.')), api(item, described('The item.')));
    expect(result.changes.map((change) => [change.kind, change.location])).toEqual([['description-changed', '/components/schemas/Wrapper/properties/item/description']]);
  });
});

describe('operations', () => {
  it('matches a path whose variable was renamed, and reports the parameter', () => {
    const renamed = api(item, (document) => {
      const operation = document.paths['/items/{id}'];
      operation.put.parameters[0].name = 'itemId';
      document.paths = { '/items/{itemId}': operation };
    });
    expect(diff(api(item), renamed)).toEqual({ bump: 'major', kinds: ['parameter-removed', 'required-parameter-added'] });
  });

  it('calls a new error status breaking when no `default` response covered it', () => {
    const with409 = api(item, (document) => (document.paths['/items/{id}'].put.responses['409'] = { description: 'Conflict.' }));
    expect(diff(api(item), with409)).toEqual({ bump: 'major', kinds: ['uncovered-error-response-added'] });
    const withDefault = (extra: JsonObject) => api(item, (document) => Object.assign(document.paths['/items/{id}'].put.responses, { default: { description: 'Any error.' } }, extra));
    expect(diff(withDefault({}), withDefault({ '409': { description: 'Conflict.' } }))).toEqual({ bump: 'minor', kinds: ['error-response-added'] });
  });

  it('classifies changed pagination metadata as breaking and new pagination as a feature', () => {
    const paged = (metaPath: string) => api(item, (document) => (document.paths['/items/{id}'].put['x-pagination'] = { style: 'page', metaPath }));
    expect(diff(api(item), paged('/meta'))).toEqual({ bump: 'minor', kinds: ['pagination-added'] });
    expect(diff(paged('/meta'), paged('/meta/pagination'))).toEqual({ bump: 'major', kinds: ['pagination-changed'] });
  });

  it('treats a removed way to authenticate as breaking', () => {
    const secured = (security: JsonObject[]) => api(item, (document) => (document.security = security));
    expect(diff(secured([{ key: [] }, { oauth: ['read'] }]), secured([{ key: [] }]))).toEqual({ bump: 'major', kinds: ['security-requirement-removed'] });
    expect(diff(api(item), secured([{ key: [] }]))).toEqual({ bump: 'major', kinds: ['security-requirement-added', 'security-requirement-removed'] });
  });

  it('reports top-level keys it does not know as unclassified', () => {
    const hooks = (url: string) => api(item, (document) => (document.webhooks = { ping: { post: { responses: { '200': { description: url } } } } }));
    expect(diff(hooks('a'), hooks('b')).kinds).toEqual(['unclassified-change']);
  });
});

describe('document checks', () => {
  it('accepts a valid document', () => {
    expect(documentProblems(api(item))).toEqual([]);
  });

  it('names what is wrong with an invalid one', () => {
    expect(documentProblems(new OpenApiDocument({ swagger: '2.0' }, 'x'))).toEqual(['it is Swagger 2.0; only OpenAPI 3.x is supported']);
    expect(documentProblems(new OpenApiDocument({ hello: 'world' }, 'x'))[0]).toContain('not an OpenAPI 3 document');
    const broken = api(item, (document) => (document.paths['/items/{id}'].put.requestBody.content['application/json'].schema = { $ref: '#/components/schemas/Missing' }));
    expect(documentProblems(broken)).toEqual(['/paths/~1items~1{id}/put/requestBody/content/application~1json/schema refers to #/components/schemas/Missing, which does not exist']);
    const noResponses = api(item, (document) => delete document.paths['/items/{id}'].put.responses);
    expect(documentProblems(noResponses)).toEqual(['/paths/~1items~1{id}/put has no `responses` object']);
  });
});
