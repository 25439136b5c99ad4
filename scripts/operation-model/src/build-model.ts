// Builds the operation model (packages/spec/operation-model.d.ts) from a bundled OpenAPI document:
// the one place where operations, their parameters, bodies, responses, security and this project's
// extensions are read from OpenAPI. It reads any OpenAPI 3.x document (ours, an older revision of
// ours, CometChat's own file); what a document leaves out becomes null, and what it says in a shape
// the model cannot use becomes a problem, so a caller decides how strict to be.
import type {
  HttpMethod,
  MediaTypeModel,
  OperationEntry,
  OperationModel,
  PaginationModel,
  ParameterModel,
  PropertyModel,
  RequestBodyModel,
  ResponseModel,
  ResultModel,
  SecurityModel,
  ServerModel,
} from '@cometchat-rest/spec';
import type { Located, OpenApiDocument } from './document.ts';
import { child, isObject, type Json, type JsonObject } from './json.ts';

/** The methods of a path item, in the order operations are listed. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

const RESULT_KINDS = ['page', 'item', 'items', 'action'] as const;

export type BuiltModel = {
  model: OperationModel;
  /** Where the document is not OpenAPI-shaped (a path item or operation that is not an object), one sentence each. */
  structureProblems: string[];
  /** Extensions of this project (`x-retry-safe`, `x-pagination`, `x-result`) written in a shape the model cannot use. */
  extensionProblems: string[];
};

const text = (value: Json | undefined): string | null => (typeof value === 'string' ? value : null);
const strings = (value: Json | undefined): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

export function buildOperationModel(document: OpenApiDocument): BuiltModel {
  const structureProblems: string[] = [];
  const extensionProblems: string[] = [];
  const root = document.root;
  const info = isObject(root.info) ? root.info : {};
  const operations: OperationEntry[] = [];
  const paths = isObject(root.paths) ? root.paths : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const pointer = child('/paths', path);
    if (!path.startsWith('/')) structureProblems.push(`path ${JSON.stringify(path)} does not start with "/"`);
    const item = resolveOrNull(document, rawItem, pointer);
    if (!item || !isObject(item.node)) {
      structureProblems.push(`${pointer} is not a path item object`);
      continue;
    }
    for (const method of HTTP_METHODS) {
      if (item.node[method] === undefined) continue;
      const operation = resolveOrNull(document, item.node[method]!, child(item.pointer, method));
      if (!operation || !isObject(operation.node)) structureProblems.push(`${child(pointer, method)} is not an operation object`);
      else if (!isObject(resolveOrNull(document, operation.node.responses ?? null, child(operation.pointer, 'responses'))?.node)) structureProblems.push(`${child(pointer, method)} has no \`responses\` object`);
      else {
        try {
          operations.push(readOperation(document, path, item, method, extensionProblems));
        } catch (error) {
          // A `$ref` inside the operation that points nowhere.
          structureProblems.push(`${child(pointer, method)}: ${(error as Error).message}`);
        }
      }
    }
  }
  return {
    model: { formatVersion: 1, title: text(info.title) ?? '', version: text(info.version) ?? '', servers: readServers(root.servers), operations },
    structureProblems,
    extensionProblems,
  };
}

/** A node with its `$ref`s followed, or null when one points nowhere (reported on its own as a broken reference). */
function resolveOrNull(document: OpenApiDocument, node: Json, pointer: string): Located | null {
  try {
    return document.resolve(node, pointer);
  } catch {
    return null;
  }
}

function readServers(servers: Json | undefined): ServerModel[] {
  if (!Array.isArray(servers)) return [];
  return servers.filter(isObject).map((server) => ({
    url: text(server.url) ?? '/',
    description: text(server.description),
    variables: Object.fromEntries(
      Object.entries(isObject(server.variables) ? server.variables : {}).map(([name, variable]) => {
        const node = isObject(variable) ? variable : {};
        return [name, { default: String(node.default ?? ''), enum: Array.isArray(node.enum) ? node.enum.map(String) : null, description: text(node.description) }];
      }),
    ),
  }));
}

