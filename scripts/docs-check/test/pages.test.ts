// Whole pages: the real exports the spec was checked against match; each fixture, modelled on
// them, carries one deliberate drift and is caught with the right finding.
import { describe, expect, it } from 'vitest';
import { checkPage } from '../src/lib/check-page.ts';
import { CheckedSpec } from '../src/lib/openapi-document.ts';
import { join } from 'node:path';
import { applyExplanations, loadExplanations } from '../src/lib/explanations.ts';
import { readInputs } from '../src/lib/read-inputs.ts';
import { fixture, REPO_ROOT, SNAPSHOTS_DIR, snapshot, spec } from './helpers.ts';

describe('spec/docs-snapshots', () => {
  it('holds the two real exports; both match the spec but for the explained group example', () => {
    const pages = readInputs(SNAPSHOTS_DIR, REPO_ROOT).pages;
    expect(pages.map((page) => page.file)).toEqual([
      'spec/docs-snapshots/get-user-conversation.txt',
      'spec/docs-snapshots/update-user-conversation.txt',
    ]);
    const results = pages.map((page) => checkPage(spec, page.file, page.text));
    expect(applyExplanations(results, loadExplanations(join(SNAPSHOTS_DIR, 'explained.yaml')).filter((e) => e.source !== 'openapi'))).toEqual([]);
    expect(results.map(({ operation, status, findings }) => ({ operation, status, findings }))).toEqual([
      { operation: 'GET /users/{uid}/conversation', status: 'match', findings: [] },
      { operation: 'PUT /users/{uid}/conversation', status: 'match', findings: [] },
    ]);
    // What is explained: the response example is a group conversation (CometChat's copy-paste).
    for (const result of results) {
      expect(result.explained!.map((finding) => finding.subject)).toContain('response /data/0/conversationType');
      expect(result.explained!.every((finding) => finding.subject!.startsWith('response /data/0/'))).toBe(true);
    }
  });
});

describe('drift pages', () => {
  const cases = [
    {
      file: 'list-conversations--new-query-parameter.txt',
      operation: 'GET /conversations',
      kind: 'unknown-query-parameter',
      says: '"withMentions"',
    },
    {
      file: 'mark-group-conversation-as-unread--onbehalfof-optional.txt',
      operation: 'DELETE /groups/{guid}/conversation/read',
      kind: 'header-required-mismatch',
      says: 'the page marks header "onBehalfOf" optional; the spec declares it required',
    },
    {
      file: 'get-group-conversation--members-count-string.txt',
      operation: 'GET /groups/{guid}/conversation',
      kind: 'response-invalid',
      says: '/data/0/conversationWith/membersCount must be integer (found "4")',
    },
    {
      file: 'get-group-conversation--new-response-field.txt',
      operation: 'GET /groups/{guid}/conversation',
      kind: 'unknown-field',
      says: 'response example field /data/0/unreadReactionsCount is not named by SingleGroupConversation',
    },
    {
      file: 'mark-user-conversation-as-read--message-id-not-digits.txt',
      operation: 'POST /users/{uid}/conversation/read',
      kind: 'request-body-invalid',
      says: '/messageId',
    },
  ] as const;

  for (const { file, operation, kind, says } of cases) {
    it(`${file}: ${kind}`, () => {
      const result = checkPage(spec, file, fixture(file));
      expect(result.operation).toBe(operation);
      expect(result.status).toBe('drift');
      // Exactly the one planted drift: nothing else on the page is reported.
      expect(result.findings).toHaveLength(1);
      expect(result.findings[0]!.kind).toBe(kind);
      expect(result.findings[0]!.message).toContain(says);
    });
  }

  it('pin-message--unknown-endpoint.txt: unknown-operation', () => {
    const result = checkPage(spec, 'pin.txt', fixture('pin-message--unknown-endpoint.txt'));
    expect(result).toMatchObject({ operation: null, status: 'unknown' });
    expect(result.findings).toEqual([{ kind: 'unknown-operation', message: 'POST /messages/{id}/pin is not an operation of the spec' }]);
  });
});

// A whole export whose only drift is undone: the base the header and example checks below plant theirs in.
const getGroup = fixture('get-group-conversation--members-count-string.txt').replaceAll('"membersCount": "4"', '"membersCount": 4');

