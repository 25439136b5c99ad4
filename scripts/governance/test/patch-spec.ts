// Test helper: copies spec/ into a temporary folder, applies a case's edits there, and bundles many
// such copies (plus the original) with one Redocly run.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, isMap, isSeq, parseDocument } from 'yaml';
import { bundleSpecs } from '@cometchat-rest/script-kit/redocly';
import { OpenApiDocument } from '@cometchat-rest/operation-model';
import type { JsonObject } from '@cometchat-rest/operation-model';

export const SPEC_DIR = fileURLToPath(new URL('../../../spec/', import.meta.url));

type YamlPath = (string | number)[];

/** One edit of one file under spec/ (paths relative to spec/). */
export type Edit =
  | { file: string; set: YamlPath; value: unknown }
  | { file: string; append: YamlPath; value: unknown }
  | { file: string; delete: YamlPath }
  | { file: string; replace: string; with: string }
  | { file: string; create: string }
  /** Writes the same data differently: as JSON text, or as YAML with other indentation and quoting. */
  | { file: string; reformat: 'json' | 'yaml' }
  /** Reverses the order of the keys of the mapping at the path. */
  | { file: string; reorder: YamlPath };

export function applyEdit(specRoot: string, edit: Edit): void {
  const file = join(specRoot, edit.file);
  if ('create' in edit) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, edit.create);
    return;
  }
  const text = readFileSync(file, 'utf8');
  if ('replace' in edit) {
    const count = text.split(edit.replace).length - 1;
    if (count !== 1) throw new Error(`${edit.file}: ${JSON.stringify(edit.replace)} occurs ${count} times, expected once`);
    writeFileSync(file, text.replace(edit.replace, () => edit.with));
    return;
  }
  const document = parseDocument(text);
  if ('reformat' in edit) {
    const data = document.toJS();
    writeFileSync(file, edit.reformat === 'json' ? JSON.stringify(data, null, 4) : new Document(data).toString({ indent: 4, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 }));
    return;
  }
  if ('set' in edit) {
    document.setIn(edit.set, document.createNode(edit.value));
  } else if ('append' in edit) {
    const list = document.getIn(edit.append, true);
    if (!isSeq(list)) throw new Error(`${edit.file}: ${edit.append.join('.')} is not a list`);
    list.add(document.createNode(edit.value));
  } else if ('delete' in edit) {
    if (!document.hasIn(edit.delete)) throw new Error(`${edit.file}: nothing at ${edit.delete.join('.')} to delete`);
    document.deleteIn(edit.delete);
  } else {
    const map = edit.reorder.length === 0 ? document.contents : document.getIn(edit.reorder, true);
    if (!isMap(map)) throw new Error(`${edit.file}: ${edit.reorder.join('.')} is not a mapping`);
    map.items.reverse();
  }
  writeFileSync(file, document.toString());
}

/** spec/ read once: relative path -> content. Writing these is much faster than cpSync for every copy. */
let specFiles: Map<string, Buffer> | undefined;

function readSpecFiles(): Map<string, Buffer> {
  specFiles ??= new Map(
    readdirSync(SPEC_DIR, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = relative(SPEC_DIR, join(entry.parentPath, entry.name));
        return [path, readFileSync(join(SPEC_DIR, path))];
      }),
  );
  return specFiles;
}

/**
 * Where the copies go: memory-backed /dev/shm when there is one. The corpus writes ~100 files per
 * case, and on a disk-backed /tmp that alone took longer than bundling and diffing together.
 */
export const SCRATCH = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

/** A scratch folder for copies of the spec; `dispose` removes it. */
export class SpecCopies {
  readonly root = mkdtempSync(join(SCRATCH, 'cometchat-spec-diff-test-'));
  private count = 0;

  /** A patched copy of spec/; returns the path of its root file, named `<name>.yaml` so that many bundle in one run. */
  create(edits: Edit[]): string {
    const name = `case-${++this.count}`;
    const dir = join(this.root, name);
    for (const [path, content] of readSpecFiles()) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    for (const edit of edits) applyEdit(dir, edit);
    const root = join(dir, `${name}.yaml`);
    renameSync(join(dir, 'openapi.yaml'), root);
    return root;
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** Bundles every root file; throws naming the first that fails. */
export async function bundleAll(roots: string[]): Promise<OpenApiDocument[]> {
  return (await bundleSpecs(roots)).map((result, i) => {
    if (!result.ok) throw new Error(`bundling ${roots[i]} failed:\n${result.error.output}`);
    return new OpenApiDocument(result.document as JsonObject, roots[i]!);
  });
}
