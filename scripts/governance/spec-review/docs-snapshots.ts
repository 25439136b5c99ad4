// docs:check for the review: every page of spec/docs-snapshots/ against the work tree's spec
// (bundled here, so that the review does not depend on `pnpm generate` having run).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkPage } from '../../lib/docs-check/check-page.ts';
import type { PageResult } from '../../lib/docs-check/findings.ts';
import { OpenApiDocument, type JsonObject } from '../../lib/docs-check/openapi-document.ts';
import { readPages } from '../../lib/docs-check/read-pages.ts';
import { bundleSpec } from '../../lib/redocly.ts';
import { SPEC_ROOT } from '../../lib/spec-diff/load-specs.ts';

export const SNAPSHOTS_DIR = 'spec/docs-snapshots';

/** The docs-check result of each snapshot page (paths relative to the repository), or undefined when there is no snapshot folder. */
export function checkSnapshots(repo: string): PageResult[] | undefined {
  if (!existsSync(join(repo, SNAPSHOTS_DIR))) return undefined;
  const pages = readPages(SNAPSHOTS_DIR, repo);
  const spec = new OpenApiDocument(bundleSpec(join(repo, SPEC_ROOT)) as JsonObject);
  return pages.map((page) => checkPage(spec, page.file, page.text));
}
