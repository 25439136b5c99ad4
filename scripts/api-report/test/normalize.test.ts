import { describe, expect, it } from 'vitest';
import { normalizeReport, reportCode } from '../src/normalize.ts';
import { report } from './report.ts';

describe('normalizeReport', () => {
  it('takes out block comments, trailing or on lines of their own, and keeps API Extractor\'s // annotations', () => {
    const input = report(`
// @public
export type ActionResult = {
    success: boolean; /** What the operation did. */
    message: string;
};

// @public (undocumented)
export interface components {
    /**
     * @description A schema.
     */
    schemas: {
        a: string; /* plain */ b: number;
    };
}`);
    const code = reportCode(normalizeReport(input))!;
    expect(code).toBe(`
// @public
export type ActionResult = {
    success: boolean;
    message: string;
};

// @public (undocumented)
export interface components {
    schemas: {
        a: string;  b: number;
    };
}

// (No @packageDocumentation comment for this package)

`);
  });

  it('leaves comment-like text in strings and template literal types alone', () => {
    const code = "export const PATTERN = \"a/*b*/c\";\nexport type T = `x/*${string}*/y`;";
    expect(reportCode(normalizeReport(report(code)))).toContain(code);
  });

  it('says which command writes the report, once, and is idempotent', () => {
    const once = normalizeReport(report('export type A = string; /** doc */'));
    expect(once.split('\n').filter((line) => line.includes('`pnpm api:update`'))).toHaveLength(1);
    expect(normalizeReport(once)).toBe(once);
  });

  it('refuses text that is not a report', () => {
    expect(() => normalizeReport('# nothing here')).toThrow('not an API Extractor report');
  });
});
