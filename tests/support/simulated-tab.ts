/**
 * `browser.tabs` as the token flow sees it, driven by the fake Webex server: a created tab
 * follows the server's redirects and reports each URL as Chrome does (`url` while loading, then
 * `status: complete`). The test plays the user: accept, decline, or close the tab.
 */
import type { TabsLike } from '../../core/oauth/consent-tab';
import type { FetchLike } from '../../core/oauth/token-client';
import type { FakeWebex } from './fake-webex';

type Updated = Parameters<TabsLike['onUpdated']['addListener']>[0];

function event<F extends (...args: never[]) => void>() {
  const listeners = new Set<F>();
  return {
    addListener: (f: F) => void listeners.add(f),
    removeListener: (f: F) => void listeners.delete(f),
    emit: (...args: Parameters<F>) => {
      for (const f of [...listeners]) f(...args);
    },
    get size() {
      return listeners.size;
    },
  };
}

export class SimulatedTabs implements TabsLike {
  readonly onUpdated = event<Updated>();
  readonly onRemoved = event<(tabId: number) => void>();
  readonly open = new Map<number, string>();
  readonly removed: number[] = [];
  private next = 1;
  /** What the test does once the consent page shows (default: nothing, the user walks away). */
  onConsentPage: (tabId: number) => void = () => undefined;

  constructor(private readonly server: FakeWebex) {}

  async create({ url }: { url: string }): Promise<{ id: number }> {
    const id = this.next++;
    this.open.set(id, 'about:blank');
    // The navigation starts after create() has answered, as in the browser.
    queueMicrotask(() => this.navigate(id, url));
    return { id };
  }

  async remove(tabId: number): Promise<void> {
    if (!this.open.delete(tabId)) throw new Error(`No tab with id: ${tabId}.`);
    this.removed.push(tabId);
    this.onRemoved.emit(tabId);
  }

  /** The user clicks Accept or Decline on the consent page. */
  decide(tabId: number, decision: 'accept' | 'decline') {
    const at = new URL(this.open.get(tabId)!);
    at.searchParams.set('decision', decision);
    this.navigate(tabId, at.toString());
  }

  navigate(tabId: number, url: string) {
    let current = url;
    for (let hops = 0; hops < 10 && this.open.has(tabId); hops++) {
      this.open.set(tabId, current);
      this.onUpdated.emit(tabId, { status: 'loading', url: current }, { url: current });
      if (!this.open.has(tabId)) return; // closed by a listener
      const known = /^https:\/\/(webexapis\.com|idbroker\.webex\.com)\//.test(current);
      if (!known) break; // the redirect URI's own site: nothing to follow
      const r = this.server.handle('GET', current, '', {});
      if (r.status === 302) {
        current = new URL(r.headers.location!, current).toString();
        continue;
      }
      break;
    }
    if (!this.open.has(tabId)) return;
    this.onUpdated.emit(tabId, { status: 'complete' }, { url: current });
    if (current.includes('/consent?') && !current.includes('decision=')) this.onConsentPage(tabId);
  }
}

/** `fetch` answered by the fake server. */
export function fakeFetch(
  server: FakeWebex,
): FetchLike & ((url: string, init: { headers: Record<string, string> }) => ReturnType<FetchLike>) {
  return async (url: string, init: { method?: string; headers: Record<string, string>; body?: string }) => {
    const r = server.handle(init.method ?? 'GET', url, init.body ?? '', init.headers);
    return {
      ok: r.status >= 200 && r.status < 300,
      status: r.status,
      headers: { get: (name: string) => r.headers[name.toLowerCase()] ?? null },
      text: async () => r.body,
    };
  };
}