function readOperation(document: OpenApiDocument, path: string, item: Located, method: (typeof HTTP_METHODS)[number], problems: string[]): OperationEntry {
  const operation = document.resolve((item.node as JsonObject)[method]!, child(item.pointer, method));
  const node = operation.node as JsonObject;
  const name = `${method.toUpperCase()} ${path}`;
  const retrySafe = node['x-retry-safe'];
  if (retrySafe !== undefined && typeof retrySafe !== 'boolean') problems.push(`${name}: x-retry-safe must be true or false`);
  return {
    operationId: text(node.operationId),
    method: method.toUpperCase() as HttpMethod,
    path,
    pointer: operation.pointer,
    pathItemPointer: item.pointer,
    summary: text(node.summary),
    description: text(node.description),
    tags: strings(node.tags),
    deprecated: node.deprecated === true,
    replacedBy: strings(node['x-replaced-by']),
    retrySafe: typeof retrySafe === 'boolean' ? retrySafe : null,
    pagination: readPagination(node['x-pagination'], name, problems),
    result: readResult(document, node['x-result'], name, problems),
    parameters: readParameters(document, item, operation),
    requestBody: readRequestBody(document, operation),
    responses: readResponses(document, operation),
    security: readSecurity(document, operation),
  };
}

/** The path item's parameters, then the operation's; an operation's own wins over the path item's of the same `in` and name. */
function readParameters(document: OpenApiDocument, item: Located, operation: Located): ParameterModel[] {
  const byKey = new Map<string, ParameterModel>();
  for (const owner of [item, operation]) {
    const list = (owner.node as JsonObject).parameters;
    if (!Array.isArray(list)) continue;
    list.forEach((entry, i) => {
      const site = child(owner.pointer, 'parameters', i);
      const { node, pointer } = document.resolve(entry, site);
      if (!isObject(node) || typeof node.name !== 'string' || typeof node.in !== 'string') return;
      const location = node.in as ParameterModel['in'];
      const style = typeof node.style === 'string' ? node.style : location === 'query' || location === 'cookie' ? 'form' : 'simple';
      const schema = node.schema === undefined ? null : child(pointer, 'schema');
      // Header names are case-insensitive.
      byKey.set(`${location}\n${location === 'header' ? node.name.toLowerCase() : node.name}`, {
        name: node.name,
        in: location,
        required: location === 'path' || node.required === true,
        deprecated: node.deprecated === true,
        description: text(node.description),
        style,
        explode: typeof node.explode === 'boolean' ? node.explode : style === 'form',
        allowReserved: node.allowReserved === true,
        schema,
        type: schema === null ? null : schemaType(document, schema),
        pointer,
        site,
      });
    });
  }
  return [...byKey.values()];
}

/** The JSON type(s) a schema declares, following `$ref`s; `const`/`enum` values give theirs. */
function schemaType(document: OpenApiDocument, pointer: string): string | string[] | null {
  const located = document.at(pointer);
  if (!located) return null;
  const { node } = document.resolve(located.node, pointer);
  if (!isObject(node)) return null;
  if (typeof node.type === 'string') return node.type;
  if (Array.isArray(node.type)) return strings(node.type);
  const values = node.const !== undefined ? [node.const] : Array.isArray(node.enum) ? node.enum : [];
  const types = [...new Set(values.map((value) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value)))];
  return types.length === 0 ? null : types.length === 1 ? types[0]! : types;
}

function readContent(document: OpenApiDocument, owner: Located): MediaTypeModel[] {
  const content = document.member(owner, 'content');
  if (!content || !isObject(content.node)) return [];
  return Object.entries(content.node).map(([mediaType, media]) => ({
    mediaType: mediaType.toLowerCase(),
    schema: isObject(media) && media.schema !== undefined ? child(content.pointer, mediaType, 'schema') : null,
  }));
}

function readRequestBody(document: OpenApiDocument, operation: Located): RequestBodyModel | null {
  const body = document.member(operation, 'requestBody');
  if (!body || !isObject(body.node)) return null;
  const content = readContent(document, body);
  const json = content.find((media) => media.mediaType === 'application/json')?.schema ?? null;
  return { required: body.node.required === true, description: text(body.node.description), pointer: body.pointer, content, properties: json === null ? null : readProperties(document, json) };
}

