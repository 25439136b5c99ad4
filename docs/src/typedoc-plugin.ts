// The TypeDoc plugin of the client reference (loaded by typedoc.json; the build runs TypeDoc under tsx,
// so it can be TypeScript). Two things, both done on the converted project rather than by hiding
// warnings:
//
// 1. openapi-typescript writes JSDoc, not TSDoc, into the generated models
//    (packages/models/src/generated/openapi.ts): each schema and field description sits in a
//    `@description` block, and literal-typed fields carry `@constant`. TypeDoc knows neither tag and
//    warns once per comment (~200 warnings), which under `treatWarningsAsErrors` fails the build and
//    otherwise drowns real problems. So both tags are declared, then `@description` becomes the
//    comment's summary (where every other doc comment's text shows) and `@constant` is dropped (the
//    literal type already says it). Any other unknown tag still warns, and so still fails the build.
// 2. The models' friendly names are aliases of the generated schemas (`type Group = Schemas['Group']`)
//    and most carry no comment of their own, so their pages said only `Schemas["Group"]`. An alias
//    like that without a comment gets the schema's description, plus a link to the schema's fields
//    under `components.schemas`.
// 3. Each entry point's module is named after its package (`@cometchat-rest/client`,
//    `@cometchat-rest/models`), not after its path (`client/src`), so the pages read like the imports.
import {
  Application,
  Comment,
  Converter,
  DeclarationReflection,
  ReflectionKind,
  ReflectionType,
  type Context,
  type ProjectReflection,
} from 'typedoc';

export const OPENAPI_TYPESCRIPT_TAGS = ['@description', '@constant'] as const;

/** Moves `@description` blocks into the summary and drops `@constant`; returns whether it changed anything. */
export function normalizeOpenApiComment(comment: Comment): boolean {
  const descriptions = comment.blockTags.filter((tag) => tag.tag === '@description');
  const hasConstant = comment.blockTags.some((tag) => tag.tag === '@constant');
  if (descriptions.length === 0 && !hasConstant) return false;
  for (const tag of descriptions) {
    if (comment.summary.length > 0) comment.summary.push({ kind: 'text', text: '\n\n' });
    comment.summary.push(...tag.content);
  }
  comment.removeTags('@description');
  comment.removeTags('@constant');
  return true;
}

/** The `schemas` property of the generated `components` interface of `@cometchat-rest/models`. */
function generatedSchemas(project: ProjectReflection): DeclarationReflection | undefined {
  const holder = project.getChildByName(['@cometchat-rest/models', 'components', 'schemas']);
  return holder instanceof DeclarationReflection && holder.type instanceof ReflectionType ? holder : undefined;
}

/**
 * Gives each undocumented `type X = Schemas['Y']` alias the description of schema `Y` and a link to
 * `components.schemas` (the schemas inside it have no page or anchor of their own); returns the aliases.
 */
export function documentSchemaAliases(project: ProjectReflection): string[] {
  const holder = generatedSchemas(project);
  if (!holder) return [];
  const schemas = (holder.type as ReflectionType).declaration;
  const documented: string[] = [];
  for (const alias of project.getReflectionsByKind(ReflectionKind.TypeAlias)) {
    if (!(alias instanceof DeclarationReflection) || alias.hasComment()) continue;
    const type = alias.type;
    if (type?.type !== 'indexedAccess' || type.indexType.type !== 'literal' || typeof type.indexType.value !== 'string') continue;
    const schema = schemas.getChildByName(type.indexType.value);
    if (!schema) continue;
    const comment = schema.comment?.clone() ?? new Comment();
    if (comment.summary.length > 0) comment.summary.push({ kind: 'text', text: '\n\n' });
    comment.summary.push(
      { kind: 'text', text: `The \`${schema.name}\` schema of the spec; its fields are under ` },
      { kind: 'inline-tag', tag: '@link', text: `components.schemas.${schema.name}`, target: holder },
      { kind: 'text', text: '.' },
    );
    alias.comment = comment;
    documented.push(alias.name);
  }
  return documented;
}

export function load(app: Application): void {
  // Comments are parsed during conversion, so the extra tags must be known by then; the options are
  // final once bootstrap ends.
  app.on(Application.EVENT_BOOTSTRAP_END, () => {
    const blockTags = app.options.getValue('blockTags');
    const missing = OPENAPI_TYPESCRIPT_TAGS.filter((tag) => !blockTags.includes(tag));
    if (missing.length > 0) app.options.setValue('blockTags', [...blockTags, ...missing]);
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context: Context) => {
    const { project } = context;
    for (const reflection of Object.values(project.reflections)) {
      if (reflection.comment) normalizeOpenApiComment(reflection.comment);
      if (reflection.kindOf(ReflectionKind.Module)) {
        const packageName = project.getSymbolIdFromReflection(reflection)?.packageName;
        if (packageName?.startsWith('@cometchat-rest/')) reflection.name = packageName;
      }
    }
    documentSchemaAliases(project);
  });
}
