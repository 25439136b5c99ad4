import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { run, type Outcome } from '../exec.ts';
import type { Generator } from '../generator.ts';
import { PACKAGE_DIR } from '../paths.ts';
import { openapiGeneratorVersion } from '../versions.ts';
import { openapiGenerate } from './openapi-generator.ts';

// Our probe and scenario become commands of the generated module (module github.com/GIT_USER_ID/GIT_REPO_ID).
const COMMANDS = ['probe', 'scenario'];
// Only the client package and our commands: `./...` would take in the generated tests, whose
// testify dependency is not pinned in go.mod and would resolve to whatever is newest.
const PACKAGES = ['.', './cmd/...'];
const go = (out: string, args: string[], env: Record<string, string> = {}): Promise<Outcome> => run('go', args, { cwd: out, env, timeoutMs: 300_000 });

export const openapiGeneratorGo: Generator = {
  id: 'openapi-generator-go',
  generator: 'OpenAPI Generator go',
  version: openapiGeneratorVersion(),
  language: 'Go',
  // enumClassPrefix: without it the constants of ConversationType and ReceiverType (both `user`,
  // `group`) are declared twice in the package (USER redeclared), a naming clash of the generator's.
  // useOneOfDiscriminatorLookup: by default a oneOf is decoded by trying every branch and wanting
  // exactly one to fit, ignoring the discriminator and the const/enum of its property; a user entity
  // then also fits MessageEntity and CallEntity (whose entity is any object), so no message decodes.
  generate: async (out) => {
    const generated = await openapiGenerate('go', out, 'packageName=cometchat,enumClassPrefix=true,useOneOfDiscriminatorLookup=true');
    if (generated.ok) {
      for (const command of COMMANDS) {
        mkdirSync(join(out, 'cmd', command), { recursive: true });
        copyFileSync(join(PACKAGE_DIR, 'go', command, 'main.go'), join(out, 'cmd', command, 'main.go'));
      }
    }
    return generated;
  },
  compile: async (out) => {
    const built = await go(out, ['build', ...PACKAGES]);
    if (!built.ok) return built;
    const vetted = await go(out, ['vet', ...PACKAGES]);
    return { ...vetted, output: built.output + vetted.output, ms: built.ms + vetted.ms };
  },
  probe: (out) => go(out, ['run', './cmd/probe']),
  scenario: { run: (out, env) => go(out, ['run', './cmd/scenario'], { ...env }), error: 'GenericOpenAPIError' },
  remark: 'Generated with enumClassPrefix=true (by default the constants of two enums with the same values, ConversationType and ReceiverType, clash: USER redeclared) and useOneOfDiscriminatorLookup=true (by default a oneOf is decoded by trying every branch, ignoring the discriminator and the const/enum of entityType, so a user entity also fits MessageEntity and CallEntity and no conversation with a lastMessage decodes: "data matches more than one schema in oneOf(Entity)"). Built and vetted: the client package and the probe and scenario commands.',
};
