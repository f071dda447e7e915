/**
 * The consent step of "Get tokens": open Webex's authorize URL in a tab, watch that one tab until
 * it reaches the registered redirect URI, take `code` and `state` from that URL, close the tab.
 * Every way it can end is a ConsentError with a sentence for the user: denied, a state mismatch,
 * the tab closed, five minutes without an answer, Webex refusing the request itself, or a cancel.
 * Listeners and the timer live exactly as long as the wait.
 */
import { WEBEX_API } from '../portal/knowledge';
import { readRedirect } from './redirect';

export type ConsentErrorKind = 'denied' | 'state' | 'closed' | 'timeout' | 'not-accepted' | 'webex' | 'cancelled';

export class ConsentError extends Error {
  constructor(
    readonly kind: ConsentErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'ConsentError';
  }
}

interface EventLike<F> {
  addListener(listener: F): void;
  removeListener(listener: F): void;
}

type UpdatedListener = (tabId: number, change: { url?: string; status?: string }, tab: { url?: string }) => void;

/** The part of `browser.tabs` the wait uses. */
export interface TabsLike {
  create(props: { url: string; active?: boolean }): Promise<{ id?: number }>;
  remove(tabId: number): Promise<void>;
  onUpdated: EventLike<UpdatedListener>;
  onRemoved: EventLike<(tabId: number) => void>;
}

export interface Expected {
  redirectUri: string;
  state: string;
}

const minutes = (ms: number) => Math.round(ms / 60_000);

/** What the redirect URL says, as the code or a ConsentError. */
export function outcomeOf(url: string, expected: Expected): string | ConsentError | null {
  const outcome = readRedirect(url, expected);
  if (!outcome) return null;
  if (outcome.kind === 'code') return outcome.code;
  const kind = outcome.error === 'access_denied' ? 'denied' : outcome.error === 'state_mismatch' ? 'state' : 'webex';
  return new ConsentError(kind, outcome.message);
}

/** True on the authorize endpoint itself: Webex redirects from it on success, so a page that stays there is its error page. */
function isAuthorizeEndpoint(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname.replace(/\/+$/, '')}` === WEBEX_API.authorize;
  } catch {
    return false;
  }
}

export function waitForConsentInTab(
  tabs: TabsLike,
  authorizeUrl: string,
  expected: Expected,
  options: { timeoutMs: number; signal?: AbortSignal },
): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let tabId: number | undefined;
    let done = false;
    /** Events that arrive before tabs.create has told us the id. */
    const early: Array<() => void> = [];

    const finish = (result: string | ConsentError, closeTab: boolean) => {
      if (done) return;
      done = true;
      tabs.onUpdated.removeListener(onUpdated);
      tabs.onRemoved.removeListener(onRemoved);
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (closeTab && tabId !== undefined) void tabs.remove(tabId).catch(() => undefined);
      if (typeof result === 'string') resolve(result);
      else reject(result);
    };

    const onUpdated: UpdatedListener = (id, change, tab) => {
      if (tabId === undefined) {
        early.push(() => onUpdated(id, change, tab));
        return;
      }
      if (id !== tabId || done) return;
      const url = change.url ?? (change.status === 'complete' ? tab.url : undefined);
      if (url) {
        const outcome = outcomeOf(url, expected);
        if (outcome !== null) {
          finish(outcome, true);
          return;
        }
      }
      if (change.status === 'complete' && isAuthorizeEndpoint(tab.url)) {
        // Left open: Webex's own page says exactly what it refused.
        finish(
          new ConsentError(
            'not-accepted',
            `Webex did not accept the request and showed its own error page (left open in the tab). The usual cause is a redirect URI that is not registered on the integration: ${expected.redirectUri}. Check “Redirect URI(s)” on the integration’s page, or choose another one.`,
          ),
          false,
        );
      }
    };
    const onRemoved = (id: number) => {
      if (tabId === undefined) {
        early.push(() => onRemoved(id));
        return;
      }
      if (id === tabId)
        finish(
          new ConsentError('closed', 'The Webex sign-in tab was closed before it finished; nothing was stored.'),
          false,
        );
    };
    const onAbort = () => finish(new ConsentError('cancelled', 'Cancelled; nothing was stored.'), true);
    const timer = setTimeout(
      () =>
        finish(
          new ConsentError(
            'timeout',
            `No answer from the Webex sign-in tab after ${minutes(options.timeoutMs)} minutes; it was closed and nothing was stored. Start again when you are ready to sign in.`,
          ),
          true,
        ),
      options.timeoutMs,
    );

    if (options.signal?.aborted) {
      onAbort();
      return;
    }
    options.signal?.addEventListener('abort', onAbort, { once: true });
    tabs.onUpdated.addListener(onUpdated);
    tabs.onRemoved.addListener(onRemoved);
    tabs.create({ url: authorizeUrl, active: true }).then(
      (tab) => {
        if (tab.id === undefined) {
          finish(new ConsentError('closed', 'The browser did not open the Webex sign-in tab.'), false);
          return;
        }
        tabId = tab.id;
        if (done) void tabs.remove(tab.id).catch(() => undefined);
        for (const replay of early.splice(0)) replay();
      },
      (error: unknown) =>
        finish(
          new ConsentError(
            'closed',
            `Could not open the Webex sign-in tab (${error instanceof Error ? error.message : String(error)}).`,
          ),
          false,
        ),
    );
  });
}