function readProperties(document: OpenApiDocument, schemaPointer: string): PropertyModel[] | null {
  const located = document.at(schemaPointer);
  if (!located) return null;
  const schema = document.resolve(located.node, schemaPointer);
  const properties = document.member(schema, 'properties');
  if (!isObject(schema.node) || !properties || !isObject(properties.node)) return null;
  const required = strings(schema.node.required);
  return Object.keys(properties.node).map((name) => {
    const property = document.member(properties, name)!;
    return { name, required: required.includes(name), description: isObject(property.node) ? text(property.node.description) : null, schema: child(properties.pointer, name) };
  });
}

function readResponses(document: OpenApiDocument, operation: Located): ResponseModel[] {
  const responses = document.member(operation, 'responses');
  if (!responses || !isObject(responses.node)) return [];
  return Object.keys(responses.node).map((status) => {
    const response = document.member(responses, status)!;
    const node = isObject(response.node) ? response.node : {};
    const headers = document.member(response, 'headers');
    return {
      status,
      description: text(node.description),
      pointer: response.pointer,
      content: readContent(document, response),
      headers:
        headers && isObject(headers.node)
          ? Object.keys(headers.node).map((name) => {
              const header = document.member(headers, name)!;
              return { name, required: isObject(header.node) && header.node.required === true, pointer: header.pointer };
            })
          : [],
    };
  });
}

function readSecurity(document: OpenApiDocument, operation: Located): SecurityModel {
  const own = Object.hasOwn(operation.node as JsonObject, 'security');
  const list = own ? (operation.node as JsonObject).security : document.root.security;
  const pointer = own ? child(operation.pointer, 'security') : document.root.security !== undefined ? '/security' : null;
  const requirements = Array.isArray(list) ? list.filter(isObject) : [];
  return {
    pointer,
    alternatives: requirements.map((requirement) =>
      Object.keys(requirement).map((scheme) => {
        const found = document.at(child('/components/securitySchemes', scheme));
        const node = found ? document.resolve(found.node, found.pointer).node : undefined;
        const apiKey = isObject(node) && node.type === 'apiKey' && typeof node.name === 'string' && ['header', 'query', 'cookie'].includes(String(node.in));
        return { scheme, scopes: strings(requirement[scheme]), apiKey: apiKey ? { in: (node as JsonObject).in as 'header', name: (node as JsonObject).name as string } : null };
      }),
    ),
  };
}

function readPagination(value: Json | undefined, name: string, problems: string[]): PaginationModel | null {
  if (value === undefined) return null;
  const fields = isObject(value) ? value : {};
  const pointer = (key: string) => typeof fields[key] === 'string' && /^(\/[^/]+)+$/.test(fields[key] as string);
  if (fields.style !== 'page' || typeof fields.pageParam !== 'string' || typeof fields.sizeParam !== 'string' || !pointer('itemsPath') || !pointer('metaPath')) {
    problems.push(`${name}: x-pagination must be { style: page, pageParam, sizeParam, itemsPath, metaPath } (paths as JSON pointers into the body)`);
    return null;
  }
  return { style: 'page', pageParameter: fields.pageParam, sizeParameter: fields.sizeParam, items: fields.itemsPath as string, meta: fields.metaPath as string };
}

function readResult(document: OpenApiDocument, value: Json | undefined, name: string, problems: string[]): ResultModel | null {
  if (value === undefined) return null;
  const fields = isObject(value) ? value : {};
  const kind = RESULT_KINDS.find((k) => k === fields.kind);
  if (kind === undefined) {
    problems.push(`${name}: x-result.kind must be one of ${RESULT_KINDS.join(', ')}`);
    return null;
  }
  if (kind === 'action') return { kind, schema: null };
  const schema = typeof fields.schema === 'string' ? child('/components/schemas', fields.schema) : null;
  if (schema === null || document.at(schema) === undefined) {
    problems.push(`${name}: x-result.schema must name a schema of components/schemas (kind ${kind})`);
    return null;
  }
  return { kind, schema };
}
