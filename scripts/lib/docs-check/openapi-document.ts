// The bundled OpenAPI document as docs:check needs it: operations with their parameters, bodies
// and security headers; schema nodes addressed by JSON pointer; and Ajv 2020 validators for any
// schema node (the whole document is added to Ajv so every `$ref` resolves).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export type JsonObject = { [key: string]: unknown };

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;
const DOCUMENT_KEY = 'openapi.json';

export interface SpecParameter {
  name: string;
  in: 'query' | 'header' | 'path' | 'cookie';
  required: boolean;
}

export interface SpecOperation {
  method: string; // upper case
  path: string;
  operationId: string | null;
  parameters: SpecParameter[];
  /** Header names the security requirements need (apiKey schemes `in: header`). */
  securityHeaders: { name: string; required: boolean }[];
  requestBody: { required: boolean; content: Record<string, string | null> } | null;
  /** JSON pointer of the 200 (else first 2xx) response's JSON schema, or null. */
  okResponseSchema: string | null;
  /** JSON pointers of the JSON schemas of the error responses (4xx, 5xx, default). */
  errorResponseSchemas: string[];
}

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function childPointer(pointer: string, ...tokens: (string | number)[]): string {
  return pointer + tokens.map((token) => `/${escapePointerToken(String(token))}`).join('');
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

export class OpenApiDocument {
  readonly doc: JsonObject;
  readonly operations: SpecOperation[];
  private readonly ajv: Ajv2020;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(doc: JsonObject) {
    if (!isObject(doc.paths)) throw new Error('the OpenAPI document has no paths');
    this.doc = doc;
    this.ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(this.ajv);
    this.ajv.addSchema(doc, DOCUMENT_KEY);
    this.operations = this.readOperations();
  }

  static load(path: string = defaultSpecPath()): OpenApiDocument {
    return new OpenApiDocument(JSON.parse(readFileSync(path, 'utf8')) as JsonObject);
  }

  /** The node at a JSON pointer (`/components/schemas/Conversation`), or undefined. */
  at(pointer: string): unknown {
    if (pointer === '') return this.doc;
    let node: unknown = this.doc;
    for (const raw of pointer.slice(1).split('/')) {
      const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (Array.isArray(node)) node = node[Number(token)];
      else if (isObject(node)) node = node[token];
      else return undefined;
    }
    return node;
  }

  /** The pointer a local `$ref` (`#/components/schemas/X`) names. */
  refPointer(ref: string): string {
    if (!ref.startsWith('#')) throw new Error(`docs:check resolves only local $refs, not ${JSON.stringify(ref)}`);
    return decodeURIComponent(ref.slice(1));
  }

  /** Follows `$ref` chains from `pointer` to the node that holds no `$ref` (for non-schema objects). */
  deref(pointer: string): { pointer: string; node: unknown } {
    let node = this.at(pointer);
    for (let hops = 0; isObject(node) && typeof node.$ref === 'string'; hops++) {
      if (hops > 32) throw new Error(`$ref cycle at ${pointer}`);
      pointer = this.refPointer(node.$ref);
      node = this.at(pointer);
    }
    return { pointer, node };
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

  private readParameters(pointers: string[]): SpecParameter[] {
    const byKey = new Map<string, SpecParameter>();
    for (const pointer of pointers) {
      const { node } = this.deref(pointer);
      if (!isObject(node) || typeof node.name !== 'string' || typeof node.in !== 'string') continue;
      const location = node.in as SpecParameter['in'];
      // Header names are case-insensitive; the operation's own parameters override the path item's.
      const key = `${location}:${location === 'header' ? node.name.toLowerCase() : node.name}`;
      byKey.set(key, { name: node.name, in: location, required: node.required === true });
    }
    return [...byKey.values()];
  }

  private securityHeaders(operation: JsonObject): SpecOperation['securityHeaders'] {
    const requirements = Array.isArray(operation.security) ? operation.security : Array.isArray(this.doc.security) ? this.doc.security : [];
    const alternatives = requirements.filter(isObject).map((requirement) =>
      Object.keys(requirement).flatMap((schemeName) => {
        const scheme = this.deref(childPointer('/components/securitySchemes', schemeName)).node;
        return isObject(scheme) && scheme.type === 'apiKey' && scheme.in === 'header' && typeof scheme.name === 'string' ? [scheme.name] : [];
      }),
    );
    const names = new Map<string, string>();
    for (const name of alternatives.flat()) names.set(name.toLowerCase(), name);
    // A header is required when every alternative needs it.
    return [...names.entries()].map(([lower, name]) => ({
      name,
      required: alternatives.length > 0 && alternatives.every((alt) => alt.some((n) => n.toLowerCase() === lower)),
    }));
  }

  private readOperations(): SpecOperation[] {
    const operations: SpecOperation[] = [];
    for (const path of Object.keys(this.doc.paths as JsonObject)) {
      const itemPointer = childPointer('/paths', path);
      const { pointer: item, node } = this.deref(itemPointer);
      if (!isObject(node)) continue;
      const itemParams = Array.isArray(node.parameters) ? node.parameters.map((_, i) => childPointer(item, 'parameters', i)) : [];
      for (const method of HTTP_METHODS) {
        const operation = node[method];
        if (!isObject(operation)) continue;
        const opPointer = childPointer(item, method);
        const opParams = Array.isArray(operation.parameters) ? operation.parameters.map((_, i) => childPointer(opPointer, 'parameters', i)) : [];
        operations.push({
          method: method.toUpperCase(),
          path,
          operationId: typeof operation.operationId === 'string' ? operation.operationId : null,
          parameters: this.readParameters([...itemParams, ...opParams]),
          securityHeaders: this.securityHeaders(operation),
          requestBody: this.readRequestBody(childPointer(opPointer, 'requestBody')),
          okResponseSchema: this.readOkResponse(childPointer(opPointer, 'responses')),
          errorResponseSchemas: this.readErrorResponses(childPointer(opPointer, 'responses')),
        });
      }
    }
    return operations;
  }

  private readRequestBody(pointer: string): SpecOperation['requestBody'] {
    const { pointer: at, node } = this.deref(pointer);
    if (!isObject(node)) return null;
    const content: Record<string, string | null> = {};
    if (isObject(node.content)) {
      for (const [mediaType, media] of Object.entries(node.content)) {
        content[mediaType.toLowerCase()] = isObject(media) && media.schema !== undefined ? childPointer(at, 'content', mediaType, 'schema') : null;
      }
    }
    return { required: node.required === true, content };
  }

  /** The JSON schema pointer of one response (`responses/<code>`), or null. */
  private responseSchema(pointer: string): string | null {
    const { pointer: at, node } = this.deref(pointer);
    if (!isObject(node) || !isObject(node.content)) return null;
    const mediaType = Object.keys(node.content).find((m) => /^application\/(.+\+)?json\b/i.test(m));
    if (mediaType === undefined) return null;
    const media = node.content[mediaType];
    return isObject(media) && media.schema !== undefined ? childPointer(at, 'content', mediaType, 'schema') : null;
  }

  private readOkResponse(pointer: string): string | null {
    const responses = this.at(pointer);
    if (!isObject(responses)) return null;
    const code = ['200', ...Object.keys(responses).filter((c) => /^2(\d\d|XX)$/i.test(c)).sort()].find((c) => c in responses);
    return code === undefined ? null : this.responseSchema(childPointer(pointer, code));
  }

  private readErrorResponses(pointer: string): string[] {
    const responses = this.at(pointer);
    if (!isObject(responses)) return [];
    return Object.keys(responses)
      .filter((code) => /^[45](\d\d|XX)$/i.test(code) || code === 'default')
      .flatMap((code) => this.responseSchema(childPointer(pointer, code)) ?? []);
  }
}
