/**
 * Waiting for late-rendered content: a MutationObserver bounded by a timeout and an AbortSignal
 * (the content-script context's), never a polling loop. A settled page is never waited out: once
 * nothing has changed for `settleMs` and the page shows no sign of loading, what is missing is
 * missing, and the wait ends at once. The timeout bounds only a page that is still loading.
 */
import { LOADING_SELECTOR } from '../portal/knowledge';
import { shadowRootsIn } from './deep';

export interface WaitOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  /** End early, with null, once the page has been quiet this long and is not loading. */
  settleMs?: number;
}

/** The page says it is still loading: `aria-busy`, an indeterminate progress bar, or a document still parsing. */
export function isLoading(doc: Document): boolean {
  return doc.readyState === 'loading' || doc.querySelector(LOADING_SELECTOR) !== null;
}

/**
 * Resolves with the first truthy result of `check`, tried now and after every DOM change;
 * resolves null when the time is up, the signal aborts, or (with `settleMs`) the page settles.
 */
export function waitFor<T>(
  doc: Document,
  check: () => T | null | undefined | false,
  options: WaitOptions,
): Promise<T | null> {
  const first = check();
  if (first) return Promise.resolve(first);
  if (options.signal?.aborted) return Promise.resolve(null);
  const view = doc.defaultView ?? globalThis;
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const done = (value: T | null) => {
      observer.disconnect();
      view.clearTimeout(timer);
      view.clearTimeout(quiet);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => done(null);
    const armQuiet = () => {
      if (options.settleMs === undefined) return;
      view.clearTimeout(quiet);
      quiet = view.setTimeout(() => (isLoading(doc) ? armQuiet() : done(null)), options.settleMs);
    };
    const observer = new view.MutationObserver(() => {
      const value = check();
      if (value) done(value);
      else armQuiet();
    });
    const what = { subtree: true, childList: true, attributes: true, characterData: true };
    // Shadow trees are not seen by an observer on the document: watch each open one too.
    for (const target of [doc, ...shadowRootsIn(doc)]) observer.observe(target, what);
    const timer = view.setTimeout(() => done(null), options.timeoutMs);
    armQuiet();
    options.signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Lets the page's microtasks run (frameworks that re-render in a microtask: Lit, React's sync lane). */
export function microtask(): Promise<void> {
  return Promise.resolve().then(() => undefined);
}
