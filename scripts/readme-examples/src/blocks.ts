// The ```ts blocks of a README, each with where it starts and whether it runs. Every block runs
// unless the line just before its fence says why not, in a comment the README's readers do not see:
//
//   <!-- readme-example: no-run: the reason, for the reader of the source -->
//
// A marker without a reason, or one the extractor does not know, is an error: it must stay rare
// and explained.

export interface ReadmeBlock {
  /** 1-based, in its README. */
  index: number;
  /** The line of the block's first line of code. */
  line: number;
  code: string;
  /** Why the block only type-checks; undefined when it runs. */
  noRun: string | undefined;
}

const FENCE = /^```ts\n([\s\S]*?)^```$/gm;
const MARKER = /^<!--\s*readme-example:\s*(.*?)\s*-->$/;

export function readmeBlocks(text: string, file: string): ReadmeBlock[] {
  return [...text.matchAll(FENCE)].map((match, i) => {
    const before = text.slice(0, match.index).split('\n');
    const line = before.length + 1;
    const previous = (before[before.length - 2] ?? '').trim();
    const marker = MARKER.exec(previous);
    let noRun: string | undefined;
    if (marker) {
      const reason = /^no-run:\s*(\S.*)$/.exec(marker[1]!);
      if (!reason) throw new Error(`${file}:${line - 2}: a readme-example marker must read "no-run: <reason>" (got ${JSON.stringify(marker[1])})`);
      noRun = reason[1]!;
    }
    return { index: i + 1, line, code: match[1]!, noRun };
  });
}
