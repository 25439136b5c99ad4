// OpenAPI Generator (the Java tool), through the repository's own scripts/openapi-generator/generate.ts,
// so the pinned, checksum-verified JAR is the one used. CI=true: a missing Java or JAR is a failure here.
import { join, relative } from 'node:path';
import { run } from '../exec.ts';
import { BIN, REPO } from '../paths.ts';

export function openapiGenerate(generator: string, out: string, properties?: string) {
  const args = [join(REPO, 'scripts/openapi-generator/generate.ts'), '--generator', generator, '--output', relative(REPO, out)];
  if (properties) args.push('--properties', properties);
  return run(join(BIN, 'tsx'), args, { cwd: REPO, env: { CI: 'true' }, timeoutMs: 180_000 });
}
