// The per-schema exports are standalone JSON Schemas that Ajv 2020 compiles in strict mode and that
// judge data exactly as the OpenAPI document does.
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { document, PACKAGE_DIR, schemaValidator } from './spec.ts';

const dir = new URL('schemas/', PACKAGE_DIR);
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const load = (name: string) => JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8'));

describe('JSON Schema exports', () => {
  it('exist for every component schema', () => {
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(Object.keys(document.components.schemas!).sort());
  });

  it.each(files)('%s compiles with Ajv 2020 in strict mode', (file) => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
    const schema = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('judge payloads as the OpenAPI document does', () => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
    const standalone = ajv.compile(load('ConversationList'));
    const page = structuredClone(document.components.examples!['list-conversations--200'].value);
    expect(standalone(page)).toBe(true);
    expect(schemaValidator('ConversationList')(page)).toBe(true);
    page.data[0].conversationType = 'channel';
    expect(standalone(page)).toBe(false);
    expect(schemaValidator('ConversationList')(page)).toBe(false);
  });

  it('can all live in one Ajv instance', () => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
    for (const file of files) ajv.addSchema(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    const validate = ajv.getSchema('urn:cometchat-rest:schema:UpdateConversationRequest');
    expect(validate?.({ tags: ['a'] })).toBe(true);
    expect(validate?.({ tags: Array.from({ length: 26 }, () => 'a') })).toBe(false);
  });
});
