// The entry point of the comparison: two bundled documents in, the bump and the changes out. This
// file compares what sits outside the operations (servers, security schemes, named components,
// info and tags text) and hands the paths to OperationComparer.
import { applyAcceptedChanges, type AcceptedChange } from './accepted-changes.ts';
import { type Bump, bumpOf } from './classify.ts';
import { type Change, ChangeCollector } from './changes.ts';
import { OperationComparer } from './compare-operations.ts';
import { textChanges } from './compare-text.ts';
import { equalDereferenced, type Located, type OpenApiDocument } from '@cometchat-rest/operation-model';
import { child, deepEqual, type Json, type JsonObject, isObject } from '@cometchat-rest/operation-model';
import { code, value } from './markdown.ts';

export type SpecDiff = {
  bump: Bump;
  changes: Change[];
  /** Entries of spec/accepted-breaking-changes.yaml that named no change of this comparison. */
  unusedAccepted?: AcceptedChange[];
};

/** Top-level keys compared below; any other one (webhooks, jsonSchemaDialect, ...) is compared as a whole. */
const DOCUMENT_KEYS = new Set(['openapi', 'info', 'servers', 'tags', 'externalDocs', 'security', 'components', 'paths']);
/** Component sections that @cometchat-rest/models turns into named types (and spec into files). */
const NAMED_COMPONENTS = ['schemas', 'parameters', 'responses', 'headers', 'requestBodies', 'pathItems'];
const SECURITY_SCHEME_WIRE_KEYS = ['type', 'in', 'name', 'scheme', 'bearerFormat', 'flows', 'openIdConnectUrl'];

export function diffDocuments(oldDocument: OpenApiDocument, newDocument: OpenApiDocument): SpecDiff {
  const out = new ChangeCollector();
  const [was, is] = [oldDocument.root, newDocument.root];

  if (was.openapi !== is.openapi) {
    out.add({ kind: 'openapi-version-changed', location: '/openapi', message: `OpenAPI version changed from ${value(was.openapi)} to ${value(is.openapi)}` });
  }
  for (const key of new Set([...Object.keys(object(was.info)), ...Object.keys(object(is.info))])) {
    const [before, after] = [object(was.info)[key], object(is.info)[key]];
    if (!deepEqual(before, after)) out.add({ kind: 'info-changed', location: child('/info', key), message: `${code(`info.${key}`)} ${before === undefined ? 'added' : after === undefined ? 'removed' : 'changed'}` });
  }
  if (!deepEqual(was.tags, is.tags)) out.add({ kind: 'tags-changed', location: '/tags', message: 'tag definitions (names or descriptions) changed' });
  out.addAll(textChanges(oldDocument, { node: pick(was, ['externalDocs']), pointer: '' }, newDocument, { node: pick(is, ['externalDocs']), pointer: '' }, 'the document'));
  out.addAll(textChanges(oldDocument, { node: extensions(was), pointer: '' }, newDocument, { node: extensions(is), pointer: '' }, 'the document'));
  for (const key of new Set([...Object.keys(was), ...Object.keys(is)])) {
    if (DOCUMENT_KEYS.has(key) || key.startsWith('x-')) continue;
    if (Object.hasOwn(was, key) && Object.hasOwn(is, key) && equalDereferenced(oldDocument, { node: was[key]!, pointer: `/${key}` }, newDocument, { node: is[key]!, pointer: `/${key}` })) continue;
    out.add({ kind: 'unclassified-change', location: child('', key), message: `${code(key)} changed (not a change the differ classifies)` });
  }

  const operations = new OperationComparer(oldDocument, newDocument, out);
  compareServers(oldDocument, newDocument, out);
  compareComponents(oldDocument, newDocument, out, operations);
  operations.comparePaths();

  const changes = out.changes();
  return { bump: bumpOf(changes.map((change) => change.severity)), changes };
}

/**
 * The comparison as the commands report it: the diff, with the breaking changes that the new side's
 * spec/accepted-breaking-changes.yaml accepts counted as what it says.
 */
export function compareSpecs(oldDocument: OpenApiDocument, newDocument: OpenApiDocument, accepted: AcceptedChange[]): SpecDiff {
  const { diff, unused } = applyAcceptedChanges(diffDocuments(oldDocument, newDocument), accepted);
  return unused.length > 0 ? { ...diff, unusedAccepted: unused } : diff;
}

