// Prism 5.14.2 (@stoplight/prism-cli) on 127.0.0.1: `prism mock` (static or dynamic) and `prism proxy`
// (a validating proxy in front of an upstream), both with --errors, on the bundled spec.
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, serve, type Served } from './processes.ts';

const require = createRequire(import.meta.url);
const PRISM = join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist/index.js');
export const SPEC = fileURLToPath(new URL('../../../../packages/spec/openapi.json', import.meta.url));

async function prism(args: string[]): Promise<Served> {
  const port = await freePort();
  return serve(process.execPath, [PRISM, ...args, '--host', '127.0.0.1', '--port', String(port), '--errors'], port, { env: { SCARF_ANALYTICS: 'false', DO_NOT_TRACK: '1' } });
}

export const prismMock = (options: { dynamic?: boolean; seed?: string } = {}) =>
  prism(['mock', SPEC, ...(options.dynamic ? ['--dynamic', '--seed', options.seed ?? '1'] : [])]);

export const prismProxy = (upstream: string) => prism(['proxy', SPEC, upstream]);

/** Prism's own answers (request violations, response violations, no route) are problem+json with a type under this URL. */
export const PRISM_ERROR_TYPE = 'https://stoplight.io/prism/errors#';

export interface PrismVerdict {
  /** e.g. UNPROCESSABLE_ENTITY (a request violation) or VIOLATIONS (a response violation). */
  error?: string;
  /** The `sl-violations` header, when Prism saw violations it did not turn into an error. */
  violations?: string;
  detail?: string;
}

/** What Prism said about one exchange (nothing when it forwarded a clean response). */
export async function prismVerdict(response: Response): Promise<PrismVerdict> {
  const verdict: PrismVerdict = {};
  const violations = response.headers.get('sl-violations');
  if (violations) verdict.violations = violations;
  if ((response.headers.get('content-type') ?? '').includes('application/problem+json')) {
    const body = (await response.clone().json()) as { type?: string; detail?: string; validation?: unknown };
    if (body.type?.startsWith(PRISM_ERROR_TYPE)) {
      verdict.error = body.type.slice(PRISM_ERROR_TYPE.length);
      verdict.detail = `${body.detail ?? ''} ${JSON.stringify(body.validation ?? '')}`.trim();
    }
  }
  return verdict;
}
