// Compares the operations of two specs: matched by method and path (a path whose only difference is
// the names of its template variables is the same path), then parameters by name and `in`, the
// request body by media type, responses by status, response headers by name. Schemas go to
// SchemaComparer with the direction their data flows: parameters and request bodies are requests,
// response bodies and headers are responses.
import type { Kind } from './classify.ts';
import type { ChangeCollector, RawChange, Usage } from './changes.ts';
import { SchemaComparer } from './compare-schemas.ts';
import { textChanges } from './compare-text.ts';
import { buildOperationModel, child, equalDereferenced, HTTP_METHODS, isObject, type Json, type JsonObject, type Located, type OpenApiDocument, type OperationEntry } from '@cometchat-rest/operation-model';
import { operationName } from './locations.ts';
import { code, codeList } from './markdown.ts';
import { isDocKeyword } from './normalize-schema.ts';

/** Operation keys compared on their own; every other key but text is compared as a whole. */
const OPERATION_KEYS = new Set(['operationId', 'deprecated', 'tags', 'parameters', 'requestBody', 'responses', 'security', 'x-retry-safe', 'x-pagination', 'x-result']);
const PARAMETER_KEYS = new Set(['name', 'in', 'required', 'deprecated', 'schema', 'content', 'style', 'explode', 'allowReserved']);
const HEADER_KEYS = new Set(['required', 'deprecated', 'schema', 'content', 'style', 'explode']);
const RESPONSE_KEYS = new Set(['headers', 'content']);
const REQUEST_BODY_KEYS = new Set(['required', 'content']);
const MEDIA_TYPE_KEYS = new Set(['schema']);
const PATH_ITEM_KEYS = new Set(['parameters', ...HTTP_METHODS]);

type Operation = { path: string; method: string; name: string; node: JsonObject; pointer: string; pathItem: Located; entry: OperationEntry };

export class OperationComparer {
  private readonly schemas: SchemaComparer;

  constructor(
    private readonly oldDocument: OpenApiDocument,
    private readonly newDocument: OpenApiDocument,
    private readonly out: ChangeCollector,
  ) {
    this.schemas = new SchemaComparer(oldDocument, newDocument);
  }

  comparePaths(): void {
    const oldPaths = operationsByPath(this.oldDocument);
    const newPaths = operationsByPath(this.newDocument);
    const unmatched = new Map(newPaths);
    for (const [path, oldItem] of oldPaths) {
      let newPath: string | undefined = unmatched.has(path) ? path : undefined;
      // `/users/{uid}` and `/users/{id}` are the same path: match by shape when the exact path is gone.
      if (newPath === undefined && !newPaths.has(path)) newPath = [...unmatched.keys()].find((candidate) => template(candidate) === template(path) && !oldPaths.has(candidate));
      if (newPath === undefined) {
        for (const operation of oldItem) this.operationRemoved(operation);
        continue;
      }
      const newItem = unmatched.get(newPath)!;
      unmatched.delete(newPath);
      this.comparePathItem(oldItem, newPath, newItem);
    }
    for (const item of unmatched.values()) for (const operation of item) this.operationAdded(operation);
  }

  private comparePathItem(oldOperationsOfPath: Operation[], newPath: string, newOperationsOfPath: Operation[]): void {
    const [oldItem, newItem] = [oldOperationsOfPath[0]!.pathItem, newOperationsOfPath[0]!.pathItem];
    this.out.addAll(textChanges(this.oldDocument, oldItem, this.newDocument, newItem, code(newPath)));
    this.out.addAll(this.otherKeys(oldItem, newItem, PATH_ITEM_KEYS, code(newPath)));
    const oldOperations = new Map(oldOperationsOfPath.map((operation) => [operation.method, operation]));
    for (const operation of newOperationsOfPath) {
      const before = oldOperations.get(operation.method);
      oldOperations.delete(operation.method);
      if (before === undefined) this.operationAdded(operation);
      else this.compareOperation(before, operation);
    }
    for (const operation of oldOperations.values()) this.operationRemoved(operation);
  }

  private operationRemoved(operation: Operation): void {
    this.out.add({ kind: 'operation-removed', location: operation.pointer, message: `${describe(operation)} removed` });
  }

