// The mock at scale: a seed of N users who each message one user (`hub`, who so has N
// conversations), then, at N = 1,000, 10,000 and 50,000: a list page of 50 for `hub` through the
// app (in-process, no network), one `store.addMessage` (which moves a conversation to the top of
// `hub`'s list), and one updateUserConversation through the app, in rounds of 500; reported with its ratio to
// 1,000 (the target: at most 2x). Each size is measured with its store alone in the heap (garbage
// collection grows with the heap, as it does in a test process), in epochs that rotate the sizes;
// each figure is the median of every epoch's rounds. Plus 1,000 `addMessage` calls in a row on the
// demo seed (target: under 1 s). Returns a Markdown section.
import { createMockApp, DEMO_API_KEY, type MockApp, type Seed } from '../dist/index.mjs';

const SIZES = [1_000, 10_000, 50_000] as const;
const OPS = Number(process.env.MOCK_SCALE_OPS ?? 500);
const EPOCHS = Number(process.env.MOCK_SCALE_EPOCHS ?? 3);
const ROUNDS = Number(process.env.MOCK_SCALE_ROUNDS ?? 3);
const RATIO_TARGET = 2;
const LOOP_TARGET_MS = 1_000;
const HEADERS = { apikey: DEMO_API_KEY, onBehalfOf: 'hub', 'content-type': 'application/json' };

function hubSeed(n: number): Seed {
  return {
    users: [{ uid: 'hub', name: 'Hub' }, ...Array.from({ length: n }, (_, i) => ({ uid: `u${i}`, name: `User ${i}` }))],
    messages: Array.from({ length: n }, (_, i) => ({ sender: `u${i}`, receiverType: 'user' as const, receiver: 'hub', text: 'hi', sentAt: 1_700_000_000 + i })),
  };
}

type Measure = (mock: MockApp, n: number, round: number) => Promise<void>;
/** Not a target: the same heap, no store work; it shows what a bigger heap alone costs an allocating loop. */
const BASELINE = 'heap baseline: copy and keep a message-sized object (no store work)';
const kept: object[] = [];
const measures: Record<string, Measure> = {
  [BASELINE]: async () => {
    for (let i = 0; i < OPS; i++) kept.push(structuredClone({ id: i, sender: `u${i}`, receiver: 'hub', data: { text: 'again' }, sentAt: 1_700_000_000 }));
    kept.length = 0;
  },
  'list page (50 of hub\'s N)': async (mock) => {
    for (let i = 0; i < OPS; i++) {
      const res = await mock.fetch(new Request('http://mock.local/v3/conversations?perPage=50', { headers: HEADERS }));
      if (res.status !== 200) throw new Error(`list: ${res.status}`);
      await res.text();
    }
  },
  'store.addMessage': async (mock, n, round) => {
    for (let i = 0; i < OPS; i++) mock.store.addMessage({ sender: `u${(round * OPS + i) * 7919 % n}`, receiverType: 'user', receiver: 'hub', text: 'again' });
  },
  'updateUserConversation': async (mock, n, round) => {
    for (let i = 0; i < OPS; i++) {
      const uid = `u${(round * OPS + i) * 104729 % n}`;
      const res = await mock.fetch(new Request(`http://mock.local/v3/users/${uid}/conversation`, { method: 'PUT', headers: HEADERS, body: JSON.stringify({ tags: [`t${i % 7}`] }) }));
      if (res.status !== 200) throw new Error(`update: ${res.status}`);
      await res.text();
    }
  },
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

export async function scaleSection(): Promise<string> {
  const loadMs = new Map<number, number[]>();
  const perOp = new Map<string, number[]>();
  // Epochs: in each, every size in turn (the order rotated), its store alone in the heap (as in a
  // test process), built, then one warm-up and ROUNDS timed rounds of every operation.
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let k = 0; k < SIZES.length; k++) {
      const n = SIZES[(epoch + k) % SIZES.length]!;
      gc();
      const seed = hubSeed(n);
      const started = performance.now();
      let mock: MockApp | undefined = createMockApp({ seed, rateLimit: false });
      loadMs.set(n, [...(loadMs.get(n) ?? []), performance.now() - started]);
      for (let round = -1; round < ROUNDS; round++) {
        for (const [name, measure] of Object.entries(measures)) {
          gc();
          const began = performance.now();
          await measure(mock, n, epoch * (ROUNDS + 1) + round + 1);
          const ms = (performance.now() - began) / OPS;
          if (round >= 0) perOp.set(`${name}@${n}`, [...(perOp.get(`${name}@${n}`) ?? []), ms]);
        }
      }
      mock = undefined;
    }
  }

  // 1,000 addMessage calls in a row on the demo seed: the median of 3 fresh stores.
  const loops: number[] = [];
  for (let r = 0; r < 3; r++) {
    const { store } = createMockApp({ seed: 'demo', rateLimit: false });
    gc();
    const started = performance.now();
    for (let i = 0; i < 1_000; i++) store.addMessage({ sender: 'cometchat-uid-2', receiverType: 'user', receiver: 'cometchat-uid-1', text: `message ${i}` });
    loops.push(performance.now() - started);
  }
  const loop = median(loops);

  const rows: string[] = [];
  const verdicts: string[] = [];
  for (const name of Object.keys(measures)) {
    const base = median(perOp.get(`${name}@${SIZES[0]}`)!);
    const cells = SIZES.map((n) => {
      const value = median(perOp.get(`${name}@${n}`)!);
      return `${value < 1 ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(2)} ms`} (${(value / base).toFixed(2)}x)`;
    });
    const worst = Math.max(...SIZES.map((n) => median(perOp.get(`${name}@${n}`)!) / base));
    if (name !== BASELINE) verdicts.push(`${name} **${worst.toFixed(2)}x** (${worst <= RATIO_TARGET ? 'met' : 'NOT met'})`);
    rows.push(`| ${name} | ${cells.join(' | ')} |`);
  }
  const sizes = SIZES.map((n) => n.toLocaleString('en-US'));
  return `### The mock at scale

A seed of N users who each message one user (\`hub\`, who so has N conversations); per operation, the
median of ${EPOCHS * ROUNDS} rounds of ${OPS} (${EPOCHS} epochs that rotate the sizes, each size's store alone in the
heap, a warm-up round each), in-process through the app's \`fetch\` (no network) or on the store; in
brackets, the ratio to N = ${sizes[0]}.

| operation | N = ${sizes.join(' | N = ')} |
|---|---:|---:|---:|
${rows.join('\n')}
| loading the seed | ${SIZES.map((n) => `${median(loadMs.get(n)!).toFixed(0)} ms`).join(' | ')} |

Target: a list page and a single change cost at most ${RATIO_TARGET}x at ${sizes[2]} what they cost at ${sizes[0]}. Measured (worst ratio): ${verdicts.join(', ')}.
1,000 \`store.addMessage\` calls in a row on the demo seed: **${loop.toFixed(0)} ms** (median of 3; target under ${LOOP_TARGET_MS} ms: ${loop < LOOP_TARGET_MS ? 'met' : 'NOT met'}).
`;
}
