// Puts the pinned OpenAPI Generator JAR where the npm wrapper finds it (openapitools.json storageDir):
// Maven fetches the artifact (`mvn dependency:copy`) into a temporary folder, its SHA-256 is checked
// against checksums.json, and only then is it moved into place. A JAR already there with the right
// checksum is kept; one with the wrong checksum is replaced.
//
//   pnpm openapi-generator:install        (tsx scripts/openapi-generator/install-jar.ts [--root <repo>])
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fail, readCommandLine } from '@cometchat-rest/script-kit/cli';
import { ARTIFACT_ID, mavenCoordinates, readGeneratorConfigOrExit } from './config.ts';
import { findOnPath, sha256OfFile } from './tools.ts';

const USAGE = 'tsx scripts/openapi-generator/install-jar.ts [--root <repo>]';
const { options } = readCommandLine(process.argv.slice(2), { strings: ['root'], usage: USAGE });
const root = resolve(options.root ?? join(import.meta.dirname, '../..'));

const config = readGeneratorConfigOrExit(root);
const where = relative(root, config.jar);

if (existsSync(config.jar)) {
  const actual = await sha256OfFile(config.jar);
  if (actual === config.sha256) {
    console.log(`openapi-generator: ${where} is OpenAPI Generator ${config.version} (SHA-256 ${actual}), nothing to do.`);
    process.exit(0);
  }
  console.log(`openapi-generator: ${where} has SHA-256 ${actual}, not ${config.sha256}: replacing it.`);
}

const mvn = findOnPath('mvn');
if (!mvn) fail('no `mvn` on PATH: install Maven (apt-get install -y maven) to fetch the OpenAPI Generator JAR');
mkdirSync(dirname(config.jar), { recursive: true });
// The download lands beside the target, so the final move is a rename on one file system.
const staging = mkdtempSync(join(dirname(config.jar), '.download-'));
try {
  await fetchVerified(mvn, staging);
  console.log(`openapi-generator: installed OpenAPI Generator ${config.version} at ${where} (SHA-256 verified).`);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  fail(error instanceof Error ? error.message : String(error));
}
rmSync(staging, { recursive: true, force: true });

async function fetchVerified(mvn: string, staging: string): Promise<void> {
  const coordinates = mavenCoordinates(config.version);
  console.log(`openapi-generator: mvn dependency:copy ${coordinates}`);
  // Maven's own output (colour resets even with -q) is shown only when it fails.
  const result = spawnSync(mvn, ['-B', '-q', '-Dstyle.color=never', 'dependency:copy', `-Dartifact=${coordinates}`, `-DoutputDirectory=${staging}`, '-Dmdep.overWriteReleases=true'], {
    encoding: 'utf8',
  });
  if (result.error) throw new Error(`could not run mvn: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`mvn dependency:copy ${coordinates} exited ${result.status}:\n${result.stdout}${result.stderr}`);
  const downloaded = join(staging, `${ARTIFACT_ID}-${config.version}.jar`);
  if (!existsSync(downloaded)) throw new Error(`mvn exited 0 but wrote no ${ARTIFACT_ID}-${config.version}.jar`);
  const actual = await sha256OfFile(downloaded);
  if (actual !== config.sha256) throw new Error(`the JAR Maven fetched has SHA-256 ${actual}, not the committed ${config.sha256}: not installing it`);
  renameSync(downloaded, config.jar);
}
