// Type-checked without @types/node (tsconfig.json: `types: []`, web libs only), as a Worker project
// would: the edge entry's types must not need Node's.
import { createMockApp, DEMO_API_KEY, type MockApp } from '@cometchat-rest/mock/app';

const mock: MockApp = createMockApp({ seed: 'demo', apiKey: DEMO_API_KEY, faults: [{ operationId: 'listConversations', times: 1, fault: { type: 'status', status: 429 } }] });

export default {
  fetch: (request: Request): Promise<Response> => mock.serve(request),
};
