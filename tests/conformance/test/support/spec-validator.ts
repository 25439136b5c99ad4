// The bundled spec as an Ajv 2020 validator of response bodies, per operation and status.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import * as ajvFormats from 'ajv-formats';
import { openapi } from '@cometchat-rest/spec';
import { deref, SPEC_OPERATIONS } from './operations.ts';

type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;
// ajv-formats is CommonJS: its plugin is the module itself or its `default`, depending on the loader.
const addFormats = ((ajvFormats as unknown as { default?: unknown }).default ?? ajvFormats) as FormatsPlugin;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(openapi as object, 'spec');

/** The validator of `operationId`'s `status` response body (the status as the spec keys it, e.g. `default`). */
export function bodyValidator(operationId: string, status: string): ValidateFunction {
  const operation = SPEC_OPERATIONS.find((o) => o.operationId === operationId)!;
  const schema = deref(operation.responses[status]!).content['application/json'].schema as { $ref?: string };
  if (!schema.$ref) throw new Error(`${operationId} ${status}: the body schema is not a $ref`);
  return ajv.getSchema(`spec${schema.$ref}`)!;
}
