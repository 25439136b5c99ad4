// Generates the per-operation layer of @cometchat-rest/client from the operation model
// (packages/spec/operation-model.json): for each operation a descriptor the core checks calls
// against, a params type and a documented method signature, and an implementation that builds the
// request with the typed openapi-fetch client, so the compiler checks every path, parameter and
// body against @cometchat-rest/models. Fails loudly on anything the client cannot represent.
//
//   tsx scripts/codegen/src/generate-client.ts --model packages/spec/operation-model.json --out packages/client/src/generated/operations.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { OpenApiDocument, type JsonObject, type OperationEntry, type OperationModel, type ParameterModel } from '@cometchat-rest/operation-model';
import { fail, readCommandLine } from '@cometchat-rest/script-kit/cli';
import { ruleOf, type RuleData } from './client-rules.ts';

const cli = readCommandLine(process.argv.slice(2), {
  strings: ['model', 'openapi', 'out', 'readme'],
  required: ['model', 'out'],
  usage: 'generate-client.ts --model <operation-model.json> [--openapi <openapi.json, default: beside the model>] --out <operations.ts> [--readme <README.md>]',
});
const modelPath = resolve(cli.options.model!);
const model = JSON.parse(readFileSync(modelPath, 'utf8')) as OperationModel;
// The model's schema pointers point into the bundled document beside it.
const openapiPath = resolve(cli.options.openapi ?? join(dirname(modelPath), 'openapi.json'));
const document = new OpenApiDocument(JSON.parse(readFileSync(openapiPath, 'utf8')) as JsonObject, openapiPath);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const js = (value: unknown) => JSON.stringify(value);
/** Spec text goes into JSDoc: keep it from closing the comment, keep it on comment lines. */
const doc = (text: string, indent: string) =>
  text.trim().replace(/\*\//g, '*\\/').split('\n').map((line) => `${indent} *${line ? ` ${line.trimEnd()}` : ''}`).join('\n');
/** `/components/schemas/Conversation` as a type of @cometchat-rest/models. */
function schemaType(pointer: string | null, id: string): string {
  const match = /^\/components\/schemas\/([^/]+)$/.exec(pointer ?? '');
  if (!match) fail(`${id}: x-result.schema must be a component schema, not ${js(pointer)}`);
  return `Schemas[${js(match[1]!.replace(/~1/g, '/').replace(/~0/g, '~'))}]`;
}

/** `/components/schemas/Conversation` as `Conversation` (null for action results). */
const schemaName = (pointer: string | null) => (pointer ?? '').split('/').pop()!.replace(/~1/g, '/').replace(/~0/g, '~');
/** Spec text in a Markdown table cell: one line, no pipes or raw HTML. */
const cell = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/[|<>]/g, (c) => ({ '|': '\\|', '<': '&lt;', '>': '&gt;' })[c]!);

type Field = { name: string; in: 'path' | 'query' | 'header' | 'body'; required: boolean; description: string; rule: RuleData };

/** The spec's constraints on a field, for the core to check before sending; fails loudly on what it cannot represent. */
function rule(pointer: string | null, where: string, commaSeparated = false): RuleData {
  if (pointer === null) fail(`${where}: a parameter needs a schema (not content) for the client to check it`);
  try {
    return ruleOf(document, pointer, where, commaSeparated);
  } catch (error) {
    fail((error as Error).message);
  }
}

