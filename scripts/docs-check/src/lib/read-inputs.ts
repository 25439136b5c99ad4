// What docs:check reads: docs pages (`.txt` exports) and CometChat's OpenAPI file (`.json` or
// `.yaml` with an `openapi` key), one file or every such file under a folder.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';

/** Bad input: docs:check exits 2 with this message. */
export class InputError extends Error {}

export interface PageFile {
  /** Path relative to `cwd`, with `/` separators (as reports show it). */
  file: string;
  text: string;
}

export interface DocumentFile {
  file: string;
  document: Record<string, unknown>;
}

export interface Inputs {
  pages: PageFile[];
  documents: DocumentFile[];
}

const PAGE = /\.txt$/i;
const DOCUMENT = /\.(json|ya?ml)$/i;

function listInputs(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return listInputs(path);
      return entry.isFile() && (PAGE.test(entry.name) || DOCUMENT.test(entry.name)) ? [path] : [];
    });
}

/** Whether a parsed file is an OpenAPI (or Swagger) document. */
const isOpenApi = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && ('openapi' in value || 'swagger' in value);

/**
 * The pages and OpenAPI documents at `target`. In a folder, JSON/YAML files that are not OpenAPI
 * documents (such as explained.yaml) are skipped; named on their own, they are bad input.
 */
export function readInputs(target: string, cwd: string = process.cwd()): Inputs {
  const absolute = resolve(cwd, target);
  let isFolder: boolean;
  try {
    isFolder = statSync(absolute).isDirectory();
  } catch {
    throw new InputError(`no such file or folder: ${target}`);
  }
  const files = isFolder ? listInputs(absolute) : [absolute];
  const inputs: Inputs = { pages: [], documents: [] };
  for (const path of files) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new InputError(`cannot read ${path}: ${(error as Error).message}`);
    }
    const file = relative(cwd, path).split(sep).join('/') || path;
    if (!DOCUMENT.test(extname(path))) {
      inputs.pages.push({ file, text });
      continue;
    }
    let document: unknown;
    try {
      document = parse(text);
    } catch (error) {
      throw new InputError(`${file} is not valid ${/\.json$/i.test(path) ? 'JSON' : 'YAML'}: ${(error as Error).message}`);
    }
    if (isOpenApi(document)) inputs.documents.push({ file, document });
    else if (!isFolder) throw new InputError(`${file} is not an OpenAPI document (no \`openapi\` key)`);
  }
  if (inputs.pages.length + inputs.documents.length === 0) throw new InputError(`${target} holds no .txt docs pages and no OpenAPI document`);
  return inputs;
}
