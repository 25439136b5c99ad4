// Generates the per-operation layer of @cometchat-rest/client from the bundled spec: a table the
// runtime reads (method, path, parameters, retry safety, result kind) and the typed method
// signatures, documented from the spec. Fails loudly on anything the client cannot represent.
//
//   tsx scripts/generate-client.ts --spec packages/spec/openapi.json --out packages/client/src/generated/operations.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fail, parseArgs } from './lib/cli.ts';

const args = parseArgs(process.argv.slice(2), ['spec', 'out']);
const document = JSON.parse(readFileSync(resolve(args.spec!), 'utf8'));

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** Each 200 response schema maps to how the client hands the result back. */
const RESULT_KINDS: Record<string, 'page' | 'conversation' | 'action'> = {
  '#/components/schemas/ConversationList': 'page',
  '#/components/schemas/SingleConversation': 'conversation',
  '#/components/schemas/ActionResult': 'action',
};
const RESULT_TYPES = { page: 'ConversationPagePromise', conversation: 'APIPromise<Conversation>', action: 'APIPromise<ActionResult>' };

const js = (value: unknown) => JSON.stringify(value);
/** Spec text goes into JSDoc: keep it from closing the comment, keep it on comment lines. */
const doc = (text: string, indent: string) =>
  text.trim().replace(/\*\//g, '*\\/').split('\n').map((line) => `${indent} *${line ? ` ${line.trimEnd()}` : ''}`).join('\n');

function deref(node: any): any {
  while (node && typeof node.$ref === 'string') {
    node = node.$ref.slice(2).split('/').reduce((at: any, key: string) => at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], document);
    if (node === undefined) fail(`unresolved $ref`);
  }
  return node;
}

type Field = { name: string; in: 'path' | 'query' | 'header' | 'body'; required: boolean; description: string };

const table: string[] = [];
const types: string[] = [];
const methods: string[] = [];
const ids: string[] = [];

