// Parses one exported docs page (plain text, e.g. from Mintlify) into what docs:check compares:
// the request (from the curl sample), the request body, the response examples and the parameter
// sections. Exports repeat blocks (title, curl sample, response); repeats are folded into one.

import { findCurlSamples, type CurlSample } from './parse-curl.ts';
import { parseProse, type PageSections } from './parse-sections.ts';
import { findJsonObjects, parseWrappedJson } from './scan-json.ts';

export interface PageProblem {
  kind: 'invalid-example' | 'conflicting-samples';
  message: string;
}

export interface DocsPage {
  title: string | null;
  /** Distinct curl samples, in page order. */
  samples: CurlSample[];
  /** The request the page documents: its first curl sample (null when it has none). */
  request: CurlSample | null;
  /** The parsed `--data` body of the request; `undefined` when it sends none. */
  requestBody: unknown;
  /** Distinct JSON objects outside the curl samples: the response examples. */
  responseExamples: unknown[];
  breadcrumb: { method: string; path: string } | null;
  sections: PageSections;
  problems: PageProblem[];
}

/** Normalizes line breaks and drops a byte-order mark. */
function normalize(text: string): string {
  return text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
}

function sampleKey(sample: CurlSample): string {
  return JSON.stringify([sample.method, sample.url, sample.headers, sample.data]);
}

/** Replaces the given ranges with line breaks so the text around them reads as separate lines. */
function cutOut(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  let out = '';
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    out += `${text.slice(at, start)}\n`;
    at = end;
  }
  return out + text.slice(at);
}

/** Path and method of a curl URL, for comparing samples: host and query do not matter here. */
function requestLine(sample: CurlSample): string {
  const path = sample.url.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  return `${sample.method} ${path}`;
}

export function parsePage(raw: string): DocsPage {
  const text = normalize(raw);
  const problems: PageProblem[] = [];

  const allSamples = findCurlSamples(text);
  const samples: CurlSample[] = [];
  const seenSamples = new Set<string>();
  for (const sample of allSamples) {
    const key = sampleKey(sample);
    if (seenSamples.has(key)) continue;
    seenSamples.add(key);
    samples.push(sample);
  }
  const request = samples[0] ?? null;
  const lines = new Set(samples.map(requestLine));
  if (lines.size > 1) {
    problems.push({
      kind: 'conflicting-samples',
      message: `the page's curl samples disagree: ${[...lines].join(' vs ')}; checked the first`,
    });
  }

  let requestBody: unknown = undefined;
  const withData = samples.find((sample) => sample.data !== null && sample.data.trim() !== '');
  if (withData) {
    const parsed = parseWrappedJson(withData.data!.trim());
    if (parsed.ok) requestBody = parsed.value;
    else problems.push({ kind: 'invalid-example', message: `the curl sample's --data is not JSON (${parsed.error})` });
  }

  const curlRanges = allSamples.map((sample) => [sample.start, sample.end] as const);
  const { blocks, broken } = findJsonObjects(text, curlRanges);
  const responseExamples: unknown[] = [];
  const seenExamples = new Set<string>();
  for (const block of blocks) {
    const key = JSON.stringify(block.value);
    if (seenExamples.has(key)) continue;
    seenExamples.add(key);
    responseExamples.push(block.value);
  }
  for (const block of broken) {
    problems.push({ kind: 'invalid-example', message: `a JSON example does not parse (${block.error}): ${block.excerpt}…` });
  }

  const prose = parseProse(
    cutOut(text, [...curlRanges, ...blocks.map((b) => [b.start, b.end] as const), ...broken.map((b) => [b.start, b.end] as const)]),
  );
  return {
    title: prose.title,
    samples,
    request,
    requestBody,
    responseExamples,
    breadcrumb: prose.breadcrumb,
    sections: prose.sections,
    problems,
  };
}
