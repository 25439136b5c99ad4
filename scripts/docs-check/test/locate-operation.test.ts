// Finding the spec operation a curl sample documents.
import { describe, expect, it } from 'vitest';
import { locateOperation, splitUrl } from '../src/lib/locate-operation.ts';
import { spec } from './helpers.ts';

const SERVER = 'https://{appId}.api-{region}.cometchat.io/v3';

describe('splitUrl', () => {
  it('strips the server base whatever its variables are called or set to', () => {
    for (const base of ['https://{appid}.api-{region}.cometchat.io/v3', 'https://{appId}.api-{region}.cometchat.io/v3', 'https://1234abcd.api-eu.cometchat.io/v3']) {
      expect(splitUrl(`${base}/users/{uid}/conversation`, [SERVER])).toEqual({ path: '/users/{uid}/conversation', query: [], serverMatched: true });
    }
  });

  it('reads query parameter names and ignores a trailing slash', () => {
    expect(splitUrl(`${SERVER}/conversations/?perPage=10&tags=a,b&with%54ags&`, [SERVER])).toEqual({
      path: '/conversations',
      query: ['perPage', 'tags', 'withTags'],
      serverMatched: true,
    });
  });

  it('still finds the path under another host', () => {
    expect(splitUrl('https://api.example.com/v3/conversations', [SERVER])).toEqual({ path: '/conversations', query: [], serverMatched: false });
  });
});

describe('locateOperation', () => {
  it('matches path templates by position, not by name', () => {
    const located = locateOperation(spec, 'get', 'https://{appid}.api-{region}.cometchat.io/v3/groups/{groupId}/conversation');
    expect(located.operation?.operationId).toBe('getGroupConversation');
    expect(located.findings).toEqual([]);
  });

  it('tells literal segments from templates', () => {
    expect(locateOperation(spec, 'POST', `${SERVER}/users/{uid}/conversation/read`).operation?.operationId).toBe('markUserConversationAsRead');
    expect(locateOperation(spec, 'DELETE', `${SERVER}/users/{uid}/conversation/read`).operation?.operationId).toBe('markUserConversationAsUnread');
    // A literal where the spec has both a literal and a template is the literal's endpoint:
    // /conversations/pinned is not /conversations/{conversationId}.
    expect(locateOperation(spec, 'GET', `${SERVER}/conversations/pinned`).operation?.operationId).toBe('listPinnedConversations');
    expect(locateOperation(spec, 'GET', `${SERVER}/conversations/{conversationId}`).operation?.operationId).toBe('getConversation');
    const deleted = locateOperation(spec, 'DELETE', `${SERVER}/conversations/pinned`);
    expect(deleted.operation).toBeNull();
    expect(deleted.findings[0]!.message).toContain('the spec has GET, PUT /conversations/pinned');
    // A literal where the spec has only a template is another endpoint.
    expect(locateOperation(spec, 'GET', `${SERVER}/conversations/archived`).operation).toBeNull();
  });

  it('reports an unknown endpoint, naming the methods the spec has on that path', () => {
    const pin = locateOperation(spec, 'POST', `${SERVER}/messages/{id}/pin`);
    expect(pin.operation).toBeNull();
    expect(pin.findings).toEqual([{ kind: 'unknown-operation', message: 'POST /messages/{id}/pin is not an operation of the spec' }]);
    const patch = locateOperation(spec, 'PATCH', `${SERVER}/users/{uid}/conversation`);
    expect(patch.findings[0]!.message).toContain('the spec has GET, PUT, DELETE /users/{uid}/conversation');
  });

  it('reports a URL outside the spec servers but still locates the operation', () => {
    const located = locateOperation(spec, 'GET', 'https://api.example.com/v3/conversations');
    expect(located.operation?.operationId).toBe('listConversations');
    expect(located.findings.map((f) => f.kind)).toEqual(['server-mismatch']);
  });
});
