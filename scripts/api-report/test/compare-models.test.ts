// The API diff of two reports: which items changed, and how (compare-models.ts has the rule).
import { describe, expect, it } from 'vitest';
import { readApiModel } from '../src/api-model.ts';
import { type ApiDiff, compareModels } from '../src/compare-models.ts';
import { report } from './report.ts';

function diff(before: string, after: string): ApiDiff {
  return compareModels(readApiModel(report(before), 'before'), readApiModel(report(after), 'after'));
}

/** `kind path` of each change. */
function kinds(before: string, after: string): string[] {
  return diff(before, after).changes.map((change) => `${change.kind} ${change.path}`);
}

describe('the API model of a report', () => {
  it('names nested members by path, quoting what is not an identifier', () => {
    const model = readApiModel(
      report(`
export interface paths {
    "/conversations": {
        get: operations["listConversations"];
        delete?: never;
    };
}
export type Headers = {
    "X-Rate-Limit": number;
    [name: string]: unknown;
} & Base;
export class Page<T> extends Base implements AsyncIterable<T> {
    #private;
    constructor(first: number);
    get [Symbol.toStringTag](): string;
    pages(): AsyncGenerator<T>;
    private secret: string;
}
export { Conversation }
import { Conversation } from '@cometchat-rest/models';`),
      'model',
    );
    expect([...model.keys()]).toEqual([
      'paths',
      'paths["/conversations"]',
      'paths["/conversations"].get',
      'paths["/conversations"].delete',
      'Headers',
      'Headers["X-Rate-Limit"]',
      'Headers[name: string]',
      'Page',
      'Page.constructor',
      'Page[Symbol.toStringTag]',
      'Page.pages',
      'Conversation',
    ]);
    expect(model.get('Headers')!.text).toBe('type Headers = {…} & Base');
    expect(model.get('paths["/conversations"].delete')!.text).toBe('delete?: never');
    expect(model.get('Page')!.text).toBe('class Page<T> extends Base implements AsyncIterable<T> {…}');
    expect(model.get('Conversation')!.text).toBe('export { Conversation } from "@cometchat-rest/models"');
  });
});

describe('compareModels', () => {
  it('sees no change in formatting, comments or member order', () => {
    expect(diff('export type A = {\n    a: string; /** doc */\n    b: number;\n};', 'export type A = { b: number, a: string };')).toEqual({ bump: 'none', changes: [] });
  });

  it('reports an added member or name as minor, once (not its members too)', () => {
    expect(kinds('export type A = { a: string };', 'export type A = { a: string; b?: { c: number } };\nexport function f(): void;')).toEqual(['added A.b', 'added f']);
    expect(diff('export type A = { a: string };', 'export type A = { a: string; b?: string };').bump).toBe('minor');
  });

  it('reports a removed member or name as major, once', () => {
    const result = diff('export interface I { m(): void; n: { deep: string } }\nexport type Gone = { x: string };', 'export interface I { m(): void }');
    expect(result.changes.map((change) => `${change.kind} ${change.path}`)).toEqual(['removed Gone', 'removed I.n']);
    expect(result.changes[0]).toEqual({ kind: 'removed', path: 'Gone', before: 'type Gone = {…}', after: undefined });
    expect(result.bump).toBe('major');
  });

  it('tells narrowed from widened: unions, tuples, optional members, readonly', () => {
    expect(kinds("export type T = 'a' | 'b';", "export type T = 'a';")).toEqual(['narrowed T']);
    expect(kinds("export type T = 'a';", "export type T = 'a' | 'b';")).toEqual(['widened T']);
    expect(kinds("export type T = 'a' | 'b';", "export type T = 'a' | 'c';")).toEqual(['changed T']);
    expect(kinds('export const C: { readonly f: readonly ["a"] };', 'export const C: { readonly f: readonly ["a", "b"] };')).toEqual(['widened C.f']);
    expect(kinds('export const C: { readonly f: readonly ["a", "b"] };', 'export const C: { readonly f: readonly ["b"] };')).toEqual(['narrowed C.f']);
    expect(kinds('export type A = { a?: string };', 'export type A = { a: string };')).toEqual(['narrowed A.a']);
    expect(kinds('export type A = { a: string };', 'export type A = { a?: string };')).toEqual(['widened A.a']);
    expect(kinds('export type A = { a: string };', 'export type A = { readonly a: string };')).toEqual(['narrowed A.a']);
    // Optional (wider) but of another type (not comparable): changed.
    expect(kinds('export type A = { a: string };', 'export type A = { a?: number };')).toEqual(['changed A.a']);
  });

  it('compares signatures: an optional parameter or an overload widens, a lost or required one narrows', () => {
    expect(kinds('export function f(a: string): void;', 'export function f(a: string, b?: number): void;')).toEqual(['widened f']);
    expect(kinds('export function f(a: string, b?: number): void;', 'export function f(a: string): void;')).toEqual(['narrowed f']);
    expect(kinds('export function f(a: string): void;', 'export function f(a: string, b: number): void;')).toEqual(['narrowed f']);
    expect(kinds('export function f(a?: string): void;', 'export function f(a: string): void;')).toEqual(['narrowed f']);
    expect(kinds('export function f(a: string): void;', 'export function f(a: string): void;\nexport function f(a: number): void;')).toEqual(['widened f']);
    expect(kinds('export interface I { m(a: string): void }', 'export interface I { m(a: string): string }')).toEqual(['changed I.m']);
    expect(kinds('export function f(a: string): void;', 'export function f(a: number): void;')).toEqual(['changed f']);
  });

  it('counts a changed kind, type parameter or heritage as changed (major)', () => {
    expect(kinds('export type A = { a: string };', 'export interface A { a: string }')).toEqual(['changed A']);
    expect(kinds('export class E extends Error {}', 'export class E extends TypeError {}')).toEqual(['changed E']);
    const result = diff('export type P<D extends boolean = false> = { a: D };', 'export type P<D extends boolean = true> = { a: D };');
    expect(result).toEqual({ bump: 'major', changes: [{ kind: 'changed', path: 'P', before: 'type P<D extends boolean = false> = {…}', after: 'type P<D extends boolean = true> = {…}' }] });
  });

  it('sees a spec path that lost a method as openapi-typescript writes it: an operation removed, a method changed to never', () => {
    const before = 'export interface paths { "/x": { get: operations["getX"]; put: operations["putX"] } }\nexport interface operations { getX: { a: 1 }; putX: { b: 2 } }';
    const after = 'export interface paths { "/x": { get: operations["getX"]; put?: never } }\nexport interface operations { getX: { a: 1 } }';
    expect(diff(before, after).changes).toEqual([
      { kind: 'removed', path: 'operations.putX', before: 'putX: {…}', after: undefined },
      { kind: 'changed', path: 'paths["/x"].put', before: 'put: operations["putX"]', after: 'put?: never' },
    ]);
  });
});
