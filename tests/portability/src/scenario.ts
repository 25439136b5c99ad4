// The scenario every client that can runs against the mock, and the check of what it reports.
// Each scenario program (TypeScript, Python, Go) prints one JSON line, a ScenarioResult:
//   1. list cometchat-uid-1's conversations page by page (perPage 2) until the last page;
//   2. update the tags of the conversation with cometchat-uid-2;
//   3. get the conversation with an unknown user: a 404 that arrives as that client's error type.
import { DEMO_API_KEY } from '@cometchat-rest/mock';

export const SCENARIO = {
  apiKey: DEMO_API_KEY,
  onBehalfOf: 'cometchat-uid-1',
  perPage: 2,
  tagged: 'cometchat-uid-2',
  tags: ['portability', 'q3'],
  unknownUser: 'no-such-user',
} as const;

/** The demo seed's conversations of cometchat-uid-1, most recent first (see the mock's README). */
export const EXPECTED_IDS = [
  'group_project-group',
  'cometchat-uid-1_user_cometchat-uid-2',
  'cometchat-uid-1_user_cometchat-uid-3',
  'cometchat-uid-1_user_cometchat-uid-4',
  'group_hiking-group',
];

export interface ScenarioResult {
  /** The conversation ids of each page, in order. */
  pages: string[][];
  /** The tags of the updated conversation, as the client returned them. */
  tags: string[];
  notFound: {
    /** The class (or type) of the error the client threw or returned. */
    error: string;
    status: number;
    /** The CometChat error code read from the error's body. */
    code: string;
  };
}

/** Every way `result` differs from what the mock must have answered; empty when it passed. */
export function scenarioProblems(result: ScenarioResult, expectedError: string): string[] {
  const problems: string[] = [];
  const pageCount = Math.ceil(EXPECTED_IDS.length / SCENARIO.perPage);
  if (result.pages.length !== pageCount) problems.push(`expected ${pageCount} pages, got ${result.pages.length}`);
  const ids = result.pages.flat();
  if (JSON.stringify(ids) !== JSON.stringify(EXPECTED_IDS)) problems.push(`conversation ids ${JSON.stringify(ids)}, expected ${JSON.stringify(EXPECTED_IDS)}`);
  if (JSON.stringify(result.tags) !== JSON.stringify(SCENARIO.tags)) problems.push(`tags ${JSON.stringify(result.tags)}, expected ${JSON.stringify(SCENARIO.tags)}`);
  const { error, status, code } = result.notFound;
  if (error !== expectedError) problems.push(`the 404 came as ${error}, expected ${expectedError}`);
  if (status !== 404) problems.push(`the unknown user gave status ${status}, expected 404`);
  if (code !== 'ERR_UID_NOT_FOUND') problems.push(`the unknown user gave code ${JSON.stringify(code)}, expected "ERR_UID_NOT_FOUND"`);
  return problems;
}

/** The last line of a scenario program's output that parses as JSON. */
export function parseScenarioOutput(output: string): ScenarioResult | undefined {
  for (const line of output.trim().split('\n').reverse()) {
    try {
      return JSON.parse(line) as ScenarioResult;
    } catch {
      // a log line
    }
  }
  return undefined;
}
