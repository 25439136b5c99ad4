// The demo data: CometChat's sample users and groups (names from the docs' examples), with enough
// conversations that cometchat-uid-1 needs three pages at perPage=2. Deterministic: fixed ids and
// timestamps (late August 2021, like the docs' examples).
import type { Seed } from './seed.ts';

/** The demo app's id and region (any value works with the node server; MSW matches any app). */
export const DEMO_APP_ID = 'mockapp';
export const DEMO_REGION = 'us';
/** The API key the mock accepts unless `apiKey` is given: 40 hex characters, like a real key. */
export const DEMO_API_KEY = 'cafebabecafebabecafebabecafebabecafebabe';

const avatar = (n: number) => `https://assets.cometchat.io/sampleapp/v2/users/cometchat-uid-${n}.webp`;
const icon = (n: number) => `https://assets.cometchat.io/sampleapp/v2/groups/cometchat-guid-${n}.webp`;
const USERS_CREATED = 1629869270;
const T = 1630400000; // messages from here on, one step = 1 minute

/** A fresh copy of the demo seed. */
export function demoSeed(): Seed {
  const at = (minutes: number) => T + minutes * 60;
  return {
    users: [
      { uid: 'cometchat-uid-1', name: 'Andrew Joseph', avatar: avatar(1), status: 'available', tags: ['vip'], createdAt: USERS_CREATED },
      { uid: 'cometchat-uid-2', name: 'George Alan', avatar: avatar(2), link: 'https://data-us.cometchat.io/assets', tags: ['staff'], createdAt: USERS_CREATED, updatedAt: 1629964825 },
      { uid: 'cometchat-uid-3', name: 'Nancy Grace', avatar: avatar(3), tags: ['staff', 'beta'], createdAt: USERS_CREATED },
      { uid: 'cometchat-uid-4', name: 'Susan Marie', avatar: avatar(4), createdAt: USERS_CREATED },
      { uid: 'cometchat-uid-5', name: 'John Paul', avatar: avatar(5), status: 'available', createdAt: USERS_CREATED },
    ],
    groups: [
      {
        guid: 'project-group',
        name: 'Project Group1',
        type: 'private',
        description: 'project related discussions between members',
        icon: icon(1),
        owner: 'cometchat-uid-4',
        tags: ['work'],
        createdAt: 1630071341,
        updatedAt: 1630308875,
        updatedBy: 'cometchat-uid-4',
      },
      { guid: 'hiking-group', name: 'Hiking Group', type: 'public', description: 'weekend hikes', icon: icon(2), owner: 'cometchat-uid-1', tags: ['outdoors'], createdAt: 1630071400 },
      { guid: 'book-club', name: 'Book Club', type: 'password', owner: 'cometchat-uid-5', createdAt: 1630071500 },
    ],
    members: [
      { guid: 'project-group', uid: 'cometchat-uid-4', scope: 'admin', joinedAt: 1630071341 },
      { guid: 'project-group', uid: 'cometchat-uid-1', joinedAt: 1630071782 },
      { guid: 'project-group', uid: 'cometchat-uid-2', joinedAt: 1630071782 },
      { guid: 'project-group', uid: 'cometchat-uid-3', scope: 'moderator', joinedAt: 1630071800 },
      { guid: 'hiking-group', uid: 'cometchat-uid-1', scope: 'admin', joinedAt: 1630071400 },
      { guid: 'hiking-group', uid: 'cometchat-uid-2', joinedAt: 1630071450 },
      { guid: 'hiking-group', uid: 'cometchat-uid-5', joinedAt: 1630071460 },
      { guid: 'book-club', uid: 'cometchat-uid-5', scope: 'admin', joinedAt: 1630071500 },
      { guid: 'book-club', uid: 'cometchat-uid-3', joinedAt: 1630071510 },
    ],
    messages: [
      // 1-on-1: uid-1 <-> uid-2 (uid-1 has read up to #2: two unread)
      { id: 1, sender: 'cometchat-uid-2', receiverType: 'user', receiver: 'cometchat-uid-1', text: 'Hi Andrew!', sentAt: at(0) },
      { id: 2, sender: 'cometchat-uid-1', receiverType: 'user', receiver: 'cometchat-uid-2', text: 'Hey George, how are you?', sentAt: at(1) },
      { id: 3, sender: 'cometchat-uid-2', receiverType: 'user', receiver: 'cometchat-uid-1', text: 'Great. Did you see the new designs?', sentAt: at(2) },
      { id: 4, sender: 'cometchat-uid-2', receiverType: 'user', receiver: 'cometchat-uid-1', text: 'They are in the project group.', sentAt: at(30) },
      // 1-on-1: uid-1 <-> uid-3
      { id: 5, sender: 'cometchat-uid-3', receiverType: 'user', receiver: 'cometchat-uid-1', text: 'Lunch tomorrow?', sentAt: at(10) },
      { id: 6, sender: 'cometchat-uid-1', receiverType: 'user', receiver: 'cometchat-uid-3', text: 'Sure!', sentAt: at(12) },
      // 1-on-1: uid-1 <-> uid-4 (read)
      { id: 7, sender: 'cometchat-uid-4', receiverType: 'user', receiver: 'cometchat-uid-1', text: 'Welcome to the project.', sentAt: at(5) },
      // 1-on-1: uid-2 <-> uid-3, uid-4 <-> uid-5
      { id: 8, sender: 'cometchat-uid-2', receiverType: 'user', receiver: 'cometchat-uid-3', text: 'Can you review my PR?', sentAt: at(15) },
      { id: 9, sender: 'cometchat-uid-3', receiverType: 'user', receiver: 'cometchat-uid-2', text: 'On it.', sentAt: at(16) },
      { id: 10, sender: 'cometchat-uid-5', receiverType: 'user', receiver: 'cometchat-uid-4', text: 'Hello Susan', sentAt: at(17) },
      // project-group: texts, a custom message, then an action (member unbanned), as in the docs' example
      { id: 11, sender: 'cometchat-uid-4', receiverType: 'group', receiver: 'project-group', text: 'Kick-off at 10.', sentAt: at(20) },
      { id: 12, sender: 'cometchat-uid-2', receiverType: 'group', receiver: 'project-group', text: 'Designs are up.', sentAt: at(25) },
      { id: 13, sender: 'cometchat-uid-3', receiverType: 'group', receiver: 'project-group', category: 'custom', type: 'poll', data: { customData: { question: 'Friday demo?', options: ['yes', 'no'] } }, sentAt: at(26) },
      { id: 14, sender: 'cometchat-uid-4', receiverType: 'group', receiver: 'project-group', category: 'action', type: 'groupMember', data: { action: 'unbanned' }, on: 'cometchat-uid-3', sentAt: at(40) },
      // hiking-group
      { id: 15, sender: 'cometchat-uid-1', receiverType: 'group', receiver: 'hiking-group', text: 'Saturday, 7am at the trailhead.', sentAt: at(3) },
      { id: 16, sender: 'cometchat-uid-5', receiverType: 'group', receiver: 'hiking-group', text: 'Count me in.', sentAt: at(4) },
    ],
    conversations: [
      { uid: 'cometchat-uid-1', with: { uid: 'cometchat-uid-2' }, tags: ['important'], readUpTo: 2, deliveredUpTo: 3 },
      { uid: 'cometchat-uid-1', with: { uid: 'cometchat-uid-4' }, readUpTo: 7, deliveredUpTo: 7 },
      { uid: 'cometchat-uid-1', with: { guid: 'project-group' }, tags: ['work', 'design'], readUpTo: 11, deliveredUpTo: 12 },
      { uid: 'cometchat-uid-1', with: { guid: 'hiking-group' }, readUpTo: 16, deliveredUpTo: 16 },
      { uid: 'cometchat-uid-2', with: { uid: 'cometchat-uid-1' }, readUpTo: 2 },
    ],
  };
}

/** UIDs and GUIDs of the demo data, for printing and examples. */
export const DEMO_UIDS = ['cometchat-uid-1', 'cometchat-uid-2', 'cometchat-uid-3', 'cometchat-uid-4', 'cometchat-uid-5'] as const;
export const DEMO_GUIDS = ['project-group', 'hiking-group', 'book-club'] as const;