/** The operation's parameters and body fields as the one params object of its method. */
function fieldsOf(op: OperationEntry, id: string): Field[] {
  const fields: Field[] = [];
  for (const p of op.parameters) {
    if (p.in === 'cookie') fail(`${id}: parameters in "cookie" are not supported`);
    if (p.in === 'header' && p.name !== 'onBehalfOf') fail(`${id}: header parameters other than onBehalfOf are not supported (${p.name})`);
    if (p.in === 'query' && isArray(p) && !(p.style === 'form' && !p.explode)) fail(`${id}: array query parameter ${js(p.name)} must be form/explode:false (comma-separated)`);
    const checked = rule(p.schema, `${id}: ${p.in} parameter ${js(p.name)}`, p.in === 'query' && isArray(p));
    // A query value of another type than the spec's would reach openapi-fetch's serializer, which does
    // not encode object keys: the type is what keeps `searchKey: { ']=x&a[': 1 }` off the wire.
    if (p.in === 'query' && checked.type === undefined && checked.any === undefined) fail(`${id}: query parameter ${js(p.name)} needs a type for the client to check`);
    fields.push({ name: p.name, in: p.in, required: p.required, description: p.description ?? '', rule: checked });
  }
  const body = op.requestBody;
  if (body) {
    if (!body.content.some((media) => media.mediaType === 'application/json') || body.properties === null) fail(`${id}: the request body must be a JSON object with properties`);
    for (const property of body.properties) {
      fields.push({ name: property.name, in: 'body', required: body.required && property.required, description: property.description ?? '', rule: rule(property.schema, `${id}: body field ${js(property.name)}`) });
    }
  }
  // Every parameter and body field becomes a key of one params object: two with one name could not both be passed.
  const seen = new Map<string, string>();
  for (const field of fields) {
    if (!IDENTIFIER.test(field.name)) fail(`${id}: ${field.in} parameter ${js(field.name)} is not a valid property name`);
    const other = seen.get(field.name);
    if (other) fail(`${id}: the ${field.in} field ${js(field.name)} collides with the ${other} field of the same name; the client takes one params object`);
    seen.set(field.name, field.in);
  }
  return fields;
}

const isArray = (p: ParameterModel) => p.type === 'array' || (Array.isArray(p.type) && p.type.includes('array'));

const descriptors: string[] = [];
/** The README's table of operations, one row each. */
const tableRows: string[] = [];
const types: string[] = [];
const signatures: string[] = [];
const implementations: string[] = [];
const ids = new Set<string>();
/** What the generated file imports from the core: only what its operations use. */
const coreImports = new Set(['prepare', 'type Core', 'type OperationSpec', 'type RequestOptions', 'type Rule', 'type ServerInfo']);
/** Each distinct rule once (as `ruleN`), so the descriptors stay small: most operations share theirs. */
const rules = new Map<string, string>();
const ruleName = (data: RuleData) => {
  const key = js(data);
  if (!rules.has(key)) rules.set(key, `rule${rules.size + 1}`);
  return rules.get(key)!;
};

