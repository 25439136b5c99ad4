// The versions of the generators, read from what is installed (npm) and configured (OpenAPI Generator).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_DIR, REPO } from './paths.ts';

export const npmVersion = (name: string): string =>
  (JSON.parse(readFileSync(join(PACKAGE_DIR, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

export const openapiGeneratorVersion = (): string =>
  (JSON.parse(readFileSync(join(REPO, 'openapitools.json'), 'utf8')) as { 'generator-cli': { version: string } })['generator-cli'].version;
