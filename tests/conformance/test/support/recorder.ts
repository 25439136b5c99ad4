// A fetch for the client that keeps every exchange with Prism's verdict on it.
import { prismVerdict, type PrismVerdict } from './prism.ts';

export interface Exchange {
  method: string;
  url: string;
  status: number;
  verdict: PrismVerdict;
  /** The response body parsed as JSON (undefined when it is not JSON), from a copy the client never sees. */
  body: unknown;
}

export function recorder() {
  const exchanges: Exchange[] = [];
  const record = async (request: Request, init?: RequestInit): Promise<Response> => {
    const response = await fetch(request, init);
    const body: unknown = await response
      .clone()
      .json()
      .catch(() => undefined);
    exchanges.push({ method: request.method, url: request.url, status: response.status, verdict: await prismVerdict(response), body });
    return response;
  };
  return { exchanges, fetch: record };
}
