// The built client against `prism mock` on the bundled spec: every operation, every response status it
// declares, every named example (static mode), and bodies json-schema-faker makes from the schemas
// (dynamic mode, a fixed seed). The client must resolve a 2xx to its typed result and throw the typed
// error of every other status: never a crash, never a different error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CometChatError, CometChatInvalidResponseError, createCometChatClient } from '@cometchat-rest/client';
import { ERROR_CLASS, wireStatus } from './support/expectations.ts';
import { deref, OPERATIONS, pageAnswersRequest, resultProblems, SPEC_OPERATIONS, type Client } from './support/operations.ts';
import { prismMock } from './support/prism.ts';
import type { Served } from './support/processes.ts';
import { recorder } from './support/recorder.ts';
import { bodyValidator } from './support/spec-validator.ts';

const DYNAMIC_ROUNDS = 5;
const tally = { conforming: 0, nonConforming: 0, resolved: 0, rejected: 0 };
let staticPrism: Served;
let dynamicPrism: Served;
const staticWire = recorder();
const dynamicWire = recorder();
let staticClient: Client;
let dynamicClient: Client;

beforeAll(async () => {
  [staticPrism, dynamicPrism] = await Promise.all([prismMock(), prismMock({ dynamic: true, seed: '20261202' })]);
  const common = { apiKey: 'prism-mock-key', onBehalfOf: 'cometchat-uid-1', maxRetries: 0, timeoutMs: 15_000 } as const;
  staticClient = createCometChatClient({ ...common, baseUrl: staticPrism.url, fetch: staticWire.fetch });
  dynamicClient = createCometChatClient({ ...common, baseUrl: dynamicPrism.url, fetch: dynamicWire.fetch });
});
afterAll(async () => {
  await Promise.all([staticPrism?.stop(), dynamicPrism?.stop()]);
  console.log(`prism mock --dynamic: ${tally.conforming + tally.nonConforming} responses, ${tally.conforming} conforming to the spec, ${tally.nonConforming} not (json-schema-faker); the client resolved ${tally.resolved} and threw a typed error for ${tally.rejected}`);
});

/** Every (status, example) the spec declares for an operation; `undefined` where a response has no named example. */
function declaredResponses(operationId: string): [status: string, example: string | undefined][] {
  const operation = SPEC_OPERATIONS.find((o) => o.operationId === operationId)!;
  return Object.entries(operation.responses).flatMap(([status, response]): [string, string | undefined][] => {
    const examples = Object.keys(deref(response).content?.['application/json']?.examples ?? {});
    return examples.length > 0 ? examples.map((example) => [status, example]) : [[status, undefined]];
  });
}

type Outcome = { resolved: true; value: unknown } | { resolved: false; error: unknown };
const outcome = (promise: PromiseLike<unknown>): Promise<Outcome> =>
  Promise.resolve(promise).then(
    (value) => ({ resolved: true as const, value }),
    (error: unknown) => ({ resolved: false as const, error }),
  );

describe.each(Object.entries(OPERATIONS))('%s', (operationId, calls) => {
  it.each(declaredResponses(operationId))('static: status %s, example %s', async (status, example) => {
    const prefer = `code=${wireStatus(status)}${example ? `, example=${example}` : ''}`;
    const result = await outcome(calls.valid(staticClient, { headers: { Prefer: prefer } }));
    const exchange = staticWire.exchanges.at(-1)!;
    expect(exchange.verdict, 'Prism served what was asked').toEqual({});
    expect(exchange.status).toBe(Number(wireStatus(status)));
    if (status.startsWith('2')) {
      if (!result.resolved) throw result.error;
      expect(resultProblems(calls.kind, result.value)).toEqual([]);
    } else {
      expect(result.resolved).toBe(false);
      expect((result as { error: unknown }).error).toBeInstanceOf(ERROR_CLASS[status]!);
    }
  });

  it('dynamic: generated bodies for every status; a conforming body gives the result or the typed error', async () => {
    const statuses = Object.keys(SPEC_OPERATIONS.find((o) => o.operationId === operationId)!.responses);
    for (let round = 0; round < DYNAMIC_ROUNDS; round++) {
      for (const status of statuses) {
        const result = await outcome(calls.valid(dynamicClient, { headers: { Prefer: `code=${wireStatus(status)}` } }));
        const exchange = dynamicWire.exchanges.at(-1)!;
        expect(exchange.status).toBe(Number(wireStatus(status)));
        const conforming = bodyValidator(operationId, status)(exchange.body);
        tally[conforming ? 'conforming' : 'nonConforming']++;
        const where = `${operationId} ${status} round ${round}: ${JSON.stringify(exchange.body).slice(0, 300)}`;
        if (status.startsWith('2')) {
          if (result.resolved) expect(resultProblems(calls.kind, result.value), where).toEqual([]);
          // json-schema-faker does not always keep to the schema, nor answer the page asked for:
          // such a body may be refused as an invalid response; one that keeps to both may not be.
          else if (!conforming || !pageAnswersRequest(calls.kind, exchange.url, exchange.body)) expect(result.error, where).toBeInstanceOf(CometChatInvalidResponseError);
          else throw result.error;
        } else {
          expect(result.resolved, where).toBe(false);
          const error = (result as { error: unknown }).error;
          expect(error, where).toBeInstanceOf(CometChatError);
          if (conforming) expect(error, where).toBeInstanceOf(ERROR_CLASS[status]!);
        }
        if (result.resolved) tally.resolved++;
        else tally.rejected++;
      }
    }
  });
});
