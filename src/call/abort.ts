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

/**
 * One signal for a call from the client's and the call's. Listeners are removed when the call ends,
 * so a long-lived client signal does not collect one listener per call.
 */
export function linkSignals(
  a: AbortSignal | undefined,
  b: AbortSignal | undefined,
): { signal: AbortSignal | undefined; dispose(): void } {
  if (!a || !b) return { signal: a ?? b, dispose: () => undefined };
  const controller = new AbortController();
  const fromA = (): void => controller.abort(a.reason);
  const fromB = (): void => controller.abort(b.reason);
  if (a.aborted) fromA();
  else if (b.aborted) fromB();
  a.addEventListener('abort', fromA, { once: true });
  b.addEventListener('abort', fromB, { once: true });
  return {
    signal: controller.signal,
    dispose: () => {
      a.removeEventListener('abort', fromA);
      b.removeEventListener('abort', fromB);
    },
  };
}
