// The bundled spec as docs:check needs it: its operations (from the operation model, never read
// from the document here), schema nodes addressed by JSON pointer, and Ajv 2020 validators for any
// schema node (the whole document is added to Ajv so every `$ref` resolves).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { buildOperationModel, child, isObject, OpenApiDocument, type Json, type JsonObject, type OperationEntry, type OperationModel } from '@cometchat-rest/operation-model';

export { isObject, type JsonObject };

const DOCUMENT_KEY = 'openapi.json';

/** An operation as docs:check compares it with a page. */
export interface SpecOperation {
  method: string; // upper case
  path: string;
  operationId: string | null;
  parameters: readonly { name: string; in: 'query' | 'header' | 'path' | 'cookie'; required: boolean }[];
  /** Header names the security requirements need (apiKey schemes `in: header`). */
  securityHeaders: { name: string; required: boolean }[];
  requestBody: { required: boolean; content: Record<string, string | null> } | null;
  /** JSON pointer of the 200 (else first 2xx) response's JSON schema, or null. */
  okResponseSchema: string | null;
  /** JSON pointers of the JSON schemas of the error responses (4xx, 5xx, default). */
  errorResponseSchemas: string[];
}

export function childPointer(pointer: string, ...tokens: (string | number)[]): string {
  return child(pointer, ...tokens);
}

/** The JSON type of a value as JSON Schema names it. */
export function jsonType(value: unknown): 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  return 'object';
}

/** Where the bundled spec lives: the `@cometchat-rest/spec` workspace package. */
export function defaultSpecPath(): string {
  return createRequire(import.meta.url).resolve('@cometchat-rest/spec/openapi.json');
}

/** The JSON schema of a response, when it has a JSON media type. */
function jsonSchemaOf(response: OperationEntry['responses'][number]): string | null {
  return response.content.find((media) => /^application\/(.+\+)?json\b/i.test(media.mediaType))?.schema ?? null;
}

/** The model's view of an operation, as docs:check compares it. */
function toSpecOperation(operation: OperationEntry): SpecOperation {
  const alternatives = operation.security.alternatives.map((alternative) => alternative.flatMap((use) => (use.apiKey?.in === 'header' ? [use.apiKey.name] : [])));
  const names = new Map<string, string>();
  for (const name of alternatives.flat()) names.set(name.toLowerCase(), name);
  const ok = ['200', ...operation.responses.map((r) => r.status).filter((c) => /^2(\d\d|XX)$/i.test(c)).sort()].map((code) => operation.responses.find((r) => r.status === code)).find(Boolean);
  return {
    method: operation.method,
    path: operation.path,
    operationId: operation.operationId,
    parameters: operation.parameters,
    // A header is required when every alternative needs it.
    securityHeaders: [...names.entries()].map(([lower, name]) => ({ name, required: alternatives.length > 0 && alternatives.every((alt) => alt.some((n) => n.toLowerCase() === lower)) })),
    requestBody: operation.requestBody && { required: operation.requestBody.required, content: Object.fromEntries(operation.requestBody.content.map((media) => [media.mediaType, media.schema])) },
    okResponseSchema: ok ? jsonSchemaOf(ok) : null,
    errorResponseSchemas: operation.responses.filter((r) => /^[45](\d\d|XX)$/i.test(r.status) || r.status === 'default').flatMap((r) => jsonSchemaOf(r) ?? []),
  };
}

export class CheckedSpec {
  readonly doc: JsonObject;
  /** The operation model of the spec. */
  readonly model: OperationModel;
  /** Its operations as page checks compare them. */
  readonly operations: SpecOperation[];
  private readonly document: OpenApiDocument;
  private readonly ajv: Ajv2020;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(doc: JsonObject) {
    if (!isObject(doc.paths)) throw new Error('the OpenAPI document has no paths');
    this.doc = doc;
    this.document = new OpenApiDocument(doc, DOCUMENT_KEY);
    this.ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(this.ajv);
    this.ajv.addSchema(doc, DOCUMENT_KEY);
    this.model = buildOperationModel(this.document).model;
    this.operations = this.model.operations.map(toSpecOperation);
  }

  static load(path: string = defaultSpecPath()): CheckedSpec {
    return new CheckedSpec(JSON.parse(readFileSync(path, 'utf8')) as JsonObject);
  }

  /** The node at a JSON pointer (`/components/schemas/Conversation`), or undefined. */
  at(pointer: string): unknown {
    return this.document.at(pointer)?.node;
  }

  /** The pointer a local `$ref` (`#/components/schemas/X`) names. */
  refPointer(ref: string): string {
    if (!ref.startsWith('#')) throw new Error(`docs:check resolves only local $refs, not ${JSON.stringify(ref)}`);
    return decodeURIComponent(ref.slice(1));
  }

  /** Follows `$ref` chains from `pointer` to the node that holds no `$ref` (for non-schema objects). */
  deref(pointer: string): { pointer: string; node: unknown } {
    const located = this.document.at(pointer);
    return located ? this.document.resolve(located.node as Json, pointer) : { pointer, node: undefined };
  }

  /** An Ajv validator for the schema at `pointer`. */
  validator(pointer: string): ValidateFunction {
    let validate = this.validators.get(pointer);
    if (!validate) {
      const found = this.ajv.getSchema(`${DOCUMENT_KEY}#${encodeURI(pointer)}`);
      if (!found) throw new Error(`no schema at ${pointer}`);
      validate = found;
      this.validators.set(pointer, validate);
    }
    return validate;
  }

  validates(pointer: string, value: unknown): boolean {
    return this.validator(pointer)(value) === true;
  }

  /** Compiles a schema that holds no `$ref` (docs:check derives these from nodes of the document). */
  compile(schema: JsonObject | boolean): (value: unknown) => ErrorObject[] {
    const validate = this.ajv.compile(schema);
    return (value) => (validate(value) ? [] : [...(validate.errors ?? [])]);
  }
}
