// The mock as a Cloudflare Worker: the edge entry's fetch handler, carrying the scenario's 429 rule.
// run-matrix.mjs bundles this with `esbuild --platform=neutral` (which fails on any Node built-in)
// and runs the bundle in workerd through miniflare, on 127.0.0.1.
import { createMockApp } from '@cometchat-rest/mock/app';
import { RATE_LIMIT_FAULT } from './scenario.mjs';

const mock = createMockApp({ faults: [RATE_LIMIT_FAULT] });

export default {
  fetch: (request) => mock.serve(request),
};