  private operationAdded(operation: Operation): void {
    this.out.add({ kind: 'operation-added', location: operation.pointer, message: `${describe(operation)} added` });
  }

  private compareOperation(before: Operation, after: Operation): void {
    const [was, is] = [before.node, after.node];
    const usage = (role: string): Usage => ({ role, operation: after.name });
    const add = (kind: Kind, key: string, message: string): void => {
      const location = Object.hasOwn(is, key) ? child(after.pointer, key) : Object.hasOwn(was, key) ? child(before.pointer, key) : after.pointer;
      this.out.add({ kind, location, message: `${describe(after)}: ${message}` });
    };

    if (was.operationId !== is.operationId) {
      add('operation-id-changed', 'operationId', `operationId changed from ${code(String(was.operationId ?? '(none)'))} to ${code(String(is.operationId ?? '(none)'))}`);
    }
    if ((was.deprecated === true) !== (is.deprecated === true)) {
      add(is.deprecated === true ? 'operation-deprecated' : 'operation-undeprecated', 'deprecated', is.deprecated === true ? 'now deprecated' : 'no longer deprecated');
    }
    // An operation without x-retry-safe is not retried (the safe assumption).
    if ((was['x-retry-safe'] === true) !== (is['x-retry-safe'] === true)) {
      const now = is['x-retry-safe'] === true;
      add('retry-safety-changed', 'x-retry-safe', now ? `now safe to retry (${code('x-retry-safe: true')}): the client will retry it after ambiguous failures` : `no longer safe to retry (${code('x-retry-safe')} not true): the client stops retrying it after ambiguous failures`);
    }
    this.compareWhole(before, after, 'x-result', (present) => (present.was && present.is ? 'result-changed' : present.is ? 'result-added' : 'result-removed'), 'result (`x-result`)');
    this.compareWhole(before, after, 'x-pagination', (present) => (present.was && present.is ? 'pagination-changed' : present.is ? 'pagination-added' : 'pagination-removed'), 'pagination (`x-pagination`)');
    const [oldTags, newTags] = [stringList(was.tags).sort(), stringList(is.tags).sort()];
    if (JSON.stringify(oldTags) !== JSON.stringify(newTags)) {
      const list = (tags: string[]): string => (tags.length > 0 ? codeList(tags) : 'none');
      add('tags-changed', 'tags', `tags changed from ${list(oldTags)} to ${list(newTags)}`);
    }
    this.out.addAll(textChanges(this.oldDocument, before, this.newDocument, after, describe(after)));
    this.out.addAll(this.otherKeys(before, after, OPERATION_KEYS, describe(after)));
    this.compareParameters(before, after, usage('parameters'));
    this.compareRequestBody(before, after, usage('request body'));
    this.compareResponses(before, after, usage);
    this.compareSecurity(before, after);
  }

  /** A key compared as a whole (after following `$ref`s), named by `kindOf` when it differs. */
  private compareWhole(before: Operation, after: Operation, key: string, kindOf: (present: { was: boolean; is: boolean }) => Kind, label: string): void {
    const present = { was: Object.hasOwn(before.node, key), is: Object.hasOwn(after.node, key) };
    if (!present.was && !present.is) return;
    if (present.was && present.is && this.equal({ node: before.node[key]!, pointer: child(before.pointer, key) }, { node: after.node[key]!, pointer: child(after.pointer, key) })) return;
    const location = present.is ? child(after.pointer, key) : child(before.pointer, key);
    this.out.add({ kind: kindOf(present), location, message: `${describe(after)}: ${label} ${present.was ? (present.is ? 'changed' : 'removed') : 'added'}` });
  }

  private compareParameters(before: Operation, after: Operation, usage: Usage): void {
    const was = parameters(this.oldDocument, before);
    const is = parameters(this.newDocument, after);
    for (const [key, oldParameter] of was) {
      const newParameter = is.get(key);
      if (newParameter === undefined) {
        this.out.add({ kind: 'parameter-removed', location: oldParameter.site, message: `${describe(after)}: ${parameterName(oldParameter.node)} removed` });
      } else {
        this.compareParameter(oldParameter, newParameter, usage);
      }
    }
    for (const [key, parameter] of is) {
      if (was.has(key)) continue;
      const required = parameter.node.required === true || parameter.node.in === 'path';
      this.out.add({ kind: required ? 'required-parameter-added' : 'parameter-added', location: parameter.site, message: `${describe(after)}: ${required ? 'required ' : ''}${parameterName(parameter.node)} added` });
    }
  }

