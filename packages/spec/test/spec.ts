// Test helpers: the bundled document, its operations, and Ajv 2020 validators for their bodies.
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { OperationModel } from '../operation-model.js';

export const SPEC_DIR = new URL('../../../spec/', import.meta.url);
export const PACKAGE_DIR = new URL('../', import.meta.url);

export type OpenApiDocument = {
  openapi: string;
  servers: { url: string; variables: Record<string, { default: string; enum?: string[] }> }[];
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, any>>;
  [key: string]: unknown;
};

export const document: OpenApiDocument = JSON.parse(readFileSync(new URL('openapi.json', PACKAGE_DIR), 'utf8'));

export type Operation = {
  method: string;
  path: string;
  operationId: string;
  deprecated?: boolean;
  parameters: any[];
  requestBody?: any;
  responses: Record<string, any>;
  'x-retry-safe'?: unknown;
  [key: string]: unknown;
};

const at = (pointer: string): any => pointer.slice(1).split('/').reduce((node: any, key: string) => node[key.replace(/~1/g, '/').replace(/~0/g, '~')], document);

function deref<T = any>(node: any): T {
  while (node && typeof node.$ref === 'string') node = at(node.$ref.slice(1));
  return node;
}

/** The operation model shipped beside the bundle: which operations there are, and where they live in it. */
export const model: OperationModel = JSON.parse(readFileSync(new URL('operation-model.json', PACKAGE_DIR), 'utf8'));
/** Every operation as the document has it, found through the model (which this also checks). */
export const operations: Operation[] = model.operations.map((entry) => ({
  ...at(entry.pointer),
  method: entry.method,
  path: entry.path,
  parameters: entry.parameters.map((parameter) => at(parameter.pointer)),
  requestBody: entry.requestBody ? at(entry.requestBody.pointer) : undefined,
}));

export function operation(operationId: string): Operation {
  const found = operations.find((op) => op.operationId === operationId);
  if (!found) throw new Error(`no operation ${operationId}`);
  return found;
}

export function response(operationId: string, status: string): any {
  return deref(operation(operationId).responses[status]);
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(document, 'openapi');

/** A validator for an operation's request body (`request`) or the JSON body of one of its responses. */
export function validatorFor(operationId: string, target: 'request' | string): ValidateFunction {
  const op = operation(operationId);
  const media = target === 'request' ? op.requestBody?.content?.['application/json'] : response(operationId, target)?.content?.['application/json'];
  if (!media) throw new Error(`${operationId} has no JSON ${target} body`);
  const ref = media.schema.$ref as string;
  const validate = ajv.getSchema(`openapi${ref}`);
  if (!validate) throw new Error(`cannot compile ${ref}`);
  return validate;
}

export function schemaValidator(name: string): ValidateFunction {
  const validate = ajv.getSchema(`openapi#/components/schemas/${name}`);
  if (!validate) throw new Error(`no schema ${name}`);
  return validate;
}

export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.keyword}: ${e.message}`).join('\n');
}
