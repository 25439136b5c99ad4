// @cometchat-rest/mock: a stateful fake of the CometChat REST API v3 conversation endpoints,
// validated by the spec. The node server, the Hono app, the store and the seed; MSW handlers are
// in `@cometchat-rest/mock/msw`.
export { startMockServer, type MockServer, type MockServerOptions, type RequestRecord } from './server.ts';
export { createMockApp, DEFAULT_MAX_BODY_BYTES, DEFAULT_RATE_LIMIT, type MockApp, type MockOptions } from './app.ts';
export {
  AGENTIC_ROLE,
  APP_SYSTEM,
  DEFAULT_PIN_SETTINGS,
  MockStore,
  groupConversationId,
  userConversationId,
  type ConversationEntry,
  type ConversationState,
  type ConversationTarget,
  type PinSettings,
  type RenderOptions,
  type ResetOptions,
  type StoreOptions,
  type StoredMessage,
} from './store.ts';
export {
  SeedError,
  assertValidSeed,
  emptySeed,
  seedSchema,
  type Seed,
  type SeedBlock,
  type SeedConversation,
  type SeedGlobalPin,
  type SeedGroup,
  type SeedMember,
  type SeedMessage,
  type SeedMessageCategory,
  type SeedUser,
} from './seed.ts';
export { DEMO_API_KEY, DEMO_APP_ID, DEMO_GUIDS, DEMO_REGION, DEMO_UIDS, demoSeed } from './demo-seed.ts';
export {
  FaultController,
  assertValidFaultRules,
  createPrng,
  type DelayFault,
  type Fault,
  type FaultRule,
  type FaultType,
  type HtmlFault,
  type ResetAfterHeadersFault,
  type ResetFault,
  type StatusFault,
  type TruncateFault,
} from './faults.ts';
export { RateLimiter, type RateLimitOptions } from './rate-limit.ts';
export { ApiError, type ErrorDetails, type ErrorEnvelope } from './errors.ts';
export { operationIds, type OperationId } from './spec.ts';