describe('headers against the operation', () => {
  const getUser = snapshot('get-user-conversation.txt');

  it('reports onBehalfOf sent to an operation that does not declare it', () => {
    // Every operation of our spec declares onBehalfOf, so take a spec whose operation does not.
    const bare = new CheckedSpec({
      openapi: '3.1.0',
      servers: [{ url: 'https://{appId}.api-{region}.cometchat.io/v3' }],
      security: [{ apiKey: [] }],
      components: { securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'apikey' } } },
      paths: {
        '/users/{uid}/conversation': {
          get: {
            parameters: [{ name: 'uid', in: 'path', required: true }],
            responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
          },
        },
      },
    });
    const result = checkPage(bare, 'page.txt', getUser);
    expect(result.findings).toEqual([
      { kind: 'header-not-declared', message: 'the page sends header "onBehalfOf", which GET /users/{uid}/conversation does not declare' },
    ]);
  });

  it('reports an undeclared header sent, and a required header not sent', () => {
    const page = getGroup.replaceAll("--header 'apikey: <api-key>' \\\n", "--header 'X-Debug: 1' \\\n");
    const result = checkPage(spec, 'page.txt', page);
    expect(result.status).toBe('drift');
    expect(result.findings).toEqual([
      { kind: 'header-not-declared', message: 'the page sends header "X-Debug", which GET /groups/{guid}/conversation does not declare' },
      { kind: 'header-missing', message: 'GET /groups/{guid}/conversation requires header "apikey", but the curl sample does not send it' },
    ]);
  });

  it('reports a Content-Type sent to an operation that takes no body', () => {
    const page = getGroup.replaceAll("--header 'apikey: <api-key>' \\\n", "--header 'Content-Type: application/json' \\\n--header 'apikey: <api-key>' \\\n");
    const result = checkPage(spec, 'page.txt', page);
    expect(result.findings.map((f) => f.kind)).toEqual(['header-not-declared']);
    expect(result.findings[0]!.message).toContain('takes no request body');
  });

  it('says which page has no curl sample', () => {
    const result = checkPage(spec, 'empty.txt', 'Get User Conversation\nWas this page helpful?\n');
    expect(result).toMatchObject({ operation: null, status: 'unknown', findings: [{ kind: 'no-request-sample' }] });
  });
});

describe('response examples', () => {
  const getUser = getGroup;
  const error = (extra: string) =>
    `{\n"error": {\n"message": "The UID nobody does not exist.",\n"devMessage": "Please check the UID.",\n"source": "chat-api",\n"code": "ERR_UID_NOT_FOUND"${extra}\n}\n}`;

  it('checks an error example against the error responses, not the 200 one', () => {
    const page = getUser.replace('Response\n200 - application/json', `Response\n404 - application/json\n${error('')}\n200 - application/json`);
    expect(checkPage(spec, 'page.txt', page)).toMatchObject({ status: 'match', findings: [] });
    const drifted = getUser.replace('Was this page helpful?', `${error(',\n"requestId": "abc"')}Was this page helpful?`);
    expect(checkPage(spec, 'page.txt', drifted).findings).toEqual([
      { kind: 'unknown-field', subject: 'response /error/requestId', message: 'response example field /error/requestId is not named by CometChatErrorBody' },
    ]);
  });
});

describe('parameter sections in the full form', () => {
  it('reports a Body section field the request schema does not name', () => {
    const page = fixture('mark-group-conversation-as-unread--onbehalfof-optional.txt').replace(
      'Response\n200',
      '\u200b\npreserveOrder\nboolean\nKeeps the conversation where it is in the list.\nResponse\n200',
    );
    const findings = checkPage(spec, 'page.txt', page).findings;
    expect(findings.map((f) => f.kind)).toEqual(['header-required-mismatch', 'unknown-field']);
    expect(findings[1]!.message).toBe('the Body section lists field "preserveOrder", which MarkConversationUnreadRequest does not name');
  });

  it('reports a query parameter the page marks required where the spec has it optional', () => {
    const page = fixture('list-conversations--new-query-parameter.txt')
      .replace('perPage\ninteger\n', 'perPage\ninteger\nrequired\n')
      // Without the planted drift (the URL wraps the name over two lines).
      .replaceAll('withMentio\nns', 'unread')
      .replaceAll('withMentions', 'unread');
    expect(checkPage(spec, 'page.txt', page).findings).toEqual([
      { kind: 'parameter-required-mismatch', message: 'the page marks query parameter "perPage" required; the spec declares it optional for GET /conversations' },
    ]);
  });
});
