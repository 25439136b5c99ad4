// The corpus: small edits of our real spec, each with the release it needs and the kinds of change
// it must be reported as. corpus.test.ts applies each to a copy of spec/ and diffs it against the
// original. Grouped by bump; `why` says what the case pins down when the name alone does not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Bump, Kind } from '../src/lib/classify.ts';
import { type Edit, SPEC_DIR } from './patch-spec.ts';

export type CorpusCase = { name: string; edits: Edit[]; bump: Bump; kinds: Kind[]; why?: string };

const USER = 'paths/users_{uid}_conversation.yaml';
const LIST = 'paths/conversations.yaml';
const BY_ID = 'paths/conversations_{conversationId}.yaml';
const GROUP_READ = 'paths/groups_{guid}_conversation_read.yaml';
const ROOT = 'openapi.yaml';
const schema = (name: string): string => `components/schemas/${name}.yaml`;
const parameter = (name: string): string => `components/parameters/${name}.yaml`;
/** A value as it is in the spec today (so that a case can move it without retyping it). */
const current = (file: string, ...path: string[]): unknown => path.reduce<any>((node, key) => node[key], parse(readFileSync(join(SPEC_DIR, file), 'utf8')));

const queryParameter = (name: string, required: boolean) => ({
  name,
  in: 'query',
  required,
  description: `The ${name} to apply.`,
  schema: { type: 'string', description: `A ${name}.` },
});

