// CometChat's own OpenAPI file (chat-apis.json, or an excerpt of it) against the spec, operation by
// operation: operations either side lacks, parameters (presence, required flag, JSON type), request
// body fields (presence, required flags), response statuses and the fields their schemas name, and
// every example of CometChat's file validated against the spec's schemas. Both documents are read
// through the operation model; CometChat's is an OpenAPI 3.0 file, which the model reads as it is.
import { buildOperationModel, OpenApiDocument, type JsonObject, type OperationEntry, type ParameterModel } from '@cometchat-rest/operation-model';
import { missingFields, jsonTypes } from './compare-fields.ts';
import { statusOf, uniqueFindings, type Finding, type PageResult } from './findings.ts';
import { isObject, type CheckedSpec } from './openapi-document.ts';
import { explainMismatch } from './validate-examples.ts';

const MAX_PROBLEMS_PER_EXAMPLE = 3;

/** `/conversations/{id}` and `/conversations/{conversationId}` are one path; `/conversations/pinned` is another. */
const pathShape = (path: string) => path.replace(/\{[^}]*\}/g, '{}');
const operationKey = (op: OperationEntry) => `${op.method} ${pathShape(op.path)}`;
/**
 * How parameters are matched: path variables by their place in the path (`{groupId}` is `{guid}`),
 * headers by their name in any case, the rest by name.
 */
function parameterKey(op: OperationEntry, p: ParameterModel): string {
  if (p.in === 'path') return `path ${op.path.split('/').filter((segment) => segment.startsWith('{')).indexOf(`{${p.name}}`)}`;
  return `${p.in} ${p.in === 'header' ? p.name.toLowerCase() : p.name}`;
}
const jsonSchemaOf = (content: OperationEntry['responses'][number]['content']) => content.find((media) => /^application\/(.+\+)?json\b/i.test(media.mediaType))?.schema ?? null;

/** The examples of a media type of CometChat's file (`example`, or each of `examples`). */
function examplesAt(vendor: OpenApiDocument, schemaPointer: string): { name: string; value: unknown }[] {
  const mediaPointer = schemaPointer.replace(/\/schema$/, '');
  const media = vendor.at(mediaPointer)?.node;
  if (!isObject(media)) return [];
  if (media.example !== undefined) return [{ name: 'example', value: media.example }];
  if (!isObject(media.examples)) return [];
  return Object.entries(media.examples).flatMap(([name, example]) => (isObject(example) && example.value !== undefined ? [{ name, value: example.value }] : []));
}

function rejected(ours: CheckedSpec, pointer: string, value: unknown, what: string, subject: string): Finding[] {
  const problems = explainMismatch(ours, pointer, value);
  if (problems.length === 0) return [];
  const shown = problems.slice(0, MAX_PROBLEMS_PER_EXAMPLE).map((problem) => `${problem.pointer || '(root)'} ${problem.message}`);
  const more = problems.length > shown.length ? `; ${problems.length - shown.length} more` : '';
  return [{ kind: 'example-rejected', subject, message: `${what} fails the spec's schema: ${shown.join('; ')}${more}` }];
}

function compareParameters(ours: OperationEntry, theirs: OperationEntry, ourSpec: CheckedSpec, vendor: OpenApiDocument): Finding[] {
  const findings: Finding[] = [];
  const mine = new Map(ours.parameters.map((p) => [parameterKey(ours, p), p]));
  const yours = new Map(theirs.parameters.map((p) => [parameterKey(theirs, p), p]));
  for (const [key, parameter] of yours) {
    const own = mine.get(key);
    if (!own) {
      findings.push({ kind: 'parameter-missing', subject: key, message: `CometChat declares the ${parameter.in} parameter ${parameter.name}${parameter.required ? ' (required)' : ''}; the spec does not` });
      continue;
    }
    if (own.required !== parameter.required) {
      findings.push({ kind: 'parameter-required-mismatch', subject: key, message: `the ${parameter.in} parameter ${parameter.name} is ${parameter.required ? 'required' : 'optional'} in CometChat's file, ${own.required ? 'required' : 'optional'} in the spec` });
    }
    const [a, b] = [own.schema && jsonTypes((p) => ourSpec.at(p), own.schema), parameter.schema && jsonTypes((p) => vendor.at(p)?.node, parameter.schema)];
    // A vendor integer is a spec number, not a mismatch; any other type CometChat names must be allowed.
    const allowed = (type: string) => a!.includes(type) || (type === 'integer' && a!.includes('number'));
    if (a && b && !b.every(allowed)) findings.push({ kind: 'parameter-type-mismatch', subject: key, message: `the ${parameter.in} parameter ${parameter.name} is ${b.join(' | ')} in CometChat's file, ${a.join(' | ')} in the spec` });
  }
  for (const [key, parameter] of mine) {
    if (!yours.has(key)) findings.push({ kind: 'parameter-not-in-docs', subject: key, message: `the spec declares the ${parameter.in} parameter ${parameter.name}; CometChat's file does not` });
  }
  return findings;
}

