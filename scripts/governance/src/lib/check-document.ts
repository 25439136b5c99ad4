// The shape a bundled document must have before it is compared, so that a wrong file (not OpenAPI,
// Swagger 2, a dangling `$ref`) fails with a message that says what is wrong instead of a crash or
// a nonsense diff.
import { buildOperationModel, isObject, type OpenApiDocument } from '@cometchat-rest/operation-model';

const MAX_PROBLEMS = 5;

/** Problems with the document, as sentences; empty when it can be compared. */
export function documentProblems(document: OpenApiDocument): string[] {
  const root = document.root;
  if (typeof root.swagger === 'string') return [`it is Swagger ${root.swagger}; only OpenAPI 3.x is supported`];
  if (typeof root.openapi !== 'string' || !root.openapi.startsWith('3.')) return ['it has no `openapi: 3.x` field, so it is not an OpenAPI 3 document'];
  const problems: string[] = [];
  if (!isObject(root.info)) problems.push('`info` is missing');
  if (root.paths !== undefined && !isObject(root.paths)) problems.push('`paths` is not an object');
  const broken = document.brokenReferences();
  problems.push(...broken);
  // Where paths, path items and operations are not OpenAPI-shaped, the model says so.
  if (isObject(root.paths) && broken.length === 0) problems.push(...buildOperationModel(document).structureProblems);
  return problems.length > MAX_PROBLEMS ? [...problems.slice(0, MAX_PROBLEMS), `and ${problems.length - MAX_PROBLEMS} more problems`] : problems;
}
