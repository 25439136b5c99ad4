// The smoke scenario every runtime runs unchanged (Node, Bun, Deno, and Chromium through an esbuild
// bundle): plain ESM, web APIs only, no Node built-ins. It drives the BUILT client
// (`@cometchat-rest/client` resolves to packages/client/dist) against a mock seeded with the demo data:
//   1. list with pagination: one page, then every page through `for await`;
//   2. update a conversation's tags, then read them back;
//   3. an error: an unknown uid is a typed CometChatNotFoundError;
//   4. a 429 with `Retry-After: 0` (injected by the mock, see RATE_LIMIT_FAULT) is retried, then succeeds;
//   5. the browser guard: without `dangerouslyAllowBrowser` the client refuses to start where `window`
//      and `document` exist, and only there.
// It returns every check with what was seen; it never throws for a failed check.
import { CometChatArgumentError, CometChatNotFoundError, createCometChatClient } from '@cometchat-rest/client';

/** The acting user, and what the demo seed gives them (mock README, "Demo data"). */
export const ACTING_UID = 'cometchat-uid-1';
export const EXPECTED_CONVERSATIONS = [
  'group_project-group',
  'cometchat-uid-1_user_cometchat-uid-2',
  'cometchat-uid-1_user_cometchat-uid-3',
  'cometchat-uid-1_user_cometchat-uid-4',
  'group_hiking-group',
];

/** The one request the mock answers with a 429 (once), so the client has to retry it. */
export const RATE_LIMIT_FAULT = {
  operationId: 'getGroupConversation',
  times: 1,
  fault: { type: 'status', status: 429, code: 'ERR_TOO_MANY_REQUESTS', message: 'Too many requests.', retryAfter: 0 },
};

/**
 * @param {{ baseUrl: string, apiKey: string, runtime: string }} options
 * @returns {Promise<{ ok: boolean, checks: { name: string, ok: boolean, seen: unknown }[] }>}
 */
export async function runScenario({ baseUrl, apiKey, runtime }) {
  const checks = [];
  const check = (name, ok, seen) => checks.push({ name, ok: ok === true, seen });
  const step = async (name, body) => {
    try {
      await body();
    } catch (error) {
      check(name, false, `threw ${error?.name}: ${error?.message}`);
    }
  };

  // Every attempt the client makes, as the network saw it.
  const attempts = [];
  const client = createCometChatClient({
    baseUrl,
    apiKey,
    onBehalfOf: ACTING_UID,
    maxRetries: 2,
    timeoutMs: 10_000,
    dangerouslyAllowBrowser: true,
    fetch: async (request, init) => {
      const response = await globalThis.fetch(request, init);
      attempts.push({ method: request.method, path: new URL(request.url).pathname, status: response.status });
      return response;
    },
  });
  const attemptsSince = (start) => attempts.slice(start);

  await step('list: one page', async () => {
    const page = await client.listConversations({ perPage: 2 });
    const seen = { ids: page.data.map((c) => c.conversationId), pagination: page.meta.pagination };
    check(
      'list: one page',
      seen.ids.join() === EXPECTED_CONVERSATIONS.slice(0, 2).join() && page.meta.pagination.total === 5 && page.meta.pagination.total_pages === 3,
      seen,
    );
  });

  await step('list: every page', async () => {
    const start = attempts.length;
    const ids = [];
    for await (const conversation of client.listConversations({ perPage: 2 })) ids.push(conversation.conversationId);
    const pagesFetched = attemptsSince(start).filter((a) => a.path.endsWith('/conversations')).length;
    check('list: every page', ids.join() === EXPECTED_CONVERSATIONS.join() && pagesFetched === 3, { ids, pagesFetched });
  });

  await step('update tags', async () => {
    const tags = ['smoke', `runtime-${runtime}`];
    const updated = await client.updateUserConversation({ uid: 'cometchat-uid-3', tags });
    const reread = await client.getUserConversation({ uid: 'cometchat-uid-3' });
    const seen = { updated: updated.tags, reread: reread.tags, conversationId: reread.conversationId };
    check(
      'update tags',
      JSON.stringify(updated.tags) === JSON.stringify(tags) && JSON.stringify(reread.tags) === JSON.stringify(tags) && reread.conversationId === EXPECTED_CONVERSATIONS[2],
      seen,
    );
  });

  await step('error: unknown uid', async () => {
    try {
      const conversation = await client.getUserConversation({ uid: 'nobody-here' });
      check('error: unknown uid', false, { resolved: conversation });
    } catch (error) {
      const seen = { name: error?.constructor?.name, status: error?.status, code: error?.code };
      check('error: unknown uid', error instanceof CometChatNotFoundError && error.status === 404 && error.code === 'ERR_UID_NOT_FOUND', seen);
    }
  });

  await step('429 retried', async () => {
    const start = attempts.length;
    const began = Date.now();
    const conversation = await client.getGroupConversation({ guid: 'hiking-group' });
    const tries = attemptsSince(start).map((a) => a.status);
    const seen = { statuses: tries, conversationId: conversation.conversationId, ms: Date.now() - began };
    // Two attempts: the injected 429, then the real answer. Retry-After: 0, so no long wait either.
    check('429 retried', tries.join() === '429,200' && conversation.conversationId === 'group_hiking-group' && seen.ms < 5_000, seen);
  });

  await step('browser guard', async () => {
    const inBrowser = typeof globalThis.window !== 'undefined' && typeof globalThis.document !== 'undefined';
    let refused;
    try {
      createCometChatClient({ baseUrl, apiKey });
      refused = false;
    } catch (error) {
      refused = error instanceof CometChatArgumentError;
    }
    check('browser guard', refused === inBrowser, { inBrowser, refused });
  });

  return { ok: checks.length > 0 && checks.every((c) => c.ok), checks };
}
