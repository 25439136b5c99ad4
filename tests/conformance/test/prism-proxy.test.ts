// Prism as a validating proxy (--errors) in front of the mock, driven through the built client: every
// operation, valid calls and the failures every operation has (401, 403, 404). Prism checks each
// request against the spec before forwarding it and each response of the mock on the way back; any
// violation comes back as Prism's own error instead of the mock's answer.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CometChatAuthenticationError,
  CometChatNotFoundError,
  CometChatPermissionDeniedError,
  createCometChatClient,
} from '@cometchat-rest/client';
import { DEMO_API_KEY, startMockServer, type MockServer } from '@cometchat-rest/mock';
import { ACTING_USER, OPERATIONS, resultProblems, SPEC_OPERATIONS, type Client } from './support/operations.ts';
import { prismProxy } from './support/prism.ts';
import type { Served } from './support/processes.ts';
import { recorder } from './support/recorder.ts';

const AUTH_ONLY_KEY = 'conformance-auth-only-key-6f1e2d';
let mock: MockServer;
let prism: Served;
const wire = recorder();
let clients: Record<'ok' | 'wrongKey' | 'authOnly', Client>;

beforeAll(async () => {
  mock = await startMockServer({ port: 0, authOnlyApiKey: AUTH_ONLY_KEY, rateLimit: false });
  prism = await prismProxy(mock.url);
  const common = { baseUrl: prism.url, onBehalfOf: ACTING_USER, maxRetries: 0, timeoutMs: 15_000, fetch: wire.fetch } as const;
  clients = {
    ok: createCometChatClient({ ...common, apiKey: DEMO_API_KEY }),
    wrongKey: createCometChatClient({ ...common, apiKey: 'conformance-wrong-key-1b2c3d' }),
    authOnly: createCometChatClient({ ...common, apiKey: AUTH_ONLY_KEY }),
  };
});
afterAll(async () => {
  await prism?.stop();
  await mock?.close();
});
beforeEach(() => {
  mock.store.reset();
  wire.exchanges.length = 0;
});

/** Prism's verdict on every exchange of the call just made: none may carry a violation. */
function expectNoViolations() {
  expect(wire.exchanges.length).toBeGreaterThan(0);
  const flagged = wire.exchanges.filter((e) => e.verdict.error || e.verdict.violations);
  expect(flagged, JSON.stringify(flagged, null, 2)).toEqual([]);
}

it('covers every operation of the spec', () => {
  expect(Object.keys(OPERATIONS).sort()).toEqual(SPEC_OPERATIONS.map((o) => o.operationId).sort());
});

describe.each(Object.entries(OPERATIONS))('%s', (_operationId, calls) => {
  it('valid call: Prism finds nothing wrong with the request or the response, and the client returns the result', async () => {
    const value = await calls.valid(clients.ok);
    expectNoViolations();
    expect(resultProblems(calls.kind, value)).toEqual([]);
  });

  it('401 (unknown API key), 403 (authOnly key, and not the user\'s), 404 (where the operation has them): each a conforming response and its typed error', async () => {
    const { missing, forbidden } = calls;
    const cases = [
      [() => calls.valid(clients.wrongKey), CometChatAuthenticationError],
      [() => calls.valid(clients.authOnly), CometChatPermissionDeniedError],
      ...(missing ? [[() => missing(clients.ok), CometChatNotFoundError] as const] : []),
    ] as const;
    for (const [call, errorClass] of cases) await expect(call()).rejects.toBeInstanceOf(errorClass);
    if (_operationId === 'listConversations') await forbidden!(clients.ok); // another user's list: valid too
    else if (forbidden) await expect(forbidden(clients.ok)).rejects.toBeInstanceOf(CometChatPermissionDeniedError);
    expectNoViolations();
  });
});

it('a request the spec forbids is stopped by Prism (so the checks above would see one)', async () => {
  const response = await fetch(`${prism.url}/conversations?perPage=5000`, { headers: { apikey: DEMO_API_KEY, onBehalfOf: ACTING_USER } });
  expect(response.status).toBe(422);
  expect(await response.json()).toMatchObject({ type: 'https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY' });
});

it('a response the spec forbids is stopped by Prism', async () => {
  // A 502 HTML page (a proxy's): the spec's `default` response is CometChat's JSON envelope.
  mock.faults.set([{ operationId: 'getUserConversation', times: 1, fault: { type: 'html', status: 502 } }]);
  const response = await fetch(`${prism.url}/users/cometchat-uid-2/conversation`, { headers: { apikey: DEMO_API_KEY, onBehalfOf: ACTING_USER } });
  mock.faults.clear();
  expect(response.status).toBe(500);
  expect(response.headers.get('sl-violations')).toBeTruthy();
});
