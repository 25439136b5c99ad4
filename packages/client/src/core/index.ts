// The core's face: everything the generated layer and the client's assembly use. The core never
// imports generated code; what it needs of the spec (servers, operations, constraints) is handed to it.
export { APIPromise, type WithResponse } from './api-promise.ts';
export { actionResult, itemResult, itemsResult, pageResult, prepare, type Core, type PreparedCall } from './call.ts';
export type { Rule } from './constraints.ts';
export * from './errors.ts';
export type { Logger, LogLevel } from './logging.ts';
export { optionalBody, pick, type CheckedParams, type OnBehalfOfRequirement, type OperationSpec, type PaginationSpec } from './operation.ts';
export {
  deriveOptions,
  resolveOptions,
  type ClientOptionsFor,
  type DerivedOptions,
  type OnBehalfOfParam,
  type OptionalOnBehalfOf,
  type RequestOptions,
  type RequiredOnBehalfOf,
  type ServerInfo,
} from './options.ts';
export { ConversationPagePromise } from './pagination.ts';
export { createRedactor } from './redact.ts';
export type { ActionResult, ConversationPage } from './results.ts';
