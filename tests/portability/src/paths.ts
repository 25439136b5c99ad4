// Where things are: the repository, this package, the bundled spec and the (gitignored) output folder.
import { join, resolve } from 'node:path';

export const PACKAGE_DIR = resolve(import.meta.dirname, '..');
export const REPO = resolve(PACKAGE_DIR, '../..');
export const SPEC = join(REPO, 'packages/spec/openapi.json');
export const GENERATED = join(PACKAGE_DIR, 'generated');
export const BIN = join(PACKAGE_DIR, 'node_modules/.bin');
export const REPORT = join(PACKAGE_DIR, 'report.json');

/** The output folder of one generator. */
export const outputOf = (id: string) => join(GENERATED, id);
