// Request bodies: a body on an operation that declares none, or malformed JSON on one that declares
// one, is a 400 with CometChat's envelope and a `details` entry for `body`, and changes nothing.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_API_KEY, startMockServer, type MockServer } from '../src/index.ts';
import { U1, U2 } from './helpers.ts';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server.close());

const headers = { apikey: DEMO_API_KEY, onBehalfOf: U1, 'content-type': 'application/json' };

/** A raw request (fetch refuses a body on GET), read whole. */
function raw(method: string, path: string, body: string): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, json: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('request bodies', () => {
  it.each([
    ['GET', '/conversations', 'listConversations'],
    ['GET', `/users/${U2}/conversation`, 'getUserConversation'],
    ['GET', '/groups/project-group/conversation', 'getGroupConversation'],
    ['DELETE', `/conversations/${U1}_user_${U2}`, 'deleteConversation'],
  ])('%s %s (%s declares no body): a body is a 400 that changes nothing', async (method, path, operationId) => {
    const before = server.store.snapshot();
    const { status, json } = await raw(method, path, '{"tags":["x"]}');
    expect(status).toBe(400);
    expect(json.error).toMatchObject({ code: 'ERR_BAD_REQUEST', source: 'chat-api', details: { body: [`must be empty: ${operationId} takes no request body`] } });
    expect(server.store.snapshot()).toEqual(before);
  });

  it('an empty body (Content-Length: 0) on such an operation is fine', async () => {
    expect((await raw('DELETE', `/conversations/${U1}_user_${U2}`, '')).status).toBe(200);
    server.store.reset();
  });

  it.each([
    ['PUT', `/users/${U2}/conversation`],
    ['POST', `/users/${U2}/conversation/read`],
    ['DELETE', `/users/${U2}/conversation`],
  ])('%s %s: malformed JSON is a 400 that changes nothing', async (method, path) => {
    const before = server.store.snapshot();
    const { status, json } = await raw(method, path, '{"tags": [');
    expect(status).toBe(400);
    expect(json.error).toMatchObject({ code: 'ERR_BAD_REQUEST', details: { body: ['must be valid JSON'] } });
    expect(server.store.snapshot()).toEqual(before);
  });
});
