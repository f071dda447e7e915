/**
 * Waiting with a bound: a browser API that may never answer (Chromium's first `storage.managed`
 * read has stayed pending for 30 s on a fresh profile) must never hold up what depends on it.
 */

/** Resolves with the promise's value, or with `fallback` after `ms` (or if it rejects). */
export function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}
