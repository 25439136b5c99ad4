// @cometchat-rest/mock/app: the mock as a fetch handler for edge runtimes (Cloudflare Workers,
// Deno, Bun): no Node built-ins anywhere in this module graph, and validators compiled ahead of
// time (Workers refuse to generate code at run time).
//
//   import { createMockApp } from '@cometchat-rest/mock/app';
//   const mock = createMockApp({ seed: 'demo' });
//   export default { fetch: (request: Request) => mock.serve(request) };
export { createMockApp, DEFAULT_MAX_BODY_BYTES, DEFAULT_RATE_LIMIT, type MockApp, type MockOptions } from './app.ts';
export {
  DEFAULT_PIN_SETTINGS,
  MockStore,
  groupConversationId,
  userConversationId,
  type ConversationEntry,
  type ConversationState,
  type ConversationTarget,
  type PinSettings,
  type RenderOptions,
  type StoreOptions,
  type StoredMessage,
} from './store.ts';
export { SeedError, type Seed } from './seed.ts';
export { DEMO_API_KEY, DEMO_APP_ID, DEMO_GUIDS, DEMO_REGION, DEMO_UIDS, demoSeed } from './demo-seed.ts';
export { FaultController, assertValidFaultRules, type Fault, type FaultRule } from './faults.ts';
export { ApiError, type ErrorEnvelope } from './errors.ts';