for (const op of model.operations) {
  const id = op.operationId;
  if (typeof id !== 'string' || !IDENTIFIER.test(id)) fail(`${op.method} ${op.path}: operationId ${js(id)} is not a valid method name`);
  if (ids.has(id)) fail(`operationId ${js(id)} is used twice`);
  ids.add(id);
  if (op.retrySafe === null) fail(`${id}: x-retry-safe must be true or false`);
  if (op.result === null) fail(`${id}: x-result is missing (what the method returns)`);
  const { kind } = op.result;
  if ((kind === 'page') !== (op.pagination !== null)) fail(`${id}: x-result.kind page needs x-pagination, and x-pagination needs x-result.kind page`);
  const Name = id[0]!.toUpperCase() + id.slice(1);
  const opType = `operations[${js(id)}]`;
  const fields = fieldsOf(op, id);
  const onBehalfOf = fields.find((f) => f.in === 'header');
  const requirement = onBehalfOf ? (onBehalfOf.required ? 'required' : 'optional') : 'none';
  const bodyFields = fields.filter((f) => f.in === 'body');

  // Empty lists are left out (the core reads them as empty): the descriptors ship in every bundle.
  const list = (key: string, names: string[]) => (names.length ? `    ${key}: ${js(names)},\n` : '');
  descriptors.push(
    `  ${js(id)}: {\n` +
      `    operationId: ${js(id)},\n` +
      list('pathParams', fields.filter((f) => f.in === 'path').map((f) => f.name)) +
      list('queryParams', fields.filter((f) => f.in === 'query').map((f) => f.name)) +
      `    onBehalfOf: ${js(requirement)},\n` +
      list('bodyFields', bodyFields.map((f) => f.name)) +
      list('requiredBodyFields', bodyFields.filter((f) => f.required).map((f) => f.name)) +
      `    rules: { ${fields.map((f) => `${f.name}: ${ruleName(f.rule)}`).join(', ')} },\n` +
      `    retrySafe: ${js(op.retrySafe)},\n` +
      (op.pagination ? `    pagination: ${js({ pageParameter: op.pagination.pageParameter, sizeParameter: op.pagination.sizeParameter, items: op.pagination.items, meta: op.pagination.meta })},\n` : '') +
      `  },`,
  );

  // The params type: every field typed from @cometchat-rest/models, so both packages agree.
  const lines = fields
    .filter((f) => f.in !== 'header')
    .map((f) => {
      const typeExpr = f.in === 'body' ? `NonNullable<${opType}["requestBody"]>["content"]["application/json"][${js(f.name)}]` : `NonNullable<${opType}["parameters"][${js(f.in)}]>[${js(f.name)}]`;
      const comment = f.description ? `  /**\n${doc(f.description, '  ')}\n   */\n` : '';
      return `${comment}  ${f.name}${f.required ? '' : '?'}: ${f.in === 'body' && !f.required ? `NonNullable<${typeExpr}>` : typeExpr};`;
    });
  const paramsType = `${Name}Params`;
  const onBehalfOfType = onBehalfOf ? `OnBehalfOfParam<${js(requirement)}, D>` : '{}';
  types.push(`/** The parameters of \`${id}\`. */\nexport type ${paramsType}<D extends boolean = false> = {\n${lines.join('\n')}\n} & ${onBehalfOfType};`);

  const success = op.responses.find((r) => /^2\d\d$/.test(r.status))?.status;
  if (success === undefined) fail(`${id}: no 2xx response`);
  const resultType =
    kind === 'action' ? 'APIPromise<ActionResult>'
    : kind === 'item' ? `APIPromise<${schemaType(op.result.schema, id)}>`
    : kind === 'items' ? `APIPromise<${schemaType(op.result.schema, id)}[]>`
    : `ConversationPagePromise<${schemaType(op.result.schema, id)}, ${opType}["responses"][${success}]["content"]["application/json"]>`;
  const paramsOptional = fields.every((f) => !f.required || (f.in === 'header' && !f.required)) && requirement !== 'required';
  const summary = [op.summary, op.description].filter(Boolean).join('\n\n');
  for (const replacement of op.replacedBy) if (!IDENTIFIER.test(replacement)) fail(`${id}: x-replaced-by ${js(replacement)} is not an operationId`);
  const deprecated = op.deprecated
    ? `\n   *\n   * @deprecated CometChat deprecated this operation.${op.replacedBy.length ? ` Use ${op.replacedBy.map((r) => `{@link ${r}}`).join(' or ')} instead.` : ''}`
    : '';
  const pageNote = kind === 'page' ? '\n   *\n   * Await it for one page (`{ data, meta }`), or iterate it with `for await` for every item of every page, fetched lazily.' : '';
  signatures.push(
    `  /**\n${doc(summary, '  ')}${pageNote}\n   *\n   * \`${op.method} ${op.path.replace(/\*\//g, '*\\/')}\`${deprecated}\n   */\n` +
      `  ${id}(params${paramsOptional ? '?' : ''}: ${paramsType}<D>, options?: RequestOptions): ${resultType};`,
  );

  const returns = { action: '`ActionResult`', item: `\`${schemaName(op.result.schema)}\``, items: `\`${schemaName(op.result.schema)}[]\``, page: `pages of \`${schemaName(op.result.schema)}\`` }[kind];
  const notes = [op.deprecated ? `deprecated${op.replacedBy.length ? `: use ${op.replacedBy.map((r) => `\`${r}\``).join(' or ')}` : ''}` : '', requirement === 'none' ? 'no `onBehalfOf`' : requirement === 'optional' ? '`onBehalfOf` optional' : ''].filter(Boolean).join('; ');
  tableRows.push(`| \`${id}\` | \`${op.method} ${op.path}\` | ${cell(op.summary ?? '')} | ${returns} | ${op.retrySafe ? 'yes' : 'no'} | ${notes} |`);

  // The typed openapi-fetch call: each location gets exactly its fields of the checked params, as
  // the descriptor lists them, so the compiler checks them against the location's type.
  const spec = `SPECS[${js(id)}]`;
  const has = (location: Field['in']) => fields.some((f) => f.in === location);
  const params = [
    ...(has('path') ? [`path: pick(p, ${spec}.pathParams)`] : []),
    ...(has('query') ? [`query: pick(p, ${spec}.queryParams)`] : []),
    ...(onBehalfOf ? ['header: { onBehalfOf: p.onBehalfOf }'] : []),
  ];
  const body = bodyFields.length === 0 ? [] : [op.requestBody!.required ? `body: pick(p, ${spec}.bodyFields)` : `body: optionalBody(p, ${spec}.bodyFields)`];
  const request = ['...init', `params: { ${params.join(', ')} }`, ...body].join(', ');
  if (has('path') || has('query') || body.some((part) => part.startsWith('body: pick'))) coreImports.add('pick');
  if (body.some((part) => part.includes('optionalBody('))) coreImports.add('optionalBody');
  for (const name of { action: ['actionResult', 'type ActionResult', 'type APIPromise'], item: ['itemResult', 'type APIPromise'], items: ['itemsResult', 'type APIPromise'], page: ['pageResult', 'type ConversationPagePromise'] }[kind]) coreImports.add(name);
  if (onBehalfOf) coreImports.add('type OnBehalfOfParam');
  const itemType = kind === 'action' ? '' : schemaType(op.result.schema, id);
  const unwrapper = kind === 'action' ? 'actionResult' : kind === 'page' ? `pageResult<${resultType.slice('ConversationPagePromise<'.length, -1)}>` : `${kind}Result<${itemType}>`;
  implementations.push(
    `    ${id}: (params, options) =>\n` +
      `      ${unwrapper}(prepare(core, ${spec}, params, options, (p, init) => core.raw.${op.method}(${js(op.path)}, { ${request} }))),`,
  );
}

