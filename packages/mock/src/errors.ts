// CometChat's error envelope, `{ error: { message, devMessage, source, details?, code } }`, and the
// errors the mock answers with. Messages name the entity at fault, never the API key.
export type ErrorDetails = Record<string, string[]>;

export interface ErrorEnvelope {
  error: { message: string; devMessage: string; source: 'chat-api'; details?: ErrorDetails; code: string };
}

/** An error answered with CometChat's envelope. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly devMessage: string;
  readonly details: ErrorDetails | undefined;
  readonly headers: Record<string, string>;

  constructor(status: number, code: string, message: string, options: { devMessage?: string; details?: ErrorDetails; headers?: Record<string, string> } = {}) {
    // An answer, not a bug: skip the stack trace, which costs more than the rest of the error.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.devMessage = options.devMessage ?? message;
    this.details = options.details;
    this.headers = options.headers ?? {};
  }

  toJSON(): ErrorEnvelope {
    return {
      error: {
        message: this.message,
        devMessage: this.devMessage,
        source: 'chat-api',
        ...(this.details ? { details: this.details } : {}),
        code: this.code,
      },
    };
  }
}

/** Long or odd identifiers are shortened before they appear in a message. */
function quote(value: string): string {
  const flat = value.replace(/[\u0000-\u001f\u007f]/g, '?');
  return flat.length > 100 ? `${flat.slice(0, 100)}...` : flat;
}

export const badRequest = (details: ErrorDetails, message = 'Failed to validate the data sent with the request.') =>
  new ApiError(400, 'ERR_BAD_REQUEST', message, { details });

export const emptyApiKey = (header: string) =>
  new ApiError(401, 'AUTH_ERR_EMPTY_APIKEY', 'The API key is missing from the request.', {
    devMessage: `Send your REST API key (fullAccess scope) in the \`${header}\` header.`,
  });

export const apiKeyNotFound = (header: string) =>
  new ApiError(401, 'AUTH_ERR_APIKEY_NOT_FOUND', 'The API key sent does not exist for this app.', {
    devMessage: `The \`${header}\` header does not name an API key of this app. Use the REST API key from the dashboard (or the mock's configured key).`,
  });

export const noAccess = () =>
  new ApiError(403, 'AUTH_ERR_NO_ACCESS', 'The API key sent cannot be used to perform this operation. Please use an API key with the correct scope.', {
    devMessage: 'The key has the authOnly scope; REST operations need a key with the fullAccess scope (the REST API Key of the dashboard).',
  });

export const uidNotFound = (uid: string) =>
  new ApiError(404, 'ERR_UID_NOT_FOUND', `The UID ${quote(uid)} does not exist, please make sure you have created a user with UID ${quote(uid)}.`, {
    devMessage: `The UID ${quote(uid)} does not exist, so please make sure you have created a user with UID ${quote(uid)}.`,
  });

export const guidNotFound = (guid: string) =>
  new ApiError(404, 'ERR_GUID_NOT_FOUND', `The GUID ${quote(guid)} does not exist, please make sure you have created a group with GUID ${quote(guid)}.`, {
    devMessage: `The GUID ${quote(guid)} does not exist, so please make sure you have created a group with GUID ${quote(guid)}.`,
  });

export const conversationNotFound = (conversationId: string) =>
  new ApiError(404, 'ERR_CONVERSATION_NOT_FOUND', `The conversation ${quote(conversationId)} does not exist.`, {
    devMessage: `No conversation has the id ${quote(conversationId)}. Ids look like group_{guid} or {uidA}_user_{uidB}; a conversation exists once a message is sent.`,
  });

export const conversationNotAccessible = (uid: string, conversationId: string) =>
  new ApiError(403, 'ERR_CONVERSATION_NOT_ACCESSIBLE', `The user ${quote(uid)} cannot access the conversation ${quote(conversationId)}.`, {
    devMessage: `The user ${quote(uid)} may access only their own one-on-one conversations and the groups they belong to, and only once a message was exchanged (or after a reset, once a new message arrives).`,
  });

export const messageNotFound = (messageId: number, conversationId: string) =>
  new ApiError(404, 'ERR_MESSAGE_ID_NOT_FOUND', `The message ${messageId} does not exist in the conversation ${quote(conversationId)}.`, {
    devMessage: `No message with id ${messageId} belongs to the conversation ${quote(conversationId)}.`,
  });

export const featureNotAccessible = () =>
  new ApiError(403, 'ERR_FEATURE_NOT_ACCESSIBLE', 'Pinning conversations is not enabled for this app.', {
    devMessage: 'Enable the feature features.ux.conversations.pinned.enabled for the app to use this API (the mock turns it off with the `pins: false` option or `--pins off`).',
  });

