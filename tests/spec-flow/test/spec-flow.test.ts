// Adding an operation is: edit spec/, regenerate, write the mock's behaviour. This proves the first
// two are all the client and the mock's router need: in a scratch copy, spec edits alone (no code
// edit) give the client a method that reaches the new path and the mock a route for it (501 naming
// the operation until its behaviour is written); moving an operation moves both ends; and changing
// `x-pagination` changes what the client's page iterator sends.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { Scratch } from './scratch.ts';

let scratch: Scratch;
beforeAll(() => {
  scratch = new Scratch();
});
afterAll(() => scratch?.dispose());

function editYaml(file: string, edit: (document: any) => void): void {
  const path = scratch.path('spec', file);
  const document = parse(readFileSync(path, 'utf8'));
  edit(document);
  writeFileSync(path, stringify(document, { lineWidth: 0 }));
}

const RUNNER = fileURLToPath(new URL('./run-scenario.mjs', import.meta.url));

/** Runs a scenario of run-scenario.mjs against the scratch copy's built client and mock. */
function scenario(name: string): any {
  return JSON.parse(execFileSync(process.execPath, [RUNNER, scratch.root, name], { encoding: 'utf8' }));
}

describe('a spec-only change flows to the client and the mock', () => {
  it('a new path item with a new operationId: the client has the method, the mock routes it (501 naming it)', () => {
    editYaml('openapi.yaml', (document) => {
      document.paths['/users/{uid}/conversation/seen'] = { $ref: 'paths/users_{uid}_conversation_seen.yaml' };
    });
    writeFileSync(
      scratch.path('spec/paths/users_{uid}_conversation_seen.yaml'),
      readFileSync(scratch.path('spec/paths/users_{uid}_conversation_delivered.yaml'), 'utf8').replace('operationId: markUserConversationAsDelivered', 'operationId: markUserConversationAsSeen'),
    );
    scratch.generateAndBuild();
    const { requests, result } = scenario('new-operation');
    expect(requests).toEqual(['POST /v3/users/cometchat-uid-2/conversation/seen']);
    expect(result.error).toMatchObject({ name: 'CometChatServerError', status: 501, code: 'ERR_NOT_IMPLEMENTED' });
    expect(result.error.message).toContain('markUserConversationAsSeen');
  });

  it('an operation moved to a new path: the client sends it there, and the mock answers it there with its behaviour', () => {
    editYaml('openapi.yaml', (document) => {
      document.paths['/groups/{guid}/conversation/received'] = document.paths['/groups/{guid}/conversation/delivered'];
      delete document.paths['/groups/{guid}/conversation/delivered'];
    });
    scratch.generateAndBuild();
    const { requests, result, oldPathStatus } = scenario('moved-operation');
    expect(requests).toEqual(['POST /v3/groups/project-group/conversation/received']);
    expect(result.value).toMatchObject({ success: true });
    expect(oldPathStatus).toBe(404);
  });

  it('x-pagination drives the page iterator: a renamed page parameter is what the client sends', () => {
    editYaml('paths/conversations.yaml', (item) => {
      item.get['x-pagination'].pageParam = 'perPage';
      item.get['x-pagination'].sizeParam = 'page';
    });
    scratch.generateAndBuild();
    const { requests, ids } = scenario('pagination');
    expect(ids).toEqual(['c1', 'c2']);
    expect(requests).toEqual(['GET /v3/conversations?perPage=1', 'GET /v3/conversations?perPage=2']);
  });
});
