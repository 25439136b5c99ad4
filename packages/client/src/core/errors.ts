// Every error the client throws. All extend CometChatError, so one `instanceof` catches them all,
// and each failure kind has its own class: HTTP errors by status, rate limits, timeouts, connection
// failures, aborts, responses that are not CometChat's envelope, and bad arguments.
//
// None of them ever holds the API key: texts from the server are redacted before they get here,
// the request (whose headers carry the key) is never kept, and `toJSON` lists exactly what is safe.

export type CometChatErrorInit = {
  /** The operation that failed, e.g. `getUserConversation`. */
  operationId?: string | undefined;
  /** The HTTP status, when a response came back. */
  status?: number | undefined;
  /** CometChat's error code, e.g. `ERR_UID_NOT_FOUND`. */
  code?: string | undefined;
  /** CometChat's message for developers. */
  devMessage?: string | undefined;
  /** For `ERR_BAD_REQUEST`: each rejected field mapped to its reasons. */
  details?: Record<string, string[]> | undefined;
  /** The raw response, when one came back (its body has been read). */
  response?: Response | undefined;
  /** The parsed body, or the text that came back when it was not JSON. */
  body?: unknown;
  cause?: unknown;
};

/**
 * The parent of every error the client throws. `status`, `code`, `devMessage` and `details` come from
 * CometChat's error envelope when there is one; `response` is the raw response when one came back.
 */
export class CometChatError extends Error {
  override name = 'CometChatError';
  /** The operation that failed, e.g. `getUserConversation`. */
  readonly operationId: string | undefined;
  /** The HTTP status, when a response came back. */
  readonly status: number | undefined;
  /** CometChat's error code, e.g. `ERR_UID_NOT_FOUND`. */
  readonly code: string | undefined;
  /** CometChat's message for developers. */
  readonly devMessage: string | undefined;
  /** For `ERR_BAD_REQUEST`: each rejected field mapped to its reasons. */
  readonly details: Record<string, string[]> | undefined;
  /** The parsed body, or the text that came back when it was not JSON. */
  readonly body: unknown;
  /** The raw response, when one came back. Not enumerable, so logs and JSON stay small. */
  declare readonly response: Response | undefined;

  constructor(message: string, { cause, response, ...fields }: CometChatErrorInit = {}) {
    super(message, cause === undefined ? undefined : { cause });
    Object.assign(this, fields);
    Object.defineProperty(this, 'response', { value: response });
  }

  /** The response headers, when a response came back. */
  get headers(): Headers | undefined {
    return this.response?.headers;
  }

  /** What `JSON.stringify` shows: the fields above, without the body and the raw response. */
  toJSON(): Record<string, unknown> {
    const { name, message, operationId, status, code, devMessage, details } = this;
    return { ...(this as object), body: undefined, name, message, operationId, status, code, devMessage, details };
  }
}

/** The server answered with an error status and (usually) CometChat's error envelope. */
export class CometChatAPIError extends CometChatError {
  override name = 'CometChatAPIError';
  declare readonly status: number;
}
/** 400: a parameter or body field failed validation; see `details`. */
export class CometChatBadRequestError extends CometChatAPIError {
  override name = 'CometChatBadRequestError';
}
/** 401: the API key is missing or unknown. */
export class CometChatAuthenticationError extends CometChatAPIError {
  override name = 'CometChatAuthenticationError';
}
/** 403: the key or the acting user may not do this (e.g. `ERR_CONVERSATION_NOT_ACCESSIBLE`). */
export class CometChatPermissionDeniedError extends CometChatAPIError {
  override name = 'CometChatPermissionDeniedError';
}
/** 404: the user, group or conversation does not exist. */
export class CometChatNotFoundError extends CometChatAPIError {
  override name = 'CometChatNotFoundError';
}
/** 5xx: CometChat failed. */
export class CometChatServerError extends CometChatAPIError {
  override name = 'CometChatServerError';
}
/**
 * 429: the app's rate limit is used up. Thrown after the retries are spent, or at once when the
 * server asks for a longer wait than the client's `maxRetryWaitMs`.
 */
export class CometChatRateLimitError extends CometChatAPIError {
  override name = 'CometChatRateLimitError';
  /** How long the server asked to wait, in seconds (from `Retry-After` or `X-Rate-Limit-Reset`). */
  declare readonly retryAfterSeconds: number | undefined;

  constructor(message: string, init: CometChatErrorInit & { retryAfterSeconds?: number | undefined }) {
    super(message, init);
  }
}
/** The response was not what CometChat sends: HTML from a proxy, truncated or empty JSON, a wrong envelope. */
export class CometChatInvalidResponseError extends CometChatError {
  override name = 'CometChatInvalidResponseError';
}
/** No response: the connection failed or broke before a complete response arrived. */
export class CometChatConnectionError extends CometChatError {
  override name = 'CometChatConnectionError';
}
/** An attempt took longer than `timeoutMs`. */
export class CometChatTimeoutError extends CometChatConnectionError {
  override name = 'CometChatTimeoutError';
}
/** The caller's `AbortSignal` aborted the call. */
export class CometChatAbortError extends CometChatError {
  override name = 'CometChatAbortError';
}
/** A bad argument, caught before anything is sent. `argument` names it. */
export class CometChatArgumentError extends CometChatError {
  override name = 'CometChatArgumentError';
  /** The argument at fault, e.g. `uid`, `region`, `headers.x-trace`. */
  declare readonly argument: string;

  constructor(argument: string, message: string, operationId?: string) {
    super(operationId ? `${operationId}: ${message}` : message, { operationId, argument } as CometChatErrorInit);
  }
}

/** Every error class the client throws. */
export type AnyCometChatError =
  | CometChatBadRequestError
  | CometChatAuthenticationError
  | CometChatPermissionDeniedError
  | CometChatNotFoundError
  | CometChatRateLimitError
  | CometChatServerError
  | CometChatAPIError
  | CometChatInvalidResponseError
  | CometChatTimeoutError
  | CometChatConnectionError
  | CometChatAbortError
  | CometChatArgumentError;

/** Whether `error` was thrown by the client (any of its error classes). */
export function isCometChatError(error: unknown): error is AnyCometChatError {
  return error instanceof CometChatError;
}

/** The class for an HTTP error status. */
export function errorClassFor(status: number): typeof CometChatAPIError {
  return ({ 400: CometChatBadRequestError, 401: CometChatAuthenticationError, 403: CometChatPermissionDeniedError, 404: CometChatNotFoundError } as Record<number, typeof CometChatAPIError>)[status] ?? (status >= 500 ? CometChatServerError : CometChatAPIError);
}
