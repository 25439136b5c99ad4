// docs:check for the review: every page of spec/docs-snapshots/ against the work tree's spec (the
// bundle the spec comparison made, or a new one; not packages/spec/openapi.json, so that the review
// does not depend on `pnpm generate` having run).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkPage } from '../../lib/docs-check/check-page.ts';
import type { PageResult } from '../../lib/docs-check/findings.ts';
import { OpenApiDocument, type JsonObject } from '../../lib/docs-check/openapi-document.ts';
import { readPages } from '../../lib/docs-check/read-pages.ts';
import { bundleSpec } from '../../lib/redocly.ts';
import { SPEC_ROOT } from '../../lib/spec-diff/load-specs.ts';

export const SNAPSHOTS_DIR = 'spec/docs-snapshots';

/**
 * The docs-check result of each snapshot page (paths relative to the repository), or undefined when
 * there is no snapshot folder. `bundled` is the work tree's spec when it is already bundled.
 */
export function checkSnapshots(repo: string, bundled?: JsonObject): PageResult[] | undefined {
  if (!existsSync(join(repo, SNAPSHOTS_DIR))) return undefined;
  const pages = readPages(SNAPSHOTS_DIR, repo);
  const spec = new OpenApiDocument(bundled ?? (bundleSpec(join(repo, SPEC_ROOT)) as JsonObject));
  return pages.map((page) => checkPage(spec, page.file, page.text));
}