  private compareParameter(before: Parameter, after: Parameter, usage: Usage | undefined): void {
    const [was, is] = [before.node, after.node];
    const name = parameterName(is);
    const at = (key: string): string => (Object.hasOwn(is, key) ? child(after.pointer, key) : Object.hasOwn(was, key) ? child(before.pointer, key) : after.pointer);
    const changes: RawChange[] = [];
    const [wasRequired, isRequired] = [was.required === true || was.in === 'path', is.required === true || is.in === 'path'];
    if (wasRequired !== isRequired) {
      changes.push({ kind: isRequired ? 'parameter-became-required' : 'parameter-became-optional', location: at('required'), message: `${name} is now ${isRequired ? 'required' : 'optional'}` });
    }
    if ((was.deprecated === true) !== (is.deprecated === true)) {
      changes.push({ kind: is.deprecated === true ? 'parameter-deprecated' : 'parameter-undeprecated', location: at('deprecated'), message: `${name} is ${is.deprecated === true ? 'now' : 'no longer'} deprecated` });
    }
    const [oldWire, newWire] = [serialization(was), serialization(is)];
    if (oldWire !== newWire) {
      changes.push({ kind: 'parameter-serialization-changed', location: at(was.style !== is.style ? 'style' : was.explode !== is.explode ? 'explode' : 'allowReserved'), message: `${name} is serialized differently: ${code(oldWire)} became ${code(newWire)}` });
    }
    changes.push(...textChanges(this.oldDocument, before, this.newDocument, after, name));
    changes.push(...this.otherKeys(before, after, PARAMETER_KEYS, name));
    this.out.addAll(changes, usage);
    this.compareSchemaOrContent(before, after, 'request', usage, name);
  }

  /** The `schema` of a parameter or header, or the schemas of its `content` (media type -> schema). */
  private compareSchemaOrContent(before: Located, after: Located, direction: 'request' | 'response', usage: Usage | undefined, name: string): void {
    const [was, is] = [before.node as JsonObject, after.node as JsonObject];
    if (was.schema !== undefined && is.schema !== undefined) {
      this.out.addAll(this.schemas.compare({ node: was.schema, pointer: child(before.pointer, 'schema') }, { node: is.schema, pointer: child(after.pointer, 'schema') }, direction), usage);
    } else if (was.schema !== undefined || is.schema !== undefined || was.content !== undefined || is.content !== undefined) {
      if (was.content !== undefined && is.content !== undefined) {
        this.compareContent(this.oldDocument.member(before, 'content')!, this.newDocument.member(after, 'content')!, direction, usage, name);
      } else {
        this.out.add({ kind: 'unclassified-change', location: after.pointer, message: `${name}: ${code('schema')}/${code('content')} changed shape` }, usage);
      }
    }
  }

  private compareRequestBody(before: Operation, after: Operation, usage: Usage): void {
    const was = this.oldDocument.member(before, 'requestBody');
    const is = this.newDocument.member(after, 'requestBody');
    const name = 'request body';
    if (was === undefined && is === undefined) return;
    if (is === undefined) {
      this.out.add({ kind: 'request-body-removed', location: was!.pointer, message: `${name} removed` }, usage);
      return;
    }
    const isRequired = (is.node as JsonObject).required === true;
    if (was === undefined) {
      this.out.add({ kind: isRequired ? 'required-request-body-added' : 'request-body-added', location: is.pointer, message: `${name} added${isRequired ? ' (required)' : ''}` }, usage);
      return;
    }
    if (((was.node as JsonObject).required === true) !== isRequired) {
      this.out.add({ kind: isRequired ? 'request-body-became-required' : 'request-body-became-optional', location: child(is.pointer, 'required'), message: `${name} is now ${isRequired ? 'required' : 'optional'}` }, usage);
    }
    this.out.addAll(textChanges(this.oldDocument, was, this.newDocument, is, name), usage);
    this.out.addAll(this.otherKeys(was, is, REQUEST_BODY_KEYS, name), usage);
    const [oldContent, newContent] = [this.oldDocument.member(was, 'content'), this.newDocument.member(is, 'content')];
    if (oldContent !== undefined && newContent !== undefined) this.compareContent(oldContent, newContent, 'request', usage, name);
  }

