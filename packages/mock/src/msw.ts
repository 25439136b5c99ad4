// The MSW face: request handlers that answer CometChat's hosts (and an optional base URL) by
// running the same Hono app in-process, with its own store. Faults: `status`, `html` and `delay`
// exactly; `reset` as a network error (`HttpResponse.error()`); `reset-after-headers` and
// `truncate` as a response whose body stream fails after the first bytes.
import { http, HttpResponse, type HttpHandler } from 'msw';
import { createMockApp, type MockApp, type MockOptions } from './app.ts';
import { answerWithFault } from './fault-answers.ts';
import type { FaultController } from './faults.ts';
import type { MockStore } from './store.ts';

/** Every CometChat app in every region: `https://{appId}.api-{region}.cometchat.io/v3/...`. */
export const COMETCHAT_URL_PATTERN = 'https://*.api-*.cometchat.io/v3/*';

export interface MockHandlersOptions extends MockOptions {
  /** Also answer this base URL (e.g. `http://localhost:9999/v3`); its path prefix stands for `/v3`. */
  baseUrl?: string;
  /** Answer CometChat's own hosts (default true). */
  cometchatHosts?: boolean;
}

export interface MockHandlers {
  /** Give these to `setupServer(...handlers)` or `setupWorker(...handlers)`. */
  handlers: HttpHandler[];
  store: MockStore;
  faults: FaultController;
  mock: MockApp;
}

/** MSW handlers running a stateful CometChat mock. Create your clients after `server.listen()`. */
export function createHandlers(options: MockHandlersOptions = {}): MockHandlers {
  const { baseUrl, cometchatHosts = true, ...mockOptions } = options;
  const mock = createMockApp(mockOptions);

  const answer = async (request: Request, rewrite?: (url: URL) => URL): Promise<Response> => {
    const target = rewrite ? new Request(rewrite(new URL(request.url)), request) : request;
    const fault = mock.faults.pick(target.method, target.url);
    return fault ? answerWithFault(fault, mock, target, () => HttpResponse.error()) : mock.fetch(target);
  };

  const handlers: HttpHandler[] = [];
  if (cometchatHosts) handlers.push(http.all(COMETCHAT_URL_PATTERN, ({ request }) => answer(request)));
  if (baseUrl !== undefined) {
    const base = new URL(baseUrl);
    const prefix = base.pathname.replace(/\/+$/, '');
    const rewrite = (url: URL) => {
      const rest = url.pathname.slice(prefix.length);
      return new URL(`/v3${rest.startsWith('/') ? rest : `/${rest}`}${url.search}`, url.origin);
    };
    handlers.push(http.all(`${base.origin}${prefix}/*`, ({ request }) => answer(request, rewrite)));
  }
  return { handlers, store: mock.store, faults: mock.faults, mock };
}

export type { MockOptions };