export const systemPinned = (action: 'pinned' | 'unpinned') =>
  new ApiError(403, 'ERR_SYSTEM_PINNED_CONVERSATION', `The conversation is pinned for all users by the app and can not be ${action} by a user.`, {
    devMessage: 'The app pinned this conversation for everyone (PUT /conversations/pinned); only the app can change that pin.',
  });

export const pinLimitExceeded = (uid: string, limit: number) =>
  new ApiError(400, 'ERR_PINNED_CONVERSATIONS_LIMIT_EXCEEDED', `The number of pinned conversations for the user with uid ${quote(uid)} has reached the allowed limit of ${limit}.`, {
    devMessage: `A user can pin up to ${limit} conversations; unpin one first. The app's global pins do not count.`,
  });

export const globalPinLimitExceeded = (limit: number, asked: number) =>
  new ApiError(400, 'ERR_SYSTEM_PINNED_CONVERSATIONS_LIMIT_EXCEEDED', `The number of pinned conversations exceeds the allowed limit of ${limit}.`, {
    devMessage: `The list names ${asked} distinct conversations; an app can pin up to ${limit} globally. Nothing was changed.`,
  });

export const apiNotFound = (method: string, path: string) =>
  new ApiError(404, 'ERR_API_NOT_FOUND', `The API ${quote(method)} ${quote(path)} does not exist.`, {
    devMessage: 'Check the path against the CometChat REST API v3 reference; the mock serves the conversation endpoints under /v3.',
  });

export const methodNotAllowed = (method: string, path: string, allowed: string[]) =>
  new ApiError(405, 'ERR_API_NOT_FOUND', `The method ${quote(method)} is not supported on ${quote(path)}.`, {
    devMessage: `Allowed methods: ${allowed.join(', ')}.`,
    headers: { Allow: allowed.join(', ') },
  });

export const notImplemented = (operationId: string) =>
  new ApiError(501, 'ERR_NOT_IMPLEMENTED', `The operation ${quote(operationId)} is in the spec, but the mock has no behaviour for it yet.`, {
    devMessage: `Write its handler in @cometchat-rest/mock (src/handlers.ts): ${operationId}.`,
  });

export const payloadTooLarge = (maxBytes: number) =>
  new ApiError(413, 'ERR_BAD_REQUEST', 'The request body is too large.', {
    devMessage: `Request bodies are limited to ${maxBytes} bytes.`,
    details: { body: [`must NOT be larger than ${maxBytes} bytes`] },
  });

export const unsupportedMediaType = (contentType: string | null) =>
  new ApiError(415, 'ERR_BAD_REQUEST', 'The request body must be JSON.', {
    devMessage: `Send the body with \`Content-Type: application/json\`${contentType ? ` (got ${quote(contentType)})` : ' (none was sent)'}.`,
    details: { 'content-type': ['must be application/json'] },
  });

export const malformedJson = (reason: string) =>
  new ApiError(400, 'ERR_BAD_REQUEST', 'The request body is not valid JSON.', {
    devMessage: `The body could not be parsed as JSON: ${quote(reason)}`,
    details: { body: ['must be valid JSON'] },
  });

export const unexpectedBody = (operationId: string) =>
  new ApiError(400, 'ERR_BAD_REQUEST', 'The request must not have a body.', {
    devMessage: `${quote(operationId)} takes no request body; send none (and no Content-Length or Transfer-Encoding).`,
    details: { body: [`must be empty: ${quote(operationId)} takes no request body`] },
  });

export const tooManyRequests = (headers: Record<string, string>) =>
  new ApiError(429, 'ERR_TOO_MANY_REQUESTS', 'Too many requests. Please try again later.', {
    devMessage: 'The app used up its per-minute rate limit; wait for Retry-After seconds before retrying.',
    headers,
  });

export const internalError = () =>
  new ApiError(500, 'ERR_EXCEPTION', 'Something went wrong while processing the request.', {
    devMessage: 'The mock hit an unexpected error; this is a bug in @cometchat-rest/mock.',
  });

/** Replaces any occurrence of `secret` in the envelope's texts (belt and braces: messages never echo the key). */
export function redact(envelope: ErrorEnvelope, secret: string | null | undefined): ErrorEnvelope {
  if (!secret || secret.length < 4) return envelope;
  const json = JSON.stringify(envelope);
  const escaped = JSON.stringify(secret).slice(1, -1);
  if (!json.includes(escaped)) return envelope;
  return JSON.parse(json.split(escaped).join('[redacted]')) as ErrorEnvelope;
}
