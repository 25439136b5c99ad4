// The one reader of OpenAPI documents in this repository: JSON pointers and `$ref` resolution
// (OpenApiDocument) and the operation model built from them. Its types are published by
// @cometchat-rest/spec (operation-model.d.ts), which ships the model of this project's spec.
export type { Json, JsonObject } from './json.ts';
export { child, deepEqual, escapeToken, isObject, tokens, unescapeToken, valueAt } from './json.ts';
export { equalDereferenced, OpenApiDocument, type Located } from './document.ts';
export { buildOperationModel, HTTP_METHODS, type BuiltModel } from './build-model.ts';
export { completenessProblems } from './check-model.ts';
export type * from '@cometchat-rest/spec';