const server = model.servers[0];
const regions = server?.variables.region?.enum;
if (!server || !regions || regions.length === 0) fail('servers[0].variables.region.enum is missing');

const output = `// Generated from spec/ by \`pnpm generate\` (scripts/codegen/src/generate-client.ts). Do not edit.
// Edit the spec, then run \`pnpm generate\`.
import type { components, operations } from '@cometchat-rest/models';
import {
${[...coreImports].sort((a, b) => (a.replace('type ', '') < b.replace('type ', '') ? -1 : 1)).map((name) => `  ${name},`).join('\n')}
} from '../core/index.ts';

type Schemas = components["schemas"];

/** The URL template of CometChat's REST API. */
export const SERVER_URL = ${js(server.url)};
/** The regions CometChat's REST API is served from. */
export const REGIONS = ${js(regions)} as const;
/** Where the API is served, for the core. */
export const SERVER: ServerInfo = { url: SERVER_URL, regions: REGIONS };

/** The spec's constraints on parameters and body fields, each distinct one once (scripts/codegen/src/client-rules.ts). */
${[...rules].map(([data, name]) => `const ${name}: Rule = ${data};`).join('\n')}

/** What the core checks each call against. */
const SPECS = {
${descriptors.join('\n')}
} as const satisfies Record<keyof operations, OperationSpec>;

${types.join('\n\n')}

/** One method per operation of the spec. \`D\` is true when the client has a default \`onBehalfOf\`. */
export interface OperationMethods<D extends boolean = false> {
${signatures.join('\n\n')}
}

/** The methods, each sending its typed request through \`core\`. */
export function createOperationMethods(core: Core): OperationMethods<true> {
  return {
${implementations.join('\n')}
  };
}
`;
const outPath = resolve(cli.options.out!);
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, output);
console.log(`generated ${outPath}: ${ids.size} operations`);

if (cli.options.readme) {
  // The README's operation table, between its markers (the rest of the README is hand-written).
  const readmePath = resolve(cli.options.readme);
  const [begin, end] = ['<!-- operations:begin -->', '<!-- operations:end -->'];
  const readme = readFileSync(readmePath, 'utf8');
  const [from, to] = [readme.indexOf(begin), readme.indexOf(end)];
  if (from < 0 || to < from) fail(`${readmePath} has no ${begin} ... ${end} section for the operation table`);
  const table = ['| method | HTTP | what it does | returns | retried after an ambiguous failure | notes |', '|---|---|---|---|---|---|', ...tableRows].join('\n');
  writeFileSync(readmePath, `${readme.slice(0, from + begin.length)}\n${table}\n${readme.slice(to)}`);
  console.log(`updated the operation table of ${readmePath}`);
}