export const CORPUS: CorpusCase[] = [
  // ---- none: the same API, written differently ----
  { name: 'a path file rewritten as JSON text', edits: [{ file: LIST, reformat: 'json' }], bump: 'none', kinds: [] },
  { name: 'a schema file re-indented with quoted strings', edits: [{ file: schema('Message'), reformat: 'yaml' }], bump: 'none', kinds: [] },
  {
    name: 'keys reordered in the root document and in a schema',
    edits: [
      { file: ROOT, reorder: [] },
      { file: ROOT, reorder: ['info'] },
      { file: schema('Group'), reorder: ['properties'] },
      { file: USER, reorder: ['get', 'responses'] },
    ],
    bump: 'none',
    kinds: [],
  },
  {
    name: 'paths and component schemas listed in another order',
    edits: [
      { file: ROOT, reorder: ['paths'] },
      { file: ROOT, reorder: ['components', 'schemas'] },
    ],
    bump: 'none',
    kinds: [],
  },
  {
    name: 'an inline schema split into a file of its own via $ref',
    why: 'Redocly adds the new file as a component (TagItem); a new component alone is not a change',
    edits: [
      { file: schema('TagItem'), create: 'type: string\ndescription: One tag, at most 100 characters.\nmaxLength: 100\n' },
      { file: schema('Tags'), set: ['items'], value: { $ref: 'TagItem.yaml' } },
    ],
    bump: 'none',
    kinds: [],
  },
  {
    name: 'a property moved from a shared allOf part into the parts that use it',
    why: 'allOf parts are merged before comparing, so where a property is declared does not matter',
    edits: [
      { file: schema('ConversationBase'), delete: ['properties', 'uid'] },
      { file: schema('UserConversation'), set: ['allOf', 1, 'properties', 'uid'], value: current(schema('ConversationBase'), 'properties', 'uid') },
      { file: schema('GroupConversation'), set: ['allOf', 1, 'properties', 'uid'], value: current(schema('ConversationBase'), 'properties', 'uid') },
    ],
    bump: 'none',
    kinds: [],
  },
  {
    name: 'a parameter $ref replaced by an inline copy of the parameter',
    edits: [{ file: USER, set: ['get', 'parameters', 0], value: current(parameter('onBehalfOf')) }],
    bump: 'none',
    kinds: [],
  },

  // ---- patch: text only ----
  { name: 'an operation summary', edits: [{ file: USER, set: ['get', 'summary'], value: 'Fetch a user conversation' }], bump: 'patch', kinds: ['summary-changed'] },
  {
    name: 'an operation description (textual edit)',
    edits: [{ file: USER, replace: 'Gets the conversation of `onBehalfOf` with the user `uid`:', with: 'Returns the conversation of `onBehalfOf` with the user `uid`:' }],
    bump: 'patch',
    kinds: ['description-changed'],
  },
  { name: 'a schema description', edits: [{ file: schema('Group'), set: ['description'], value: 'A CometChat group, as the REST API returns it.' }], bump: 'patch', kinds: ['description-changed'] },
  { name: 'a parameter description', edits: [{ file: parameter('page'), set: ['description'], value: 'The page to return, counted from 1.' }], bump: 'patch', kinds: ['description-changed'] },
  { name: 'a shared response description', edits: [{ file: 'components/responses/NotFound.yaml', set: ['description'], value: 'Nothing with that id exists.' }], bump: 'patch', kinds: ['description-changed'] },
  { name: 'a tag description', edits: [{ file: ROOT, set: ['tags', 0, 'description'], value: 'Everything about conversations.' }], bump: 'patch', kinds: ['tags-changed'] },
  {
    name: 'an example value (in a file the operation refers to)',
    edits: [{ file: 'components/examples/get-user-conversation--200--user.yaml', replace: 'createdAt: 1630071782', with: 'createdAt: 1630071783' }],
    bump: 'patch',
    kinds: ['example-changed'],
  },
  { name: 'the info version', edits: [{ file: ROOT, set: ['info', 'version'], value: '3.0.1' }], bump: 'patch', kinds: ['info-changed'] },
  { name: 'a documentation extension (x-replaced-by)', edits: [{ file: BY_ID, set: ['get', 'x-replaced-by'], value: ['getUserConversation'] }], bump: 'patch', kinds: ['extension-changed'] },

  // ---- minor: additions, deprecations, looser requests, stronger responses ----
  {
    name: 'a new operation',
    edits: [
      {
        file: 'paths/users_{uid}_conversation_archive.yaml',
        create: [
          'parameters:',
          '  - $ref: ../components/parameters/uid.yaml',
          'post:',
          '  operationId: archiveUserConversation',
          '  summary: Archive user conversation',
          '  description: Archives the conversation.',
          '  tags: [Conversations]',
          '  x-retry-safe: true',
          '  responses:',
          '    "200":',
          '      description: Archived.',
          '      content:',
          '        application/json:',
          '          schema:',
          '            $ref: ../components/schemas/ActionResult.yaml',
          '    default:',
          '      $ref: ../components/responses/UnexpectedError.yaml',
          '',
        ].join('\n'),
      },
      { file: ROOT, set: ['paths', '/users/{uid}/conversation/archive'], value: { $ref: 'paths/users_{uid}_conversation_archive.yaml' } },
    ],
    bump: 'minor',
    kinds: ['operation-added'],
  },
  { name: 'an operation deprecated', edits: [{ file: USER, set: ['get', 'deprecated'], value: true }], bump: 'minor', kinds: ['operation-deprecated'] },
  { name: 'a new optional query parameter', edits: [{ file: LIST, append: ['get', 'parameters'], value: queryParameter('sortBy', false) }], bump: 'minor', kinds: ['parameter-added'] },
  { name: 'a parameter no longer required', edits: [{ file: parameter('onBehalfOf'), set: ['required'], value: false }], bump: 'minor', kinds: ['parameter-became-optional'] },
  { name: 'a parameter deprecated', edits: [{ file: parameter('withTags'), set: ['deprecated'], value: true }], bump: 'minor', kinds: ['parameter-deprecated'] },
  {
    name: 'a new optional request field',
    edits: [{ file: schema('ResetUserConversationRequest'), set: ['properties', 'reason'], value: { type: 'string', description: 'Why the conversation is reset.' } }],
    bump: 'minor',
    kinds: ['request-property-added'],
  },
  {
    name: 'a request field type widened to [integer, string]',
    why: 'the server accepts more; clients keep compiling',
    edits: [{ file: schema('ResetUserConversationRequest'), set: ['properties', 'deleteMessagesPermanently', 'type'], value: ['boolean', 'string'] }],
    bump: 'minor',
    kinds: ['request-type-widened'],
  },
  { name: 'a looser limit on a parameter (maximum raised)', edits: [{ file: parameter('perPage'), set: ['schema', 'maximum'], value: 5000 }], bump: 'minor', kinds: ['request-limit-loosened'] },
  { name: 'a new enum value in a request (parameter)', edits: [{ file: parameter('pinnedBy'), append: ['schema', 'items', 'enum'], value: 'everyone' }], bump: 'minor', kinds: ['request-enum-value-added'] },
  { name: 'a new response field', edits: [{ file: schema('User'), set: ['properties', 'lastLoginAt'], value: { $ref: 'UnixTimestamp.yaml' } }], bump: 'minor', kinds: ['response-property-added'] },
  {
    name: 'a response field added to `required`',
    why: 'a stronger guarantee: the field is always there now',
    edits: [{ file: schema('User'), append: ['required'], value: 'avatar' }],
    bump: 'minor',
    kinds: ['response-property-became-required'],
  },
  {
    name: 'a tighter limit on a response-only field',
    why: 'Group is only ever returned: a tighter limit is a stronger guarantee',
    edits: [{ file: schema('Group'), set: ['properties', 'description', 'maxLength'], value: 100 }],
    bump: 'minor',
    kinds: ['response-limit-tightened'],
  },
  { name: 'a new server variable value', edits: [{ file: ROOT, append: ['servers', 0, 'variables', 'region', 'enum'], value: 'au' }], bump: 'minor', kinds: ['server-variable-value-added'] },
  {
    name: 'x-retry-safe true -> false',
    why: 'the generated client stops retrying the operation: a behaviour change (minor), not a broken contract',
    edits: [{ file: USER, set: ['get', 'x-retry-safe'], value: false }],
    bump: 'minor',
    kinds: ['retry-safety-changed'],
  },
  { name: 'x-retry-safe false -> true', edits: [{ file: USER, set: ['delete', 'x-retry-safe'], value: true }], bump: 'minor', kinds: ['retry-safety-changed'] },
  {
    name: 'a new error response where `default` already covered it',
    edits: [{ file: USER, set: ['get', 'responses', '409'], value: { $ref: '../components/responses/Forbidden.yaml' } }],
    bump: 'minor',
    kinds: ['error-response-added'],
  },
  {
    name: 'a new response header',
    edits: [{ file: 'components/responses/BadRequest.yaml', set: ['headers', 'X-Rate-Limit-Reset'], value: { $ref: '../headers/X-Rate-Limit-Reset.yaml' } }],
    bump: 'minor',
    kinds: ['response-header-added'],
  },
  { name: 'a request parameter default changed', edits: [{ file: parameter('perPage'), set: ['schema', 'default'], value: 50 }], bump: 'minor', kinds: ['request-default-changed'] },
  { name: 'a response field deprecated', edits: [{ file: schema('Message'), set: ['properties', 'receipts', 'deprecated'], value: true }], bump: 'minor', kinds: ['schema-deprecated'] },
  { name: 'a request body no longer required', edits: [{ file: USER, set: ['put', 'requestBody', 'required'], value: false }], bump: 'minor', kinds: ['request-body-became-optional'] },
  {
    name: 'a new request media type',
    edits: [{ file: USER, set: ['put', 'requestBody', 'content', 'application/x-www-form-urlencoded'], value: { schema: { $ref: '../components/schemas/UpdateConversationRequest.yaml' } } }],
    bump: 'minor',
    kinds: ['request-media-type-added'],
  },
  { name: 'a new way to authenticate (optional security)', edits: [{ file: ROOT, append: ['security'], value: {} }], bump: 'minor', kinds: ['security-requirement-added'] },

  // ---- major: removals, new requirements, stricter requests, looser or different responses ----
  { name: 'an operation removed', edits: [{ file: GROUP_READ, delete: ['delete'] }], bump: 'major', kinds: ['operation-removed'] },
  { name: 'a path removed (two operations)', edits: [{ file: ROOT, delete: ['paths', '/conversations/{conversationId}'] }], bump: 'major', kinds: ['operation-removed'] },
  { name: 'an operationId renamed', why: 'it is the client method name', edits: [{ file: USER, set: ['get', 'operationId'], value: 'fetchUserConversation' }], bump: 'major', kinds: ['operation-id-changed'] },
  { name: 'pagination metadata removed', edits: [{ file: LIST, delete: ['get', 'x-pagination'] }], bump: 'major', kinds: ['pagination-removed'] },
  { name: 'result item type changed', edits: [{ file: USER, set: ['get', 'x-result', 'schema'], value: 'Conversation' }], bump: 'major', kinds: ['result-changed'] },
  { name: 'result removed', edits: [{ file: USER, delete: ['get', 'x-result'] }], bump: 'major', kinds: ['result-removed'] },
  { name: 'a parameter removed', edits: [{ file: LIST, delete: ['get', 'parameters', 9] }], bump: 'major', kinds: ['parameter-removed'] },
  { name: 'a new required parameter', edits: [{ file: LIST, append: ['get', 'parameters'], value: queryParameter('region', true) }], bump: 'major', kinds: ['required-parameter-added'] },
  { name: 'a parameter becoming required', edits: [{ file: parameter('searchKey'), set: ['required'], value: true }], bump: 'major', kinds: ['parameter-became-required'] },
  { name: 'a parameter changing type', edits: [{ file: parameter('perPage'), set: ['schema', 'type'], value: 'string' }], bump: 'major', kinds: ['request-type-changed'] },
  { name: 'a parameter serialized differently (explode)', edits: [{ file: parameter('tags'), set: ['explode'], value: true }], bump: 'major', kinds: ['parameter-serialization-changed'] },
  { name: 'a tighter limit on a parameter (maxLength)', edits: [{ file: parameter('uid'), set: ['schema', 'maxLength'], value: 50 }], bump: 'major', kinds: ['request-limit-tightened'] },
  { name: 'a pattern added to a parameter', edits: [{ file: parameter('searchKey'), set: ['schema', 'pattern'], value: '^[a-z]+$' }], bump: 'major', kinds: ['request-limit-tightened'] },
  { name: 'a tighter limit on a request field (minimum)', edits: [{ file: schema('MarkConversationRequest'), set: ['properties', 'messageId', 'minimum'], value: 5 }], bump: 'major', kinds: ['request-limit-tightened'] },
  { name: 'a request field becoming required', edits: [{ file: schema('MarkConversationRequest'), set: ['required'], value: ['messageId'] }], bump: 'major', kinds: ['request-property-became-required'] },
  {
    name: 'a new required request field',
    edits: [
      { file: schema('UpdateConversationRequest'), set: ['properties', 'reason'], value: { type: 'string', description: 'Why the tags change.' } },
      { file: schema('UpdateConversationRequest'), append: ['required'], value: 'reason' },
    ],
    bump: 'major',
    kinds: ['request-required-property-added'],
  },
  { name: 'a request field removed', edits: [{ file: schema('ResetUserConversationRequest'), delete: ['properties', 'deleteMessagesPermanently'] }], bump: 'major', kinds: ['request-property-removed'] },
  { name: 'a request field changing type', edits: [{ file: schema('ResetUserConversationRequest'), set: ['properties', 'deleteMessagesPermanently', 'type'], value: 'string' }], bump: 'major', kinds: ['request-type-changed'] },
  { name: 'a request enum value removed', edits: [{ file: parameter('pinnedBy'), delete: ['schema', 'items', 'enum', 1] }], bump: 'major', kinds: ['request-enum-value-removed'] },
  { name: 'a response field removed', edits: [{ file: schema('User'), delete: ['properties', 'statusMessage'] }], bump: 'major', kinds: ['response-property-removed'] },
  { name: 'a response field becoming optional', edits: [{ file: schema('Message'), delete: ['required', 2] }], bump: 'major', kinds: ['response-property-became-optional'] },
  { name: 'a response field becoming nullable (type list)', edits: [{ file: schema('Message'), set: ['properties', 'deletedBy', 'type'], value: ['string', 'null'] }], bump: 'major', kinds: ['response-became-nullable'] },
  {
    name: 'a response field becoming nullable (oneOf with null)',
    why: 'oneOf [X, null] is X made nullable, not a new union',
    edits: [{ file: schema('Message'), set: ['properties', 'parentId'], value: { description: 'The thread parent, or null.', oneOf: [{ $ref: 'MessageId.yaml' }, { type: 'null' }] } }],
    bump: 'major',
    kinds: ['response-became-nullable', 'description-changed'],
  },
  { name: 'a response field changing type', edits: [{ file: schema('Group'), set: ['properties', 'membersCount', 'type'], value: 'string' }], bump: 'major', kinds: ['response-type-changed'] },
  {
    name: 'a response field type widened to [string, integer]',
    why: 'clients must now handle numbers they never saw',
    edits: [{ file: schema('Message'), set: ['properties', 'deletedBy', 'type'], value: ['string', 'integer'] }],
    bump: 'major',
    kinds: ['response-type-widened'],
  },
  {
    name: 'a response field type narrowed from [string, integer]',
    why: 'the generated union loses `number`: comparisons with numbers stop compiling',
    edits: [{ file: schema('Message'), set: ['properties', 'editedBy', 'type'], value: 'string' }],
    bump: 'major',
    kinds: ['response-type-narrowed'],
  },
  { name: 'a new enum value in a response', edits: [{ file: schema('GroupType'), append: ['enum'], value: 'secret' }], bump: 'major', kinds: ['response-enum-value-added'] },
  { name: 'a response enum value removed', edits: [{ file: schema('MessageCategory'), delete: ['enum', 3] }], bump: 'major', kinds: ['response-enum-value-removed'] },
  {
    name: 'a looser limit on a response-only field',
    why: 'clients validating responses with the shipped JSON Schemas reject longer icons',
    edits: [{ file: schema('Group'), set: ['properties', 'icon', 'maxLength'], value: 5000 }],
    bump: 'major',
    kinds: ['response-limit-loosened'],
  },
  {
    name: 'a tighter limit on a schema used by requests and responses',
    why: 'Tags is sent (update) and returned (conversations): breaking on the request side, a guarantee on the response side',
    edits: [{ file: schema('Tags'), set: ['maxItems'], value: 20 }],
    bump: 'major',
    kinds: ['request-limit-tightened', 'response-limit-tightened'],
  },
  {
    name: 'a looser limit on a schema used by requests and responses',
    why: 'a feature for requests, breaking for responses',
    edits: [{ file: schema('Tags'), set: ['maxItems'], value: 30 }],
    bump: 'major',
    kinds: ['request-limit-loosened', 'response-limit-loosened'],
  },
  { name: 'a server variable value removed', edits: [{ file: ROOT, delete: ['servers', 0, 'variables', 'region', 'enum', 2] }], bump: 'major', kinds: ['server-variable-value-removed'] },
  { name: 'a server variable default changed', edits: [{ file: ROOT, set: ['servers', 0, 'variables', 'region', 'default'], value: 'eu' }], bump: 'major', kinds: ['server-variable-default-changed'] },
  {
    name: 'an error response removed',
    why: 'the server can still send it; clients lose its type and the models lose the key',
    edits: [{ file: USER, delete: ['get', 'responses', '404'] }],
    bump: 'major',
    kinds: ['error-response-removed'],
  },
  { name: 'a new success status', edits: [{ file: USER, set: ['get', 'responses', '202'], value: { description: 'Accepted.', content: { 'application/json': { schema: { $ref: '../components/schemas/ActionResult.yaml' } } } } }], bump: 'major', kinds: ['success-response-added'] },
  { name: 'a response header removed', edits: [{ file: 'components/responses/TooManyRequests.yaml', delete: ['headers', 'Retry-After'] }], bump: 'major', kinds: ['response-header-removed'] },
  { name: 'a response header changing type', edits: [{ file: 'components/headers/Retry-After.yaml', set: ['schema', 'type'], value: 'string' }], bump: 'major', kinds: ['response-type-changed'] },
  { name: 'a request body becoming required', edits: [{ file: GROUP_READ, set: ['post', 'requestBody', 'required'], value: true }], bump: 'major', kinds: ['request-body-became-required'] },
  { name: 'the API key sent in another header', edits: [{ file: ROOT, set: ['components', 'securitySchemes', 'apiKey', 'name'], value: 'x-api-key' }], bump: 'major', kinds: ['security-scheme-changed'] },
  {
    name: 'a new branch in a response oneOf',
    edits: [
      {
        file: schema('Conversation'),
        append: ['oneOf'],
        value: { type: 'object', description: 'A broadcast conversation.', required: ['conversationType'], properties: { conversationType: { type: 'string', const: 'broadcast', description: 'Always broadcast.' } } },
      },
    ],
    bump: 'major',
    kinds: ['response-variant-added'],
  },
  {
    name: 'a component schema inlined where it is used',
    why: 'the API is the same, but the models lose the Cursor type and the spec loses schemas/Cursor.json',
    edits: [
      { file: schema('ListMeta'), set: ['properties', 'cursor'], value: current(schema('Cursor')) },
      { file: ROOT, delete: ['components', 'schemas', 'Cursor'] },
    ],
    bump: 'major',
    kinds: ['component-removed'],
  },
  {
    name: 'a component schema renamed',
    edits: [
      { file: schema('GroupKind'), create: readFileSync(join(SPEC_DIR, schema('GroupType')), 'utf8') },
      { file: schema('Group'), set: ['properties', 'type', '$ref'], value: 'GroupKind.yaml' },
      { file: ROOT, delete: ['components', 'schemas', 'GroupType'] },
      { file: ROOT, set: ['components', 'schemas', 'GroupKind'], value: { $ref: 'components/schemas/GroupKind.yaml' } },
    ],
    bump: 'major',
    kinds: ['component-removed'],
  },
  {
    name: 'several changes at once: the largest bump wins',
    edits: [
      { file: USER, set: ['get', 'summary'], value: 'Fetch a user conversation' },
      { file: parameter('withTags'), set: ['deprecated'], value: true },
      { file: schema('User'), delete: ['properties', 'link'] },
    ],
    bump: 'major',
    kinds: ['summary-changed', 'parameter-deprecated', 'response-property-removed'],
  },
];
