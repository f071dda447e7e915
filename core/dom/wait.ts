/**
 * Waiting for late-rendered content: a MutationObserver bounded by a timeout and an AbortSignal
 * (the content-script context's), never a polling loop.
 */

export interface WaitOptions {
  timeoutMs: number;
  signal?: AbortSignal;
}

/**
 * Resolves with the first truthy result of `check`, tried now and after every DOM change;
 * resolves null when the time is up or the signal aborts.
 */
export function waitFor<T>(
  doc: Document,
  check: () => T | null | undefined | false,
  options: WaitOptions,
): Promise<T | null> {
  const first = check();
  if (first) return Promise.resolve(first);
  if (options.signal?.aborted) return Promise.resolve(null);
  const view = doc.defaultView;
  return new Promise((resolve) => {
    const done = (value: T | null) => {
      observer.disconnect();
      (view ?? globalThis).clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => done(null);
    const observer = new (view?.MutationObserver ?? MutationObserver)(() => {
      const value = check();
      if (value) done(value);
    });
    observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
    // Declared after the observer; `done` only runs from later callbacks, when it is set.
    const timer = (view ?? globalThis).setTimeout(() => done(null), options.timeoutMs);
    options.signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Resolves once the document has had no mutations for `quietMs` (or after `timeoutMs` at most). */
export function settle(doc: Document, quietMs: number, options: WaitOptions): Promise<void> {
  const view = doc.defaultView ?? globalThis;
  return new Promise((resolve) => {
    if (options.signal?.aborted) return resolve();
    let quiet: ReturnType<typeof setTimeout>;
    const done = () => {
      observer.disconnect();
      view.clearTimeout(quiet);
      view.clearTimeout(cap);
      options.signal?.removeEventListener('abort', done);
      resolve();
    };
    const observer = new (doc.defaultView ?? globalThis).MutationObserver(() => {
      view.clearTimeout(quiet);
      quiet = view.setTimeout(done, quietMs);
    });
    observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
    quiet = view.setTimeout(done, quietMs);
    const cap = view.setTimeout(done, options.timeoutMs);
    options.signal?.addEventListener('abort', done, { once: true });
  });
}

/** Lets the page's framework run its pending updates (microtasks and one task). */
export function nextTick(doc: Document): Promise<void> {
  const view = doc.defaultView ?? globalThis;
  return new Promise((resolve) => view.setTimeout(resolve, 0));
}
