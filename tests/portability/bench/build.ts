// Makes the contenders of peers.bench.ts: generates the peers' clients from the bundled spec (with the
// portability matrix's generators, and Redocly CLI's generate-client), then bundles each contender
// (contenders/<id>.ts) with esbuild into generated/bench/<id>.mjs and weighs it (minified, gzipped).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { run, tail } from '../src/exec.ts';
import type { Generator } from '../src/generator.ts';
import { heyApi } from '../src/generators/hey-api.ts';
import { orval } from '../src/generators/orval.ts';
import { typescriptFetch } from '../src/generators/typescript-fetch.ts';
import { BIN, GENERATED, outputOf, PACKAGE_DIR, SPEC } from '../src/paths.ts';
import { npmVersion } from '../src/versions.ts';

export interface Contender {
  id: string;
  name: string;
  version: string;
  /** The bundled contender module (exports `make`). */
  bundle: string;
  gzipBytes: number;
}

const redocly = {
  id: 'redocly',
  generate: (out: string) =>
    run(join(BIN, 'redocly'), ['generate-client', SPEC, '--output', join(out, 'client.ts')], { cwd: PACKAGE_DIR, env: { REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', CI: 'true' }, timeoutMs: 120_000 }),
};

const PEERS: { generator: Pick<Generator, 'id' | 'generate'>; name: string; version: string }[] = [
  { generator: typescriptFetch, name: `OpenAPI Generator typescript-fetch`, version: typescriptFetch.version },
  { generator: heyApi, name: '@hey-api/openapi-ts (client-fetch)', version: heyApi.version },
  { generator: orval, name: 'orval (fetch)', version: orval.version },
  { generator: redocly, name: 'Redocly CLI generate-client', version: npmVersion('@redocly/cli') },
];

async function bundle(id: string): Promise<{ file: string; gzipBytes: number }> {
  const file = join(GENERATED, 'bench', `${id}.mjs`);
  await build({ entryPoints: [join(PACKAGE_DIR, 'bench/contenders', `${id}.ts`)], outfile: file, bundle: true, minify: true, format: 'esm', platform: 'neutral', target: 'es2022', logLevel: 'error' });
  return { file, gzipBytes: gzipSync(readFileSync(file)).length };
}

export async function buildContenders(): Promise<Contender[]> {
  mkdirSync(join(GENERATED, 'bench'), { recursive: true });
  for (const { generator } of PEERS) {
    const outcome = await generator.generate(outputOf(generator.id));
    if (!outcome.ok) throw new Error(`generating ${generator.id} failed:\n${tail(outcome.output)}`);
  }
  const all = [
    { id: 'ours', name: '@cometchat-rest/client', version: npmVersion('@cometchat-rest/client') },
    { id: 'openapi-fetch', name: 'openapi-fetch (bare)', version: npmVersion('openapi-fetch') },
    ...PEERS.map(({ generator, name, version }) => ({ id: generator.id, name, version })),
  ];
  const contenders: Contender[] = [];
  for (const contender of all) {
    const { file, gzipBytes } = await bundle(contender.id);
    contenders.push({ ...contender, bundle: file, gzipBytes });
  }
  return contenders;
}