  /** Media types by name; their schemas in `direction`. */
  private compareContent(before: Located, after: Located, direction: 'request' | 'response', usage: Usage | undefined, name: string): void {
    const [was, is] = [before.node as JsonObject, after.node as JsonObject];
    for (const mediaType of new Set([...Object.keys(was), ...Object.keys(is)])) {
      const oldMedia = this.oldDocument.member(before, mediaType);
      const newMedia = this.newDocument.member(after, mediaType);
      if (newMedia === undefined) {
        this.out.add({ kind: `${direction}-media-type-removed`, location: oldMedia!.pointer, message: `${name}: media type ${code(mediaType)} removed` }, usage);
      } else if (oldMedia === undefined) {
        this.out.add({ kind: `${direction}-media-type-added`, location: newMedia.pointer, message: `${name}: media type ${code(mediaType)} added` }, usage);
      } else {
        this.out.addAll(textChanges(this.oldDocument, oldMedia, this.newDocument, newMedia, `${name} (${code(mediaType)})`), usage);
        this.out.addAll(this.otherKeys(oldMedia, newMedia, MEDIA_TYPE_KEYS, `${name} (${code(mediaType)})`), usage);
        this.compareSchemaOrContent(oldMedia, newMedia, direction, usage, name);
      }
    }
  }

  private compareResponses(before: Operation, after: Operation, usage: (role: string) => Usage): void {
    const was = this.oldDocument.member(before, 'responses');
    const is = this.newDocument.member(after, 'responses');
    const oldStatuses = isObject(was?.node) ? was.node : {};
    const newStatuses = isObject(is?.node) ? is.node : {};
    const hadDefault = Object.hasOwn(oldStatuses, 'default');
    const name = describe(after);
    for (const status of new Set([...Object.keys(oldStatuses), ...Object.keys(newStatuses)])) {
      const oldResponse = Object.hasOwn(oldStatuses, status) ? this.oldDocument.member(was!, status) : undefined;
      const newResponse = Object.hasOwn(newStatuses, status) ? this.newDocument.member(is!, status) : undefined;
      const kindOfStatus = status === 'default' ? 'default' : /^[45]/.test(status) ? 'error' : 'success';
      if (newResponse === undefined) {
        const kind = kindOfStatus === 'default' ? 'default-response-removed' : kindOfStatus === 'error' ? 'error-response-removed' : 'success-response-removed';
        this.out.add({ kind, location: child(was!.pointer, status), message: `${name}: response ${code(status)} removed` });
      } else if (oldResponse === undefined) {
        const kind = kindOfStatus === 'default' ? 'default-response-added' : kindOfStatus === 'error' ? (hadDefault ? 'error-response-added' : 'uncovered-error-response-added') : 'success-response-added';
        this.out.add({ kind, location: child(is!.pointer, status), message: `${name}: response ${code(status)} added` });
      } else {
        this.compareResponse(oldResponse, newResponse, usage('responses'), `response ${code(status)}`);
      }
    }
  }

  private compareResponse(before: Located, after: Located, usage: Usage | undefined, name: string): void {
    this.out.addAll(textChanges(this.oldDocument, before, this.newDocument, after, name), usage);
    this.out.addAll(this.otherKeys(before, after, RESPONSE_KEYS, name), usage);
    const oldHeaders = this.oldDocument.member(before, 'headers');
    const newHeaders = this.newDocument.member(after, 'headers');
    const oldNames = isObject(oldHeaders?.node) ? Object.keys(oldHeaders.node) : [];
    const newNames = isObject(newHeaders?.node) ? Object.keys(newHeaders.node) : [];
    for (const header of new Set([...oldNames, ...newNames])) {
      const was = oldNames.includes(header) ? this.oldDocument.member(oldHeaders!, header) : undefined;
      const is = newNames.includes(header) ? this.newDocument.member(newHeaders!, header) : undefined;
      const label = `${name} header ${code(header)}`;
      if (is === undefined) this.out.add({ kind: 'response-header-removed', location: child(oldHeaders!.pointer, header), message: `${label} removed` }, usage);
      else if (was === undefined) this.out.add({ kind: 'response-header-added', location: child(newHeaders!.pointer, header), message: `${label} added` }, usage);
      else this.compareHeader(was, is, usage, label);
    }
    const [oldContent, newContent] = [this.oldDocument.member(before, 'content'), this.newDocument.member(after, 'content')];
    if (oldContent === undefined && newContent === undefined) return;
    if (oldContent !== undefined && newContent !== undefined) this.compareContent(oldContent, newContent, 'response', usage, name);
    else this.out.add({ kind: newContent ? 'response-media-type-added' : 'response-media-type-removed', location: (newContent ?? oldContent)!.pointer, message: `${name}: body ${newContent ? 'added' : 'removed'}` }, usage);
  }

