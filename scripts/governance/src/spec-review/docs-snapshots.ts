// docs:check for the review: every page of spec/docs-snapshots/ against the work tree's spec (the
// bundle the spec comparison made, or a new one; not packages/spec/openapi.json, so that the review
// does not depend on `pnpm generate` having run).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkPage } from '@cometchat-rest/docs-check/check-page';
import type { PageResult } from '@cometchat-rest/docs-check/findings';
import { CheckedSpec, type JsonObject } from '@cometchat-rest/docs-check/openapi-document';
import { readPages } from '@cometchat-rest/docs-check/read-pages';
import { bundleSpec } from '@cometchat-rest/script-kit/redocly';
import { SPEC_ROOT } from '../lib/load-specs.ts';

const SNAPSHOTS_DIR = 'spec/docs-snapshots';

/**
 * The docs-check result of each snapshot page (paths relative to the repository), or undefined when
 * there is no snapshot folder. `bundled` is the work tree's spec when it is already bundled.
 */
export async function checkSnapshots(repo: string, bundled?: JsonObject): Promise<PageResult[] | undefined> {
  if (!existsSync(join(repo, SNAPSHOTS_DIR))) return undefined;
  const pages = readPages(SNAPSHOTS_DIR, repo);
  const spec = new CheckedSpec(bundled ?? ((await bundleSpec(join(repo, SPEC_ROOT))) as JsonObject));
  return pages.map((page) => checkPage(spec, page.file, page.text));
}