function compareRequestBodies(ours: OperationEntry, theirs: OperationEntry, ourSpec: CheckedSpec, vendor: OpenApiDocument): Finding[] {
  const [mine, yours] = [ours.requestBody, theirs.requestBody];
  if (yours === null && mine === null) return [];
  if (yours === null) return [{ kind: 'request-body-field-not-in-docs', subject: 'body', message: `the spec takes a request body; CometChat's file declares none` }];
  if (mine === null) return [{ kind: 'request-body-field-missing', subject: 'body', message: `CometChat's file takes a request body; the spec declares none` }];
  const findings: Finding[] = [];
  if (mine.required !== yours.required) findings.push({ kind: 'request-body-required-mismatch', subject: 'body', message: `the request body is ${yours.required ? 'required' : 'optional'} in CometChat's file, ${mine.required ? 'required' : 'optional'} in the spec` });
  const [myFields, yourFields] = [new Map((mine.properties ?? []).map((f) => [f.name, f])), new Map((yours.properties ?? []).map((f) => [f.name, f]))];
  for (const [name, field] of yourFields) {
    const own = myFields.get(name);
    if (!own) findings.push({ kind: 'request-body-field-missing', subject: `/${name}`, message: `CometChat's request body has the field ${name}${field.required ? ' (required)' : ''}; the spec's does not` });
    else if (own.required !== field.required) findings.push({ kind: 'request-body-required-mismatch', subject: `/${name}`, message: `the body field ${name} is ${field.required ? 'required' : 'optional'} in CometChat's file, ${own.required ? 'required' : 'optional'} in the spec` });
  }
  for (const name of myFields.keys()) {
    if (!yourFields.has(name)) findings.push({ kind: 'request-body-field-not-in-docs', subject: `/${name}`, message: `the spec's request body has the field ${name}; CometChat's does not` });
  }
  const [mySchema, yourSchema] = [jsonSchemaOf(mine.content), jsonSchemaOf(yours.content)];
  if (mySchema && yourSchema) {
    for (const example of examplesAt(vendor, yourSchema)) findings.push(...rejected(ourSpec, mySchema, example.value, `the request body ${example.name}`, `request ${example.name}`));
  }
  return findings;
}

function compareResponses(ours: OperationEntry, theirs: OperationEntry, ourSpec: CheckedSpec, vendor: OpenApiDocument): Finding[] {
  const findings: Finding[] = [];
  for (const response of theirs.responses) {
    const own = ours.responses.find((r) => r.status === response.status) ?? (/^[45]/.test(response.status) ? ours.responses.find((r) => r.status === 'default') : undefined);
    if (!own) {
      findings.push({ kind: 'response-status-missing', subject: response.status, message: `CometChat's file documents a ${response.status} response; the spec declares neither it nor a default` });
      continue;
    }
    const [mySchema, yourSchema] = [jsonSchemaOf(own.content), jsonSchemaOf(response.content)];
    if (!mySchema || !yourSchema) continue;
    for (const field of missingFields(ourSpec, mySchema, vendor, yourSchema)) {
      findings.push({ kind: 'response-field-missing', subject: `${response.status} ${field}`, message: `CometChat's ${response.status} response names ${field}; the spec's ${own.status} schema does not` });
    }
    for (const example of examplesAt(vendor, yourSchema)) findings.push(...rejected(ourSpec, mySchema, example.value, `the ${response.status} ${example.name}`, `${response.status} ${example.name}`));
  }
  return findings;
}

/** One result per operation of either document. */
export function checkVendorDocument(ours: CheckedSpec, file: string, document: JsonObject): PageResult[] {
  const vendor = new OpenApiDocument(document, file);
  const theirs = buildOperationModel(vendor).model.operations;
  const mine = new Map(ours.model.operations.map((op) => [operationKey(op), op]));
  const matched = new Set<string>();
  const results: PageResult[] = theirs.map((operation) => {
    const name = `${operation.method} ${operation.path}`;
    const base = { file: `${file}#${operation.operationId ?? name}`, title: operation.summary };
    const own = mine.get(operationKey(operation));
    if (!own) {
      const findings: Finding[] = [{ kind: 'operation-missing', subject: name, message: `${name} (${operation.operationId ?? 'no operationId'}) is in CometChat's file; the spec has no such operation` }];
      return { ...base, operation: null, operationId: null, status: statusOf(findings), findings };
    }
    matched.add(operationKey(own));
    const findings = uniqueFindings([...compareParameters(own, operation, ours, vendor), ...compareRequestBodies(own, operation, ours, vendor), ...compareResponses(own, operation, ours, vendor)]);
    return { ...base, operation: `${own.method} ${own.path}`, operationId: own.operationId, status: statusOf(findings), findings };
  });
  for (const own of ours.model.operations) {
    if (matched.has(operationKey(own))) continue;
    const findings: Finding[] = [{ kind: 'operation-not-in-docs', subject: `${own.method} ${own.path}`, message: `the spec's ${own.method} ${own.path} is not in CometChat's file` }];
    results.push({ file: `${file}#${own.operationId}`, title: own.summary, operation: `${own.method} ${own.path}`, operationId: own.operationId, status: statusOf(findings), findings });
  }
  return results;
}
