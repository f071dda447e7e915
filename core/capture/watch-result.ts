/**
 * Watches the portal page for the result view ("Congratulations! 🎉") and reads its credentials
 * as they appear. A view may show its heading first and its values a moment later, or mask the
 * secret until the user clicks "Show": while the view is there and a value is still missing, the
 * page is read again after each change (and after each click, since revealing a value may change
 * only an input's value, which no observer sees). Every read that knows more than the last one
 * sent is handed on. Everything stops with the signal.
 */
import { hasResultHeading, readCredentials, type ResultCredentials } from './read-credentials';
import { shadowRootsIn } from '../dom/deep';

type Key = 'clientSecret' | 'integrationId' | 'oauthUrl';
const OPTIONAL_KEYS: readonly Key[] = ['clientSecret', 'integrationId', 'oauthUrl'];

/** Every credential the result view shows has been read. */
export const isComplete = (c: ResultCredentials) => OPTIONAL_KEYS.every((k) => c[k] !== null);

/** The credentials `next` adds to what was already handed on for its Client ID (null: nothing new). */
export function newInformation(sent: ResultCredentials | undefined, next: ResultCredentials): boolean {
  if (!sent) return true;
  if (next.integrationName && next.integrationName !== sent.integrationName) return true;
  return OPTIONAL_KEYS.some((k) => next[k] !== null && next[k] !== sent[k]);
}

export interface WatchOptions {
  signal: AbortSignal;
  /** Asked before any work a page change triggers: false ends the watch (the extension is gone). */
  alive?(): boolean;
  /** A timer tied to the content script's lifetime. */
  setTimeout(handler: () => void, ms: number): unknown;
  /** How soon after a change the view is read again (changes in between are read together). */
  rereadMs?: number;
}

/** Text that marks the result view; cheap to test on what was just added. */
const RESULT_MARK = 'Congratulations';
const mentionsResult = (node: Node) => node.textContent?.includes(RESULT_MARK) === true;

export interface ResultWatch {
  /** Reads the page now (after an in-page navigation, which may have brought the result view). */
  check(): void;
}

export function watchResult(
  doc: Document,
  onRead: (found: ResultCredentials) => void,
  options: WatchOptions,
): ResultWatch {
  const { signal } = options;
  const rereadMs = options.rereadMs ?? 50;
  const view = doc.defaultView ?? globalThis;
  const sent = new Map<string, ResultCredentials>();
  let watching: MutationObserver | null = null;
  let stopEvents: AbortController | null = null;
  let pending = false;

  /** Reads the view; hands on what is new; says whether the view still lacks something. */
  const read = (): 'absent' | 'incomplete' | 'complete' => {
    const found = readCredentials(doc);
    if (!found) {
      // The heading is there but no Client ID yet: its values are still coming.
      return hasResultHeading(doc) ? 'incomplete' : 'absent';
    }
    const before = sent.get(found.clientId);
    if (newInformation(before, found)) {
      const merged: ResultCredentials = before
        ? {
            integrationName: found.integrationName || before.integrationName,
            clientId: found.clientId,
            clientSecret: found.clientSecret ?? before.clientSecret,
            integrationId: found.integrationId ?? before.integrationId,
            oauthUrl: found.oauthUrl ?? before.oauthUrl,
          }
        : found;
      sent.set(found.clientId, merged);
      onRead(merged);
    }
    return isComplete(sent.get(found.clientId)!) ? 'complete' : 'incomplete';
  };

  const stopWatching = () => {
    watching?.disconnect();
    watching = null;
    stopEvents?.abort();
    stopEvents = null;
  };

  const rereadSoon = (ms = rereadMs) => {
    if (pending || signal.aborted) return;
    pending = true;
    options.setTimeout(() => {
      pending = false;
      if (signal.aborted) return;
      if (read() !== 'incomplete') stopWatching();
      else watchAll();
    }, ms);
  };

  /** While the view lacks a value: every change anywhere, open shadow roots included, and every click. */
  const watchAll = () => {
    if (!watching) {
      watching = new view.MutationObserver(() => {
        if (alive()) rereadSoon();
      });
      stopEvents = new AbortController();
      const events = { capture: true, signal: stopEvents.signal };
      // "Show" may change only an input's value: read again shortly after, and once more later.
      doc.addEventListener(
        'click',
        () => {
          options.setTimeout(() => rereadSoon(0), rereadMs);
          options.setTimeout(() => rereadSoon(0), 500);
        },
        events,
      );
    }
    const what = { subtree: true, childList: true, characterData: true, attributes: true };
    for (const target of [doc, ...shadowRootsIn(doc)]) watching.observe(target, what);
  };

  const check = () => {
    const state = read();
    if (state === 'incomplete') watchAll();
    else stopWatching();
  };

  // The cheap, always-on part: only what was just added or changed is looked at.
  const alive = options.alive ?? (() => !signal.aborted);
  const idle = new view.MutationObserver((records) => {
    if (watching || !alive()) return;
    const relevant = records.some((r) =>
      r.type === 'characterData' ? mentionsResult(r.target) : Array.from(r.addedNodes).some(mentionsResult),
    );
    if (relevant) check();
  });
  idle.observe(doc, { subtree: true, childList: true, characterData: true });
  signal.addEventListener(
    'abort',
    () => {
      idle.disconnect();
      stopWatching();
    },
    { once: true },
  );
  if (doc.body && mentionsResult(doc.body)) check();
  return { check };
}
