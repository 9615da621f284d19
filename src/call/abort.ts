/** Cancellation inside a call: one signal from the client's and the call's, and a wait it can cut short. */
import { abortError } from '../wire/transport.js';

/** Waits before the next attempt; an abort ends the wait with a `GigyaAbortError`. */
export function sleep(ms: number, signal: AbortSignal | undefined, method: string): Promise<void> {
  if (ms <= 0 && !signal?.aborted) return Promise.resolve();
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(method, signal));
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortError(method, signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The callbacks waiting on each outside signal; the signal itself has one listener, whatever their number. */
const waiting = new WeakMap<AbortSignal, Set<() => void>>();

/**
 * Runs `callback` when `signal` aborts; the returned function unregisters it. Any number of calls in
 * flight share one listener on the signal, so a client-level signal with hundreds of calls does not
 * trip Node's MaxListenersExceededWarning (the per-call listeners would all be removed in time, so
 * the warning would be a false alarm).
 */
export function whenAborted(signal: AbortSignal, callback: () => void): () => void {
  let callbacks = waiting.get(signal);
  if (callbacks === undefined) {
    const created = new Set<() => void>();
    callbacks = created;
    waiting.set(signal, created);
    signal.addEventListener(
      'abort',
      () => {
        waiting.delete(signal);
        for (const run of [...created]) run();
      },
      { once: true },
    );
  }
  const registered = callbacks;
  registered.add(callback);
  return () => void registered.delete(callback);
}

/**
 * One signal for a call from the client's and the call's, owned by the call: its attempts and waits
 * listen to it, and it listens to the outside signals through {@link whenAborted}. Unregistered when
 * the call ends.
 */
export function linkSignals(
  a: AbortSignal | undefined,
  b: AbortSignal | undefined,
): { signal: AbortSignal | undefined; dispose(): void } {
  if (!a && !b) return { signal: undefined, dispose: () => undefined };
  const controller = new AbortController();
  const outside = [a, b].filter((s): s is AbortSignal => s !== undefined);
  const already = outside.find((s) => s.aborted);
  if (already) {
    controller.abort(already.reason);
    return { signal: controller.signal, dispose: () => undefined };
  }
  const unregister = outside.map((s) => whenAborted(s, () => controller.abort(s.reason)));
  return {
    signal: controller.signal,
    dispose: () => {
      for (const off of unregister) off();
    },
  };
}
