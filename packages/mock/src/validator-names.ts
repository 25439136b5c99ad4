// What the generated validators are called and what the parameter validators check: shared by
// scripts/generate-validators.ts (which compiles them) and validation.ts (which runs them).
import type { RouteSpec } from './spec.ts';

/** The id the bundled OpenAPI document has in the validators' `$ref`s. */
export const DOCUMENT_ID = 'cometchat-openapi';

export type ParameterLocation = 'path' | 'query' | 'header';

/** The export name of an operation's validator, e.g. `listConversations_query`. */
export const validatorName = (operationId: string, part: ParameterLocation | 'body') => `${operationId}_${part}`;

/** The schema of an operation's parameters in one location: an object of them by name. */
export function parameterSchema(op: RouteSpec, location: ParameterLocation): Record<string, unknown> {
  const own = op.parameters.filter((p) => p.in === location);
  return {
    type: 'object',
    properties: Object.fromEntries(own.map((p) => [p.name, { $ref: `${DOCUMENT_ID}#${p.schemaPointer}` }])),
    required: own.filter((p) => p.required).map((p) => p.name),
  };
}
