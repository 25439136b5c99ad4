// The spec describes exactly CometChat's 21 conversation operations, each with the method, path,
// operationId, headers, parameters and responses the docs give it.
import { describe, expect, it } from 'vitest';
import { document, operation, operations, response } from './spec.ts';

type Expected = [method: string, path: string, onBehalfOf: 'required' | 'optional' | 'none', body: 'none' | 'optional' | 'required', retrySafe: boolean, deprecated?: true];

const OPERATIONS: Record<string, Expected> = {
  listConversations: ['GET', '/conversations', 'optional', 'none', true],
  getConversation: ['GET', '/conversations/{conversationId}', 'required', 'none', true, true],
  deleteConversation: ['DELETE', '/conversations/{conversationId}', 'required', 'none', false, true],
  getUserConversation: ['GET', '/users/{uid}/conversation', 'required', 'none', true],
  updateUserConversation: ['PUT', '/users/{uid}/conversation', 'required', 'required', true],
  resetUserConversation: ['DELETE', '/users/{uid}/conversation', 'required', 'optional', false],
  markUserConversationAsDelivered: ['POST', '/users/{uid}/conversation/delivered', 'required', 'optional', true],
  markUserConversationAsRead: ['POST', '/users/{uid}/conversation/read', 'required', 'optional', true],
  markUserConversationAsUnread: ['DELETE', '/users/{uid}/conversation/read', 'required', 'required', true],
  getGroupConversation: ['GET', '/groups/{guid}/conversation', 'required', 'none', true],
  updateGroupConversation: ['PUT', '/groups/{guid}/conversation', 'required', 'required', true],
  resetGroupConversation: ['DELETE', '/groups/{guid}/conversation', 'required', 'optional', false],
  markGroupConversationAsDelivered: ['POST', '/groups/{guid}/conversation/delivered', 'required', 'optional', true],
  markGroupConversationAsRead: ['POST', '/groups/{guid}/conversation/read', 'required', 'optional', true],
  // Required since CometChat's newest file (its older one declared no onBehalfOf here).
  markGroupConversationAsUnread: ['DELETE', '/groups/{guid}/conversation/read', 'required', 'required', true],
  // Pins: per user (onBehalfOf required, idempotent), and the app's global list (no onBehalfOf).
  pinUserConversation: ['POST', '/users/{uid}/conversation/pin', 'required', 'none', true],
  unpinUserConversation: ['DELETE', '/users/{uid}/conversation/pin', 'required', 'none', true],
  pinGroupConversation: ['POST', '/groups/{guid}/conversation/pin', 'required', 'none', true],
  unpinGroupConversation: ['DELETE', '/groups/{guid}/conversation/pin', 'required', 'none', true],
  listPinnedConversations: ['GET', '/conversations/pinned', 'none', 'none', true],
  updatePinnedConversations: ['PUT', '/conversations/pinned', 'none', 'required', true],
};