  private compareHeader(before: Located, after: Located, usage: Usage | undefined, name: string): void {
    const [was, is] = [before.node as JsonObject, after.node as JsonObject];
    if ((was.required === true) !== (is.required === true)) {
      const required = is.required === true;
      this.out.add({ kind: required ? 'response-header-became-required' : 'response-header-became-optional', location: child(required ? after.pointer : before.pointer, 'required'), message: `${name} is now ${required ? 'always sent' : 'optional'}` }, usage);
    }
    if (is.deprecated === true && was.deprecated !== true) this.out.add({ kind: 'response-header-deprecated', location: child(after.pointer, 'deprecated'), message: `${name} is now deprecated` }, usage);
    this.out.addAll(textChanges(this.oldDocument, before, this.newDocument, after, name), usage);
    this.out.addAll(this.otherKeys(before, after, HEADER_KEYS, name), usage);
    this.compareSchemaOrContent(before, after, 'response', usage, name);
  }

  /**
   * A named component that no operation uses. The generated packages still export it by name
   * (`components[...]` in @cometchat-rest/models, schemas/<Name>.json in @cometchat-rest/spec), so
   * it is compared on its own; a schema in both directions, as nothing says which way it is used.
   */
  compareUnusedComponent(section: string, name: string): void {
    const pointer = child('/components', section, name);
    const was = this.oldDocument.at(pointer);
    const is = this.newDocument.at(pointer);
    if (was === undefined || is === undefined) return;
    if (section === 'schemas') {
      // Schemas go as they are: SchemaComparer follows their `$ref`s itself.
      this.out.addAll(this.schemas.compare(was, is, 'request'));
      this.out.addAll(this.schemas.compare(was, is, 'response'));
      return;
    }
    const [before, after] = [this.oldDocument.resolve(was.node, pointer), this.newDocument.resolve(is.node, pointer)];
    if (section === 'responses') {
      this.compareResponse(before, after, undefined, `response ${code(name)}`);
    } else if (section === 'headers') {
      this.compareHeader(before, after, undefined, `header ${code(name)}`);
    } else if (section === 'parameters' && isObject(before.node) && isObject(after.node)) {
      this.compareParameter({ ...before, node: before.node, site: before.pointer }, { ...after, node: after.node, site: after.pointer }, undefined);
    } else if (!this.equal(before, after)) {
      this.out.add({ kind: 'unclassified-change', location: after.pointer, message: `component ${code(`${section}/${name}`)} changed (no operation uses it)` });
    }
  }

  /** Security requirements are alternatives (any one of them lets a request in). */
  private compareSecurity(before: Operation, after: Operation): void {
    const was = effectiveSecurity(before);
    const is = effectiveSecurity(after);
    // Requirements of the whole document are reported once, with the operations they apply to.
    const scope = (pointer: string): [string, Usage | undefined] => (pointer === '/security' ? ['the document', { role: 'security requirements', operation: after.name }] : [describe(after), undefined]);
    for (const requirement of was.alternatives) {
      const [name, usage] = scope(was.pointer);
      if (!is.alternatives.includes(requirement)) this.out.add({ kind: 'security-requirement-removed', location: was.pointer, message: `${name}: security requirement ${code(requirement)} removed` }, usage);
    }
    for (const requirement of is.alternatives) {
      const [name, usage] = scope(is.pointer);
      if (!was.alternatives.includes(requirement)) this.out.add({ kind: 'security-requirement-added', location: is.pointer, message: `${name}: security requirement ${code(requirement)} added` }, usage);
    }
  }