for (const [path, rawItem] of Object.entries<any>(document.paths)) {
  const item = deref(rawItem);
  for (const method of METHODS) {
    const op = item[method];
    if (!op) continue;
    const id: string = op.operationId;
    if (typeof id !== 'string' || !IDENTIFIER.test(id)) fail(`${method.toUpperCase()} ${path}: operationId ${js(id)} is not a valid method name`);
    if (ids.includes(id)) fail(`operationId ${js(id)} is used twice`);
    ids.push(id);
    const Name = id[0]!.toUpperCase() + id.slice(1);
    const opType = `operations[${js(id)}]`;

    const fields: Field[] = [];
    const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(deref);
    for (const p of params) {
      if (!['path', 'query', 'header'].includes(p.in)) fail(`${id}: parameters in ${js(p.in)} are not supported`);
      const schema = deref(p.schema);
      if (schema?.type === 'array' && p.in === 'query' && !(p.style === 'form' && p.explode === false)) fail(`${id}: array query parameter ${js(p.name)} must be form/explode:false (comma-separated)`);
      fields.push({ name: p.name, in: p.in, required: p.required === true, description: p.description ?? '' });
    }
    let bodyRequired = false;
    if (op.requestBody) {
      const body = deref(op.requestBody);
      bodyRequired = body.required === true;
      const schema = deref(body.content?.['application/json']?.schema);
      if (!schema || schema.type !== 'object') fail(`${id}: the request body must be a JSON object`);
      for (const [name, property] of Object.entries<any>(schema.properties ?? {})) {
        fields.push({ name, in: 'body', required: bodyRequired && (schema.required ?? []).includes(name), description: deref(property).description ?? '' });
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

    const ref = deref(op.responses?.['200'])?.content?.['application/json']?.schema?.$ref;
    const result = RESULT_KINDS[ref];
    if (!result) fail(`${id}: no client result kind for the 200 schema ${js(ref)}`);
    if (typeof op['x-retry-safe'] !== 'boolean') fail(`${id}: x-retry-safe must be true or false`);
    const onBehalfOf = fields.find((f) => f.in === 'header' && f.name === 'onBehalfOf');
    const otherHeaders = fields.filter((f) => f.in === 'header' && f.name !== 'onBehalfOf');
    if (otherHeaders.length > 0) fail(`${id}: header parameters other than onBehalfOf are not supported (${otherHeaders.map((f) => f.name).join(', ')})`);

    table.push(
      `  ${js(id)}: {\n` +
        `    method: ${js(method.toUpperCase())},\n` +
        `    path: ${js(path)},\n` +
        `    pathParams: ${js(fields.filter((f) => f.in === 'path').map((f) => f.name))},\n` +
        `    queryParams: ${js(fields.filter((f) => f.in === 'query').map((f) => f.name))},\n` +
        `    onBehalfOf: ${js(onBehalfOf ? (onBehalfOf.required ? 'required' : 'optional') : 'none')},\n` +
        `    bodyFields: ${js(fields.filter((f) => f.in === 'body').map((f) => f.name))},\n` +
        `    bodyRequired: ${js(bodyRequired)},\n` +
        `    requiredBodyFields: ${js(fields.filter((f) => f.in === 'body' && f.required).map((f) => f.name))},\n` +
        `    retrySafe: ${js(op['x-retry-safe'])},\n` +
        `    result: ${js(result)},\n` +
        `  },`,
    );

    // The params type: every field typed from @cometchat-rest/models, so both packages agree.
    const lines = fields
      .filter((f) => f.name !== 'onBehalfOf')
      .map((f) => {
        const typeExpr =
          f.in === 'body'
            ? `NonNullable<${opType}["requestBody"]>["content"]["application/json"][${js(f.name)}]`
            : `NonNullable<${opType}["parameters"][${js(f.in)}]>[${js(f.name)}]`;
        const optional = f.required ? '' : '?';
        const comment = f.description ? `  /**\n${doc(f.description, '  ')}\n   */\n` : '';
        return `${comment}  ${f.name}${optional}: ${f.in === 'body' && !f.required ? `NonNullable<${typeExpr}>` : typeExpr};`;
      });
    const paramsType = `${Name}Params`;
    const onBehalfOfType = onBehalfOf ? `OnBehalfOfParam<${js(onBehalfOf.required ? 'required' : 'optional')}, D>` : '{}';
    types.push(`/** The parameters of \`${id}\`. */\nexport type ${paramsType}<D extends boolean = false> = {\n${lines.join('\n')}\n} & ${onBehalfOfType};`);

    const allOptional = fields.every((f) => !f.required || (f.name === 'onBehalfOf'));
    const paramsOptional = allOptional && (!onBehalfOf || !onBehalfOf.required);
    const summary = [op.summary, op.description].filter(Boolean).join('\n\n');
    const replacedBy: string[] = op['x-replaced-by'] ?? [];
    for (const replacement of replacedBy) if (!IDENTIFIER.test(replacement)) fail(`${id}: x-replaced-by ${js(replacement)} is not an operationId`);
    const deprecated = op.deprecated
      ? `\n   *\n   * @deprecated CometChat deprecated this operation.${replacedBy.length ? ` Use ${replacedBy.map((r) => `{@link ${r}}`).join(' or ')} instead.` : ''}`
      : '';
    const pageNote = result === 'page' ? '\n   *\n   * Await it for one page (`{ data, meta }`), or iterate it with `for await` for every conversation of every page, fetched lazily.' : '';
    methods.push(
      `  /**\n${doc(summary, '  ')}${pageNote}\n   *\n   * \`${method.toUpperCase()} ${path.replace(/\*\//g, '*\\/')}\`${deprecated}\n   */\n` +
        `  ${id}(params${paramsOptional ? '?' : ''}: ${paramsType}<D>, options?: RequestOptions): ${RESULT_TYPES[result]};`,
    );
  }
}

const server = document.servers?.[0];
const regions: unknown = server?.variables?.region?.enum;
if (!Array.isArray(regions) || regions.length === 0) fail('servers[0].variables.region.enum is missing');

const output = `// Generated from spec/ by \`pnpm generate\` (scripts/generate-client.ts). Do not edit.
// Edit the spec, then run \`pnpm generate\`.
import type { Conversation, operations } from '@cometchat-rest/models';
import type { APIPromise } from '../core/api-promise.ts';
import type { ActionResult } from '../core/results.ts';
import type { OperationSpec } from '../core/operation.ts';
import type { ConversationPagePromise } from '../core/pagination.ts';
import type { OnBehalfOfParam, RequestOptions } from '../core/options.ts';

/** The URL template of CometChat's REST API. */
export const SERVER_URL = ${js(server.url)};
/** The regions CometChat's REST API is served from. */
export const REGIONS = ${js(regions)} as const;

/** What the runtime needs to know of each operation. */
export const OPERATIONS = {
${table.join('\n')}
} as const satisfies Record<keyof operations, OperationSpec>;

${types.join('\n\n')}

/** One method per operation of the spec. \`D\` is true when the client has a default \`onBehalfOf\`. */
export interface OperationMethods<D extends boolean = false> {
${methods.join('\n\n')}
}
`;
const outPath = resolve(args.out!);
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, output);
console.log(`generated ${outPath}: ${ids.length} operations`);
