// Identifiers: CometChat's conversation ids (what the wire shows) and the keys the store files a
// conversation under (who is in it). The two differ on purpose: rendered ids collide (users `a` +
// `b_user_c` and `a_user_b` + `c` both have `a_user_b_user_c`; group `a_user_z` and users `group_a` +
// `z` both have `group_a_user_z`), keys never do, since UIDs and GUIDs cannot contain a newline.

export const lower = (s: string) => s.toLowerCase();

/** Code-point order (not locale order), so sorting is the same everywhere. */
export const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The id of the conversation between two users: both UIDs, sorted, joined by `_user_`. */
export const userConversationId = (a: string, b: string) => [lower(a), lower(b)].sort().join('_user_');

/** The id of a group's conversation: `group_{guid}`. */
export const groupConversationId = (guid: string) => `group_${lower(guid)}`;

/** The store's key of the conversation between two users (order does not matter). */
export function pairKey(a: string, b: string): string {
  const [x, y] = [lower(a), lower(b)].sort() as [string, string];
  return `user\n${x}\n${y}`;
}

/** The store's key of a group's conversation. */
export const groupKey = (guid: string) => `group\n${lower(guid)}`;

export const clone = <T>(value: T): T => structuredClone(value);

/** `o` without its `undefined` properties. */
export function defined<T extends object>(o: T): T {
  // A copy rather than `delete`: deleting keys turns an object into a slow dictionary (for V8 and for
  // JSON.stringify), and this runs for every entity of every response.
  const out = {} as T;
  for (const key in o) if (o[key] !== undefined) out[key] = o[key];
  return out;
}
