// CometChat's own OpenAPI file against the spec: each kind of difference, planted in a small
// document in the shape of CometChat's (OpenAPI 3.0, its operationIds), is found and named.
import { describe, expect, it } from 'vitest';
import { checkVendorDocument } from '../src/lib/check-vendor-document.ts';
import type { JsonObject } from '../src/lib/openapi-document.ts';
import { spec } from './helpers.ts';

const header = (name: string, required: boolean) => ({ name, in: 'header', required, schema: { type: 'string' } });
const path = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
const json = (schema: object, example?: unknown) => ({ content: { 'application/json': { schema, ...(example === undefined ? {} : { example }) } } }) as JsonObject;

function vendor(paths: JsonObject): JsonObject {
  return { openapi: '3.0.1', info: { title: 'Chat APIs', version: '3' }, paths };
}

/** The findings of CometChat's operation `operationId`, as kind and subject. */
function findingsOf(paths: JsonObject, operationId: string) {
  const result = checkVendorDocument(spec, 'chat-apis.json', vendor(paths)).find((r) => r.file === `chat-apis.json#${operationId}`)!;
  return { result, kinds: result.findings.map((f) => [f.kind, f.subject]) };
}

describe("CometChat's OpenAPI file against the spec", () => {
  it('finds nothing to say about an operation both describe alike', () => {
    const { result } = findingsOf({ '/groups/{groupId}/conversation': { get: { operationId: 'get', parameters: [header('onBehalfOf', true), path('groupId')], responses: { '200': { description: 'ok' } } } } }, 'get');
    expect(result).toMatchObject({ operation: 'GET /groups/{guid}/conversation', operationId: 'getGroupConversation', status: 'match', findings: [] });
  });

  it('names operations either side lacks', () => {
    const results = checkVendorDocument(spec, 'chat-apis.json', vendor({ '/messages/{id}/pin': { post: { operationId: 'pin-message', responses: { '200': { description: 'ok' } } } } }));
    expect(results[0]).toMatchObject({ status: 'unknown', findings: [{ kind: 'operation-missing', subject: 'POST /messages/{id}/pin' }] });
    // The rest: every operation of the spec, missing from this document.
    expect(results.slice(1).map((r) => r.findings[0]!.kind)).toEqual(Array(21).fill('operation-not-in-docs'));
  });

  it('matches a literal path to its own operation, not to a template beside it', () => {
    const { result } = findingsOf({ '/conversations/pinned': { get: { operationId: 'list-pinned', responses: { '200': { description: 'ok' } } } } }, 'list-pinned');
    expect(result.operationId).toBe('listPinnedConversations');
  });

  it('compares parameters: missing, extra, required, type', () => {
    const { kinds } = findingsOf(
      {
        '/conversations': {
          get: {
            operationId: 'list',
            parameters: [
              header('onBehalfOf', true),
              { name: 'withMentions', in: 'query', schema: { type: 'boolean' } },
              { name: 'perPage', in: 'query', schema: { type: 'string' } },
              { name: 'page', in: 'query', schema: { type: 'integer' } },
            ],
            responses: { '200': { description: 'ok' } },
          },
        },
      },
      'list',
    );
    expect(kinds).toContainEqual(['parameter-required-mismatch', 'header onbehalfof']);
    expect(kinds).toContainEqual(['parameter-missing', 'query withMentions']);
    expect(kinds).toContainEqual(['parameter-type-mismatch', 'query perPage']);
    expect(kinds).toContainEqual(['parameter-not-in-docs', 'query searchKey']);
    expect(kinds).not.toContainEqual(['parameter-type-mismatch', 'query page']);
  });

  it('compares request bodies: fields either side lacks, and required flags', () => {
    const body = { required: true, ...json({ type: 'object', required: ['messageId'], properties: { messageId: { type: 'integer' }, reason: { type: 'string' } } }) };
    const { kinds } = findingsOf({ '/users/{uid}/conversation/delivered': { post: { operationId: 'delivered', parameters: [header('onBehalfOf', true), path('uid')], requestBody: body, responses: { '200': { description: 'ok' } } } } }, 'delivered');
    expect(kinds).toEqual([
      ['request-body-required-mismatch', 'body'],
      ['request-body-required-mismatch', '/messageId'],
      ['request-body-field-missing', '/reason'],
    ]);
  });

  it('compares responses: statuses the spec lacks, fields its schema does not name, and examples it rejects', () => {
    const ok = json(
      { type: 'object', properties: { data: { type: 'object', properties: { conversationId: { type: 'string' }, archivedAt: { type: 'integer' }, conversationWith: { type: 'object', properties: { uid: { type: 'string' }, nickname: { type: 'string' } } } } } } },
      { data: { conversationId: 'a_user_b', conversationType: 'group' } },
    );
    const { kinds, result } = findingsOf(
      { '/users/{uid}/conversation': { get: { operationId: 'get', parameters: [header('onBehalfOf', true), path('uid')], responses: { '200': { description: 'ok', ...ok }, '302': { description: 'moved' }, '409': { description: 'conflict', ...json({ type: 'object' }, { error: { code: 'X', message: 'conflict' } }) } } } } },
      'get',
    );
    expect(kinds).toEqual([
      ['response-field-missing', '200 /data/archivedAt'],
      ['response-field-missing', '200 /data/conversationWith/nickname'],
      ['example-rejected', '200 example'],
      ['response-status-missing', '302'],
    ]);
    expect(result.findings.find((f) => f.kind === 'example-rejected')!.message).toContain('/data/conversationType must be "user"');
  });
});