  /** Keys none of the comparisons above know (callbacks, links, servers of an operation, ...): equal, or unclassified. */
  private otherKeys(before: Located, after: Located, known: Set<string>, name: string): RawChange[] {
    if (!isObject(before.node) || !isObject(after.node)) return [];
    const [was, is] = [before.node, after.node];
    const changes: RawChange[] = [];
    for (const key of new Set([...Object.keys(was), ...Object.keys(is)])) {
      if (known.has(key) || isDocKeyword(key) || key === 'summary' || key === '$ref') continue;
      if (Object.hasOwn(was, key) && Object.hasOwn(is, key) && this.equal({ node: was[key]!, pointer: child(before.pointer, key) }, { node: is[key]!, pointer: child(after.pointer, key) })) continue;
      const location = Object.hasOwn(is, key) ? child(after.pointer, key) : child(before.pointer, key);
      changes.push({ kind: 'unclassified-change', location, message: `${name}: ${code(key)} changed (not a change the differ classifies)` });
    }
    return changes;
  }

  private equal(a: Located, b: Located): boolean {
    return equalDereferenced(this.oldDocument, a, this.newDocument, b);
  }
}

type Parameter = Located & { node: JsonObject; site: string };

/** The operations of the document (from the operation model), by path, in document order. */
function operationsByPath(document: OpenApiDocument): Map<string, Operation[]> {
  const byPath = new Map<string, Operation[]>();
  for (const entry of buildOperationModel(document).model.operations) {
    const method = entry.method.toLowerCase();
    const operation: Operation = {
      path: entry.path,
      method,
      name: operationName(method, entry.path, entry.operationId ?? undefined),
      node: document.at(entry.pointer)!.node as JsonObject,
      pointer: entry.pointer,
      pathItem: document.at(entry.pathItemPointer)!,
      entry,
    };
    byPath.set(entry.path, [...(byPath.get(entry.path) ?? []), operation]);
  }
  return byPath;
}

function template(path: string): string {
  return path.replace(/\{[^}]*\}/g, '{}');
}

/** The parameters of an operation by `in` and name (the model has applied the path item's and the operation's). */
function parameters(document: OpenApiDocument, operation: Operation): Map<string, Parameter> {
  return new Map(operation.entry.parameters.map((parameter) => [`${parameter.in}\n${parameter.name}`, { node: document.at(parameter.pointer)!.node as JsonObject, pointer: parameter.pointer, site: parameter.site }]));
}

function parameterName(parameter: JsonObject): string {
  return `${String(parameter.in)} parameter ${code(String(parameter.name))}`;
}

/** How a parameter is written on the wire, defaults filled in. */
function serialization(parameter: JsonObject): string {
  const style = typeof parameter.style === 'string' ? parameter.style : parameter.in === 'query' || parameter.in === 'cookie' ? 'form' : 'simple';
  const explode = typeof parameter.explode === 'boolean' ? parameter.explode : style === 'form';
  return `style=${style} explode=${explode} allowReserved=${parameter.allowReserved === true}`;
}

/** The security requirements that apply to an operation, each alternative as a sentence. */
function effectiveSecurity(operation: Operation): { alternatives: string[]; pointer: string } {
  const { alternatives, pointer } = operation.entry.security;
  const sentences = (alternatives.length > 0 ? alternatives : [[]]).map((alternative) =>
    alternative.length === 0
      ? 'no authentication'
      : [...alternative]
          .sort((a, b) => (a.scheme < b.scheme ? -1 : a.scheme > b.scheme ? 1 : 0))
          .map(({ scheme, scopes }) => (scopes.length > 0 ? `${scheme} (${[...scopes].sort().join(', ')})` : scheme))
          .join(' + '),
  );
  return { alternatives: sentences, pointer: pointer ?? operation.pointer };
}

function stringList(list: Json | undefined): string[] {
  return Array.isArray(list) ? list.map(String) : [];
}

function describe(operation: Operation): string {
  const method = `${operation.method.toUpperCase()} ${operation.path}`;
  return operation.name === method ? code(method) : `${code(method)} (${code(operation.name)})`;
}
