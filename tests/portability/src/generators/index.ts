// The matrix, in report order.
import type { Generator } from '../generator.ts';
import { openapiGeneratorGo } from './go.ts';
import { heyApi } from './hey-api.ts';
import { openapiZodClient } from './openapi-zod-client.ts';
import { orval } from './orval.ts';
import { openapiGeneratorPython } from './python.ts';
import { typedOpenapi } from './typed-openapi.ts';
import { typescriptFetch } from './typescript-fetch.ts';

export const GENERATORS: Generator[] = [typescriptFetch, openapiGeneratorPython, openapiGeneratorGo, heyApi, orval, openapiZodClient, typedOpenapi];
