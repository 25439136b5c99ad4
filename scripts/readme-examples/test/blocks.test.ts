import { describe, expect, it } from 'vitest';
import { readmeBlocks } from '../src/blocks.ts';

describe('readmeBlocks', () => {
  it('finds every ts block with its line; a marker right above the fence makes it type-check only', () => {
    const text = ['# Title', '', '```ts', 'one();', '```', '', '<!-- readme-example: no-run: needs a real app -->', '```ts', 'two();', '```', '', '```sh', 'not ts', '```', ''].join('\n');
    expect(readmeBlocks(text, 'README.md')).toEqual([
      { index: 1, line: 4, code: 'one();\n', noRun: undefined },
      { index: 2, line: 9, code: 'two();\n', noRun: 'needs a real app' },
    ]);
  });

  it('a marker without a reason (or unknown) is an error naming the line', () => {
    expect(() => readmeBlocks('<!-- readme-example: no-run -->\n```ts\nx();\n```\n', 'A.md')).toThrow('A.md:1: a readme-example marker must read "no-run: <reason>" (got "no-run")');
    expect(() => readmeBlocks('text\n<!-- readme-example: skip -->\n```ts\nx();\n```\n', 'A.md')).toThrow('A.md:2:');
  });
});
