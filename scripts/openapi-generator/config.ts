// Where the OpenAPI Generator JAR lives and which one it must be: the version and storageDir come from
// openapitools.json (the file the npm wrapper @openapitools/openapi-generator-cli reads), the SHA-256
// from checksums.json beside this file (committed, one entry per version).
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fail } from '@cometchat-rest/script-kit/cli';

export const GROUP_ID = 'org.openapitools';
export const ARTIFACT_ID = 'openapi-generator-cli';
const CHECKSUMS = join(import.meta.dirname, 'checksums.json');

export interface GeneratorConfig {
  /** The repository root (where openapitools.json is). */
  root: string;
  configPath: string;
  version: string;
  /** `<storageDir>/<version>.jar`, absolute: where the wrapper looks for the JAR. */
  jar: string;
  /** The committed SHA-256 of that version's JAR (lowercase hex). */
  sha256: string;
}

export class GeneratorConfigError extends Error {
  override name = 'GeneratorConfigError';
}

export function readGeneratorConfig(root: string, checksumsPath = CHECKSUMS): GeneratorConfig {
  const configPath = join(root, 'openapitools.json');
  if (!existsSync(configPath)) throw new GeneratorConfigError(`${configPath} is missing (it pins the generator version and where its JAR is kept)`);
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as { 'generator-cli'?: { version?: unknown; storageDir?: unknown } };
  const { version, storageDir } = config['generator-cli'] ?? {};
  if (typeof version !== 'string' || !/^\d+\.\d+\.\d+$/.test(version) || typeof storageDir !== 'string' || storageDir === '') {
    throw new GeneratorConfigError(`${configPath} must set generator-cli.version (x.y.z) and generator-cli.storageDir`);
  }
  const checksums = JSON.parse(readFileSync(checksumsPath, 'utf8')) as Record<string, unknown>;
  const sha256 = checksums[version];
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) {
    throw new GeneratorConfigError(`no SHA-256 for OpenAPI Generator ${version} in ${checksumsPath}: add the checksum of the JAR you verified`);
  }
  // The wrapper resolves storageDir against its working directory (the root here) and expands `~`.
  const jar = resolve(root, storageDir.replace(/^~/, homedir()), `${version}.jar`);
  return { root, configPath, version, jar, sha256 };
}

/** `group:artifact:version:jar`, as `mvn dependency:copy -Dartifact=` takes it. */
export const mavenCoordinates = (version: string) => `${GROUP_ID}:${ARTIFACT_ID}:${version}:jar`;

/** readGeneratorConfig for the command-line scripts: a bad config is a one-line error and exit 1. */
export function readGeneratorConfigOrExit(root: string): GeneratorConfig {
  try {
    return readGeneratorConfig(root);
  } catch (error) {
    if (error instanceof GeneratorConfigError) fail(error.message);
    throw error;
  }
}
