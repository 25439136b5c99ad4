// What the client must do with each response status the spec declares: resolve (2xx) or throw this class.
import {
  CometChatAuthenticationError,
  CometChatBadRequestError,
  CometChatNotFoundError,
  CometChatPermissionDeniedError,
  CometChatRateLimitError,
  CometChatServerError,
} from '@cometchat-rest/client';

export const ERROR_CLASS: Record<string, new (...args: never[]) => Error> = {
  '400': CometChatBadRequestError,
  '401': CometChatAuthenticationError,
  '403': CometChatPermissionDeniedError,
  '404': CometChatNotFoundError,
  '429': CometChatRateLimitError,
  // `default` is asked of Prism as a 500.
  default: CometChatServerError,
};

/** The status to ask Prism for (`Prefer: code=...`) to get the response keyed `status` in the spec. */
export const wireStatus = (status: string) => (status === 'default' ? '500' : status);
