// What each kind of spec change means for the packages generated from the spec: breaking (major),
// feature (minor) or fix (patch). Every decision is here, with its reason; the comparison code only
// names kinds. scripts/governance/README.md explains the same table for reviewers.
//
// The rule behind the table: a change is breaking when code written against the previous release
// can stop compiling or stop working; a feature when it adds something or changes behaviour without
// that; a fix when only text changes. Schemas are judged by the direction the data flows:
//
// - request (parameters, request bodies: the client writes, the server reads): accepting more is a
//   feature, accepting less is breaking;
// - response (response bodies and headers: the server writes, the client reads): sending more
//   (a wider type, a new enum value, a looser limit, an optional or nullable field) is breaking,
//   because clients, and the JSON Schemas @cometchat-rest/spec ships for validating responses,
//   reject or mishandle what they never saw; sending less is a stronger guarantee and a feature,
//   except where the generated TypeScript union loses a member (an enum value or a type removed):
//   `if (x === 'gone')` then fails to compile (TS2367), so that is breaking too.
//
// A schema used on both sides is compared once per side and can be breaking on one side only.

export type Severity = 'breaking' | 'feature' | 'fix';
export type Bump = 'major' | 'minor' | 'patch' | 'none';
export type Direction = 'request' | 'response';

export const SEVERITY = {
  // ---- Document ----
  'server-removed': 'breaking',
  'server-added': 'feature',
  'server-variable-value-removed': 'breaking',
  'server-variable-value-added': 'feature',
  // A server variable's default is used by clients that do not set it: a new default sends them
  // to another host (another region: an app that is not there).
  'server-variable-default-changed': 'breaking',
  'server-variable-enum-added': 'breaking',
  'server-variable-enum-removed': 'feature',
  // Security requirements are alternatives: removing one locks out clients that use it; adding one
  // is a new way in. A changed scheme (another header name, another type) fails every request.
  'security-requirement-removed': 'breaking',
  'security-requirement-added': 'feature',
  'security-scheme-changed': 'breaking',
  // @cometchat-rest/models exports `components` (every schema, parameter, response, header by
  // name) and @cometchat-rest/spec exports schemas/<Name>.json: a component that goes (renamed or
  // inlined) breaks code that names it, even when the API is the same. A new component is not
  // reported: on its own (a `$ref` split) it changes nothing, and when it is used, the change that
  // uses it is reported where it is used.
  'component-removed': 'breaking',
  'info-changed': 'fix',
  'tags-changed': 'fix',
  'external-docs-changed': 'fix',
  'openapi-version-changed': 'fix',

  // ---- Operations ----
  'operation-removed': 'breaking',
  'operation-added': 'feature',
  'operation-deprecated': 'feature',
  'operation-undeprecated': 'feature',
  // The operationId is the client's method name and a key of the models' `operations` type.
  'operation-id-changed': 'breaking',
  // `x-retry-safe` decides whether the generated client repeats a request after an ambiguous
  // failure. true -> false: the client stops retrying and callers see errors it used to absorb;
  // false -> true: it starts retrying. Either way behaviour changes and deserves a changelog line
  // and a minor, but no code stops compiling and the wire contract is the same, so not a major.
  'retry-safety-changed': 'feature',
  // `x-pagination` drives the client's page iterator: removing or reshaping it breaks callers of
  // that iterator; adding it adds one.
  'pagination-added': 'feature',
  'pagination-removed': 'breaking',
  'pagination-changed': 'breaking',
  // `x-result` is what the generated method returns (its kind and item type): declaring it where
  // there was none adds a method's typed result; changing or removing it changes a return type.
  'result-added': 'feature',
  'result-removed': 'breaking',
  'result-changed': 'breaking',
  'summary-changed': 'fix',
  'description-changed': 'fix',
  'title-changed': 'fix',
  'example-changed': 'fix',
  // Other `x-` extensions are documentation to every generator here (x-replaced-by, ...).
  'extension-changed': 'fix',

  // ---- Parameters (matched by name and `in`; path-level ones count for every operation) ----
  'parameter-removed': 'breaking',
  'parameter-added': 'feature',
  'required-parameter-added': 'breaking',
  'parameter-became-required': 'breaking',
  'parameter-became-optional': 'feature',
  'parameter-deprecated': 'feature',
  'parameter-undeprecated': 'feature',
  // style/explode/allowReserved decide how the value is written on the wire (`a,b` vs `a&a`).
  'parameter-serialization-changed': 'breaking',

  // ---- Request bodies ----
  'request-body-removed': 'breaking',
  'request-body-added': 'feature',
  'required-request-body-added': 'breaking',
  'request-body-became-required': 'breaking',
  'request-body-became-optional': 'feature',
  'request-media-type-removed': 'breaking',
  'request-media-type-added': 'feature',

  // ---- Responses (matched by status) ----
  'success-response-removed': 'breaking',
  // Another success status (or body) is more the client may receive.
  'success-response-added': 'breaking',
  // An error response removed: the server can still answer with that status (spec edits rarely
  // mean the server stopped), clients lose its type, and the models' `operations[...]['responses']`
  // loses the key: breaking, even when `default` still covers it.
  'error-response-removed': 'breaking',
  // A new error status where `default` already covered every other status: it could arrive before,
  // typed by `default`; now it is documented on its own.
  'error-response-added': 'feature',
  // A new error status with no `default` before: an outcome clients could not expect.
  'uncovered-error-response-added': 'breaking',
  'default-response-added': 'feature',
  'default-response-removed': 'breaking',
  'response-media-type-removed': 'breaking',
  'response-media-type-added': 'breaking',
  'response-header-removed': 'breaking',
  'response-header-added': 'feature',
  'response-header-became-optional': 'breaking',
  'response-header-became-required': 'feature',
  'response-header-deprecated': 'feature',

  // ---- Schemas, by direction ----
  // A property removed: responses lose a field clients read; requests lose one clients send (an
  // excess-property error in TypeScript, and the server may reject it).
  'request-property-removed': 'breaking',
  'response-property-removed': 'breaking',
  // Formally, a new property on an open object narrows what is accepted; in practice clients never
  // sent undeclared fields (the generated types do not allow them), so a new optional request field
  // is a feature, as a new response field is.
  'request-property-added': 'feature',
  'response-property-added': 'feature',
  'request-required-property-added': 'breaking',
  'response-required-property-added': 'feature',
  'request-property-became-required': 'breaking',
  // A response field that is now always there is a stronger guarantee (the generated type loses a
  // `?`, which compiles everywhere).
  'response-property-became-required': 'feature',
  'request-property-became-optional': 'feature',
  'response-property-became-optional': 'breaking',
  'schema-deprecated': 'feature',
  'schema-undeprecated': 'feature',
  // `type` as a set (`[string, integer]`): widening a request type is a feature; widening a
  // response type is breaking; narrowing either is breaking (the request accepts less; the response
  // type's union loses a member).
  'request-type-widened': 'feature',
  'response-type-widened': 'breaking',
  'request-type-narrowed': 'breaking',
  'response-type-narrowed': 'breaking',
  'request-type-changed': 'breaking',
  'response-type-changed': 'breaking',
  // `null` is counted apart from the other types: a nullable response field is breaking, a response
  // field that is no longer nullable is a stronger guarantee (comparisons with null still compile).
  'request-became-nullable': 'feature',
  'response-became-nullable': 'breaking',
  'request-no-longer-nullable': 'breaking',
  'response-no-longer-nullable': 'feature',
  // `const` counts as an enum of one value.
  'request-enum-value-added': 'feature',
  'response-enum-value-added': 'breaking',
  'request-enum-value-removed': 'breaking',
  'response-enum-value-removed': 'breaking',
  // A free value becoming an enum narrows the request and makes the response type a union of
  // literals (comparisons with other strings stop compiling); dropping the enum widens both.
  'request-enum-added': 'breaking',
  'response-enum-added': 'breaking',
  'request-enum-removed': 'feature',
  'response-enum-removed': 'breaking',
  // Limits: maxLength, minLength, maxItems, minItems, maximum, minimum, exclusive*, maxProperties,
  // minProperties, multipleOf, uniqueItems, pattern, format, additionalProperties: false, an extra
  // allOf part, `items` added. A response limit that tightens is a stronger guarantee; one that
  // loosens lets through values that clients validating with the shipped JSON Schemas reject.
  // A limit that changes in no comparable way (another pattern, another format) is breaking.
  'request-limit-tightened': 'breaking',
  'response-limit-tightened': 'feature',
  'request-limit-loosened': 'feature',
  'response-limit-loosened': 'breaking',
  'request-limit-changed': 'breaking',
  'response-limit-changed': 'breaking',
  // oneOf/anyOf branches: one more is more accepted (request) or more to handle (response).
  'request-variant-added': 'feature',
  'response-variant-added': 'breaking',
  'request-variant-removed': 'breaking',
  'response-variant-removed': 'breaking',
  'request-discriminator-changed': 'breaking',
  'response-discriminator-changed': 'breaking',
  // A request default is what the server assumes when the client says nothing: clients that omit
  // the value get another behaviour without changing code (minor, so it shows in the changelog).
  // A response default documents nothing the client relies on.
  'request-default-changed': 'feature',
  'response-default-changed': 'fix',

  // Anything the differ does not understand is breaking, so that a person looks at it.
  'unclassified-change': 'breaking',
} as const satisfies Record<string, Severity>;

export type Kind = keyof typeof SEVERITY;

export const BUMP_OF: Record<Severity, Bump> = { breaking: 'major', feature: 'minor', fix: 'patch' };
export const BUMP_ORDER: Bump[] = ['none', 'patch', 'minor', 'major'];

/** The release a set of changes needs: the largest bump among them. */
export function bumpOf(severities: Iterable<Severity>): Bump {
  let bump: Bump = 'none';
  for (const severity of severities) if (BUMP_ORDER.indexOf(BUMP_OF[severity]) > BUMP_ORDER.indexOf(bump)) bump = BUMP_OF[severity];
  return bump;
}

/** Whether `given` is at least `needed` (major > minor > patch > none). */
export function bumpCovers(given: Bump, needed: Bump): boolean {
  return BUMP_ORDER.indexOf(given) >= BUMP_ORDER.indexOf(needed);
}
