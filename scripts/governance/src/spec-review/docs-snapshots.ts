// docs:check for the review: every page and CometChat OpenAPI excerpt of spec/docs-snapshots/
// against the work tree's spec (the bundle the spec comparison made, or a new one; not
// packages/spec/openapi.json, so that the review does not depend on `pnpm generate` having run),
// with the differences explained in spec/docs-snapshots/explained.yaml set aside, as docs:check does.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkPage } from '@cometchat-rest/docs-check/check-page';
import type { PageResult } from '@cometchat-rest/docs-check/findings';
import { CheckedSpec, type JsonObject } from '@cometchat-rest/docs-check/openapi-document';
import { checkVendorDocument } from '@cometchat-rest/docs-check/check-vendor-document';
import { applyExplanations, loadExplanations } from '@cometchat-rest/docs-check/explanations';
import { readInputs } from '@cometchat-rest/docs-check/read-inputs';
import { bundleSpec } from '@cometchat-rest/script-kit/redocly';
import { SPEC_ROOT } from '../lib/load-specs.ts';

const SNAPSHOTS_DIR = 'spec/docs-snapshots';
const EXPLAINED = `${SNAPSHOTS_DIR}/explained.yaml`;

/**
 * The docs-check result of each snapshot page (paths relative to the repository), or undefined when
 * there is no snapshot folder. `bundled` is the work tree's spec when it is already bundled.
 */
export async function checkSnapshots(repo: string, bundled?: JsonObject): Promise<PageResult[] | undefined> {
  if (!existsSync(join(repo, SNAPSHOTS_DIR))) return undefined;
  const inputs = readInputs(SNAPSHOTS_DIR, repo);
  const spec = new CheckedSpec(bundled ?? ((await bundleSpec(join(repo, SPEC_ROOT))) as JsonObject));
  const results = [
    ...inputs.pages.map((page) => checkPage(spec, page.file, page.text)),
    ...inputs.documents.flatMap((input) => checkVendorDocument(spec, input.file, input.document as JsonObject)),
  ];
  if (existsSync(join(repo, EXPLAINED))) applyExplanations(results, loadExplanations(join(repo, EXPLAINED)));
  return results;
}
