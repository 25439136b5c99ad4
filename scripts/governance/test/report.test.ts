// How changes are written down: spec text escaped into code spans, the Markdown report, and the
// README's table of kinds kept equal to classify.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bumpCovers, bumpOf, SEVERITY } from '../src/lib/classify.ts';
import { code, codeList } from '../src/lib/markdown.ts';
import { renderJson, renderMarkdown } from '../src/lib/report.ts';

describe('code spans', () => {
  it('fences text with more backticks than it contains', () => {
    expect(code('user')).toBe('`user`');
    expect(code('a`b')).toBe('``a`b``');
    expect(code('``x')).toBe('``` ``x ```');
  });

  it('writes line breaks and control characters as escapes, so text cannot leave its line', () => {
    expect(code('a\n# b\r\tc\u0000')).toBe('`a\\n# b\\r\\tc\\u0000`');
    expect(code('a\u2028b')).toBe('`a\\u2028b`');
  });

  it('cuts long text and names empty text', () => {
    expect(code('x'.repeat(500))).toHaveLength(122);
    expect(code('')).toBe('(empty)');
  });

  it('lists at most four names', () => {
    expect(codeList(['a'])).toBe('`a`');
    expect(codeList(['a', 'b'])).toBe('`a` and `b`');
    expect(codeList(['a', 'b', 'c', 'd', 'e', 'f'])).toBe('`a`, `b`, `c` and 3 more');
  });
});

describe('bumps', () => {
  it('is the largest severity, none without changes', () => {
    expect(bumpOf([])).toBe('none');
    expect(bumpOf(['fix', 'feature', 'fix'])).toBe('minor');
    expect(bumpOf(['fix', 'breaking'])).toBe('major');
    expect(bumpCovers('major', 'minor')).toBe(true);
    expect(bumpCovers('patch', 'minor')).toBe(false);
    expect(bumpCovers('none', 'none')).toBe(true);
  });
});

describe('reports', () => {
  const diff = {
    bump: 'major' as const,
    changes: [
      { severity: 'breaking' as const, kind: 'operation-removed' as const, location: '/paths/~1a/get', message: '`GET /a` removed' },
      { severity: 'fix' as const, kind: 'summary-changed' as const, location: '/paths/~1b/get/summary', message: '`GET /b`: `summary` changed' },
    ],
  };

  it('prints JSON with exactly bump and changes', () => {
    expect(JSON.parse(renderJson(diff))).toEqual(diff);
  });

  it('prints one section per severity that has changes, with kind and location', () => {
    const report = renderMarkdown(diff, { from: 'old`file', to: 'new' });
    expect(report.split('\n')).toEqual([
      '## Spec changes: **major**, a major release: it breaks clients',
      '',
      'Compared ``old`file`` with `new`: 1 breaking change, 0 features, 1 fix.',
      '',
      '### Breaking changes (major)',
      '',
      '- `GET /a` removed [`operation-removed` at `/paths/~1a/get`]',
      '',
      '### Fixes (patch)',
      '',
      '- `GET /b`: `summary` changed [`summary-changed` at `/paths/~1b/get/summary`]',
      '',
    ]);
  });

  it('says so when nothing changed', () => {
    expect(renderMarkdown({ bump: 'none', changes: [] }, { from: 'a', to: 'b' })).toContain('Nothing the API promises changed');
  });
});

describe('the README', () => {
  it('lists every kind with the severity classify.ts gives it', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const rows = [...readme.matchAll(/^\| `([a-z-]+)` \| (breaking|feature|fix) \|/gm)].map(([, kind, severity]) => [kind, severity]);
    expect(Object.fromEntries(rows)).toEqual(SEVERITY);
    expect(rows).toHaveLength(Object.keys(SEVERITY).length);
  });
});