describe('operations', () => {
  it('are exactly the 21 documented ones', () => {
    expect(operations.map((op) => op.operationId).sort()).toEqual(Object.keys(OPERATIONS).sort());
  });

  it.each(Object.entries(OPERATIONS))('%s', (operationId, [method, path, onBehalfOf, body, retrySafe, deprecated]) => {
    const op = operation(operationId);
    expect(`${op.method} ${op.path}`).toBe(`${method} ${path}`);
    expect(op.deprecated ?? false).toBe(deprecated ?? false);
    expect(op['x-retry-safe']).toBe(retrySafe);
    expect(op.tags).toEqual(['Conversations']);

    const header = op.parameters.find((p) => p.in === 'header' && p.name === 'onBehalfOf');
    if (onBehalfOf === 'none') expect(header, 'onBehalfOf header').toBeUndefined();
    else expect(header?.required ?? false, 'onBehalfOf header').toBe(onBehalfOf === 'required');

    const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    expect(op.parameters.filter((p) => p.in === 'path').map((p) => p.name)).toEqual(pathParams);
    for (const p of op.parameters.filter((p) => p.in === 'path')) expect(p.required).toBe(true);

    if (body === 'none') expect(op.requestBody).toBeUndefined();
    else expect(op.requestBody?.required ?? false).toBe(body === 'required');

    // 400 and 404 need something to be wrong or missing: an operation that takes no input (no
    // parameter, no body) declares neither, since no request of it can get one.
    const takesInput = op.parameters.length > 0 || body !== 'none';
    const errors = ['400', '401', '403', '404', '429', 'default'].filter((status) => takesInput || (status !== '400' && status !== '404'));
    expect(Object.keys(op.responses).sort()).toEqual(['200', ...errors].sort());
    for (const status of ['200', ...errors]) {
      const res = response(operationId, status);
      expect(res, `${operationId} ${status}`).toBeDefined();
      expect(res.content?.['application/json']?.schema, `${operationId} ${status} schema`).toBeDefined();
    }
    for (const status of errors) {
      expect(response(operationId, status).content['application/json'].schema.$ref).toBe('#/components/schemas/CometChatErrorBody');
    }
    expect(Object.keys(response(operationId, '200').headers)).toEqual(['X-Rate-Limit', 'X-Rate-Limit-Remaining']);
    expect(Object.keys(response(operationId, '429').headers)).toEqual(['X-Rate-Limit', 'X-Rate-Limit-Remaining', 'Retry-After', 'X-Rate-Limit-Reset']);
  });

  it('deprecated operations name their replacements', () => {
    expect(operation('getConversation')['x-replaced-by']).toEqual(['getUserConversation', 'getGroupConversation']);
    expect(operation('deleteConversation')['x-replaced-by']).toEqual(['resetUserConversation', 'resetGroupConversation']);
  });
});

describe('listConversations query parameters', () => {
  const query = Object.fromEntries(operation('listConversations').parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]));

  it('are the documented ones, all optional', () => {
    expect(Object.keys(query).sort()).toEqual(
      [
        'conversationType', 'groupTags', 'page', 'perPage', 'searchKey', 'tags', 'unread', 'userTags', 'withTags', 'withUserAndGroupTags',
        'includeBlockedUsers', 'withBlockedInfo', 'hideAgentic', 'onlyAgentic', 'useCursoredIndex', 'unique', 'pinnedBy',
      ].sort(),
    );
    for (const p of Object.values<any>(query)) expect(p.required).toBe(false);
  });

  it('arrays are sent comma-separated', () => {
    for (const name of ['tags', 'userTags', 'groupTags', 'pinnedBy']) {
      expect(query[name]).toMatchObject({ style: 'form', explode: false, schema: { type: 'array' } });
    }
  });

  it('paging has integer defaults and limits', () => {
    expect(query.perPage.schema).toEqual({ type: 'integer', description: 'The page size.', minimum: 1, maximum: 1000, default: 100 });
    expect(query.page.schema).toMatchObject({ type: 'integer', minimum: 1, default: 1 });
  });

  it('booleans and the conversation type are typed', () => {
    for (const name of ['withTags', 'withUserAndGroupTags', 'unread']) expect(query[name].schema.type).toBe('boolean');
    expect(query.conversationType.schema.$ref).toBe('#/components/schemas/ConversationType');
    expect(document.components.schemas!.ConversationType.enum).toEqual(['user', 'group']);
  });
});

describe('document', () => {
  it('has no keyword beside a $ref (tools that dereference drop or misapply it: say it in the parent)', () => {
    const siblings: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${at}/${i}`));
      else if (node !== null && typeof node === 'object') {
        const keys = Object.keys(node);
        if (keys.includes('$ref') && keys.length > 1) siblings.push(`${at}: ${keys.filter((k) => k !== '$ref').join(', ')}`);
        for (const [key, value] of Object.entries(node)) walk(value, `${at}/${key}`);
      }
    };
    walk(document, '');
    expect(siblings).toEqual([]);
  });

  it('is OpenAPI 3.1 with the regional server and the apikey scheme', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.servers[0]!.url).toBe('https://{appId}.api-{region}.cometchat.io/v3');
    expect(document.servers[0]!.variables.region!.enum).toEqual(['us', 'eu', 'in']);
    expect(document.components.securitySchemes!.apiKey).toMatchObject({ type: 'apiKey', in: 'header', name: 'apikey' });
    expect(document.security).toEqual([{ apiKey: [] }]);
  });

  it('response objects stay open to new fields', () => {
    const closed = JSON.stringify(document.components.schemas).match(/"additionalProperties":false|"unevaluatedProperties":false/g);
    expect(closed).toBeNull();
  });
});
