// One 'abort' listener per AbortSignal, however many calls and waits share it: each subscribes to
// the hub, and the listener goes when the last one leaves. 2,000 calls on one signal would otherwise
// add 2,000 listeners (and Node warns after 10).
type Hub = { readonly listeners: Set<() => void>; readonly onAbort: () => void };
const hubs = new WeakMap<AbortSignal, Hub>();

/** Calls `listener` when `signal` aborts; returns the unsubscribe. */
export function onAbort(signal: AbortSignal, listener: () => void): () => void {
  let hub = hubs.get(signal);
  if (!hub) {
    const listeners = new Set<() => void>();
    const created: Hub = { listeners, onAbort: () => listeners.forEach((fn) => fn()) };
    hubs.set(signal, (hub = created));
    signal.addEventListener('abort', created.onAbort);
  }
  const { listeners } = hub;
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && hubs.get(signal) === hub) {
      hubs.delete(signal);
      signal.removeEventListener('abort', hub.onAbort);
    }
  };
}
