// The runner on a README of its own: a passing example (against the mock, through CometChat's host
// name), a failing one, one that never exits, one that tries the network, and a type-check-only one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractExamples } from '../src/extract.ts';
import { runExamples } from '../src/run.ts';

const dir = mkdtempSync(join(tmpdir(), 'readme-examples-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const block = (code: string, marker = '') => `${marker ? `${marker}\n` : ''}\`\`\`ts\n${code}\n\`\`\`\n`;

describe('runExamples', () => {
  it('passes what exits 0 in time, fails the rest with the reason', async () => {
    // Examples are ES modules (top-level await), as in examples/ whose package.json says so.
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
    const readme = join(dir, 'README.md');
    writeFileSync(
      readme,
      [
        '# Examples',
        block(
          "const res = await fetch('https://myapp.api-eu.cometchat.io/v3/conversations?perPage=1', { headers: { apikey: process.env.COMETCHAT_API_KEY!, onBehalfOf: 'cometchat-uid-1' } });\nconst body = await res.json();\nif (res.status !== 200 || body.meta.pagination.total !== 5) throw new Error(`unexpected ${res.status}`);",
        ),
        block("throw new Error('broken example');"),
        block('setInterval(() => {}, 1000);'),
        block("await fetch('https://example.com/');"),
        block('declare const x: number;\nconsole.log(x);', '<!-- readme-example: no-run: x stands for a value of yours -->'),
      ].join('\n'),
    );
    const examples = extractExamples([readme], join(dir, 'out'));
    // Generous: each example starts tsx and a mock, on a machine that may be busy.
    const runs = await runExamples(examples, { cwd: dir, limitMs: 20_000 });
    expect(runs.map((r) => r.result), runs[0]!.why).toEqual(['pass', 'FAIL', 'FAIL', 'FAIL', 'type-check only']);
    expect(runs[1]!.why).toMatch(/^exit code 1\n[\s\S]*broken example/);
    expect(runs[2]!.why).toMatch(/^still running after 20 s/);
    expect(runs[3]!.why).toContain('README examples run offline: https://example.com is neither CometChat');
  });
});