/** Servers by URL; their variables' enums and defaults. */
function compareServers(oldDocument: OpenApiDocument, newDocument: OpenApiDocument, out: ChangeCollector): void {
  const list = (document: OpenApiDocument): Located[] =>
    Array.isArray(document.root.servers) ? document.root.servers.map((server, i) => ({ node: server, pointer: child('/servers', i) })) : [];
  const before = list(oldDocument);
  const after = list(newDocument);
  const url = (server: Located): string => String(object(server.node).url);
  for (const oldServer of before) {
    const newServer = after.find((candidate) => url(candidate) === url(oldServer));
    if (newServer === undefined) {
      out.add({ kind: 'server-removed', location: oldServer.pointer, message: `server ${code(url(oldServer))} removed` });
      continue;
    }
    out.addAll(textChanges(oldDocument, oldServer, newDocument, newServer, `server ${code(url(newServer))}`));
    const [oldVariables, newVariables] = [object(object(oldServer.node).variables), object(object(newServer.node).variables)];
    for (const name of new Set([...Object.keys(oldVariables), ...Object.keys(newVariables)])) {
      const [was, is] = [object(oldVariables[name]), object(newVariables[name])];
      const oldAt = child(oldServer.pointer, 'variables', name);
      const newAt = child(newServer.pointer, 'variables', name);
      const label = `server variable ${code(name)}`;
      out.addAll(textChanges(oldDocument, { node: was, pointer: oldAt }, newDocument, { node: is, pointer: newAt }, label));
      if (!deepEqual(was.default, is.default)) {
        out.add({ kind: 'server-variable-default-changed', location: child(newAt, 'default'), message: `${label}: default changed from ${value(was.default)} to ${value(is.default)}` });
      }
      const [oldEnum, newEnum] = [was.enum, is.enum];
      if (Array.isArray(oldEnum) && Array.isArray(newEnum)) {
        oldEnum.forEach((item, i) => {
          if (!newEnum.some((other) => deepEqual(other, item))) out.add({ kind: 'server-variable-value-removed', location: child(oldAt, 'enum', i), message: `${label}: value ${value(item)} removed` });
        });
        newEnum.forEach((item, i) => {
          if (!oldEnum.some((other) => deepEqual(other, item))) out.add({ kind: 'server-variable-value-added', location: child(newAt, 'enum', i), message: `${label}: value ${value(item)} added` });
        });
      } else if (Array.isArray(newEnum)) {
        out.add({ kind: 'server-variable-enum-added', location: child(newAt, 'enum'), message: `${label} is now limited to ${newEnum.map(value).join(', ')}` });
      } else if (Array.isArray(oldEnum)) {
        out.add({ kind: 'server-variable-enum-removed', location: child(oldAt, 'enum'), message: `${label} is no longer limited to a list of values` });
      }
    }
  }
  for (const newServer of after) {
    if (!before.some((candidate) => url(candidate) === url(newServer))) out.add({ kind: 'server-added', location: newServer.pointer, message: `server ${code(url(newServer))} added` });
  }
}

/**
 * Named components that disappear, components no operation uses (compared on their own; the ones
 * operations use are compared where they are used), and security schemes whose wire behaviour changes.
 */
function compareComponents(oldDocument: OpenApiDocument, newDocument: OpenApiDocument, out: ChangeCollector, operations: OperationComparer): void {
  const [was, is] = [object(oldDocument.root.components), object(newDocument.root.components)];
  const used = new Set([...oldDocument.reachableComponents(), ...newDocument.reachableComponents()]);
  for (const section of NAMED_COMPONENTS) {
    const after = object(is[section]);
    for (const name of Object.keys(object(was[section]))) {
      if (!Object.hasOwn(after, name)) {
        out.add({ kind: 'component-removed', location: child('/components', section, name), message: `component ${code(`${section}/${name}`)} removed (a named type of the generated packages)` });
      } else if (!used.has(child('/components', section, name))) {
        operations.compareUnusedComponent(section, name);
      }
    }
  }
  const [oldSchemes, newSchemes] = [object(was.securitySchemes), object(is.securitySchemes)];
  for (const name of Object.keys(oldSchemes)) {
    const pointer = child('/components/securitySchemes', name);
    if (!Object.hasOwn(newSchemes, name)) {
      out.add({ kind: 'component-removed', location: pointer, message: `security scheme ${code(name)} removed` });
      continue;
    }
    const before = oldDocument.resolve(oldSchemes[name]!, pointer);
    const after = newDocument.resolve(newSchemes[name]!, pointer);
    out.addAll(textChanges(oldDocument, before, newDocument, after, `security scheme ${code(name)}`));
    if (!deepEqual(pick(object(before.node), SECURITY_SCHEME_WIRE_KEYS), pick(object(after.node), SECURITY_SCHEME_WIRE_KEYS))) {
      out.add({ kind: 'security-scheme-changed', location: after.pointer, message: `security scheme ${code(name)} changed how requests authenticate` });
    }
  }
}

function object(node: Json | undefined): JsonObject {
  return isObject(node) ? node : {};
}

function pick(node: JsonObject, keys: string[]): JsonObject {
  return Object.fromEntries(keys.filter((key) => Object.hasOwn(node, key)).map((key) => [key, node[key]!]));
}

function extensions(node: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(node).filter(([key]) => key.startsWith('x-')));
}
