// The docs pages named on the command line: one file, or every `.txt` file under a folder.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Bad input: docs:check exits 2 with this message. */
export class InputError extends Error {}

export interface PageFile {
  /** Path relative to `cwd`, with `/` separators (as reports show it). */
  file: string;
  text: string;
}

function listTxt(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return listTxt(path);
      return entry.isFile() && entry.name.toLowerCase().endsWith('.txt') ? [path] : [];
    });
}

export function readPages(target: string, cwd: string = process.cwd()): PageFile[] {
  const absolute = resolve(cwd, target);
  let isFolder: boolean;
  try {
    isFolder = statSync(absolute).isDirectory();
  } catch {
    throw new InputError(`no such file or folder: ${target}`);
  }
  const files = isFolder ? listTxt(absolute) : [absolute];
  if (files.length === 0) throw new InputError(`${target} holds no .txt docs pages`);
  return files.map((path) => {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new InputError(`cannot read ${path}: ${(error as Error).message}`);
    }
    return { file: relative(cwd, path).split(sep).join('/') || path, text };
  });
}
