/**
 * Never lost: the portal shows the Client Secret once, so a capture is stored before anything
 * else is read or awaited, handed on again until the background says it has it, and read again
 * while the result view is still filling in (values after the heading, a secret revealed later).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { stubContextMenus } from './fixtures';
import background from '@/entrypoints/background';
import { deliverUntilAcked } from '@/core/capture/deliver';
import { watchResult } from '@/core/capture/watch-result';
import type { ResultCredentials } from '@/core/capture/read-credentials';
import type { CaptureRecord } from '@/core/session/credentials-store';
import { extensionLifetime } from '@/core/tabs/lifetime';
import { GUIDE_MENU_ID, takeGuideInbox } from '@/core/guide/inbox';

const CLIENT_ID = `C${'a'.repeat(64)}`;
const SECRET = 'b'.repeat(64);
const INTEGRATION_ID = btoa(`ciscospark://us/APPLICATION/${CLIENT_ID}`).replace(/=+$/, '');
const OAUTH = `https://webexapis.com/v1/authorize?client_id=${CLIENT_ID}&response_type=code&scope=spark%3Akms`;

describe('the background stores a capture first', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    stubContextMenus(fakeBrowser.contextMenus, fakeBrowser.commands);
  });
  afterEach(() => vi.restoreAllMocks());

  it('even when the policy read (storage.managed) never answers', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(() => new Promise(() => {}));
    background.main();
    await expectStored(message, sender);
  });

  it('even when the browser refuses to make the guide menu', async () => {
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockImplementation(() => {
      throw new Error('contextMenus is not available here');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    background.main();
    await expectStored(message, sender);
  });

  const sender = {
    id: fakeBrowser.runtime.id,
    url: 'https://developer.webex.com/my-apps/new/integration',
    tab: { id: 4 },
  } as unknown as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
  const message = {
    type: 'webex-helper/captured',
    credentials: {
      integrationName: 'App',
      clientId: CLIENT_ID,
      clientSecret: SECRET,
      integrationId: null,
      oauthUrl: null,
      portal: 'developer.webex.com',
      capturedAt: Date.now(),
    },
  };
  async function expectStored(msg: typeof message, from: typeof sender) {
    const answers = await Promise.race([
      fakeBrowser.runtime.onMessage.trigger(msg, from),
      new Promise((resolve) => setTimeout(() => resolve('no answer within 1 s'), 1_000)),
    ]);
    expect(answers).toContain(true);
    const { captures } = (await fakeBrowser.storage.session.get('captures')) as { captures: CaptureRecord[] };
    expect(captures.map((c) => c.credentials.clientSecret)).toEqual([SECRET]);
  }
});

describe('the guide menu', () => {
  it('is made at start, and a click keeps the selection in the session and opens the review', async () => {
    fakeBrowser.reset();
    const menus = stubContextMenus(fakeBrowser.contextMenus, fakeBrowser.commands);
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    background.main();
    await vi.waitFor(() => expect(menus.created).toHaveLength(1));
    expect(menus.created[0]).toMatchObject({ id: GUIDE_MENU_ID, contexts: ['selection'] });
    const info = {
      menuItemId: GUIDE_MENU_ID,
      selectionText: 'Scopes: spark:all',
      pageUrl: 'https://vendor.example/guide',
    };
    menus.listeners[0]?.({ ...info, editable: false, modifiers: [] }, { title: 'Vendor guide' } as never);
    await vi.waitFor(() => expect(opened).toHaveBeenCalled());
    expect(opened.mock.calls[0]?.[0].url).toMatch(/\/options\.html#from-guide$/);
    const inbox = await takeGuideInbox(fakeBrowser.storage.session);
    expect(inbox).toMatchObject({ text: 'Scopes: spark:all', url: 'https://vendor.example/guide' });
  });
});

describe('delivery until acknowledged', () => {
  const noWait = { sleep: async () => true, current: () => true };

  it('sends again after a failure or a non-answer, and stops at the acknowledgement', async () => {
    const send = vi
      .fn<() => Promise<unknown>>()
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce(undefined)
      .mockResolvedValueOnce(true);
    expect(await deliverUntilAcked({ ...noWait, send })).toBe(true);
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('is bounded: a background that never acknowledges gets a few tries, not an endless loop', async () => {
    const send = vi.fn(async () => undefined);
    expect(await deliverUntilAcked({ ...noWait, send }, [0, 1, 2, 3])).toBe(false);
    expect(send).toHaveBeenCalledTimes(4);
  });

  it('stops when the extension goes away, or when a newer read replaces this one', async () => {
    const send = vi.fn(async () => undefined);
    let calls = 0;
    expect(await deliverUntilAcked({ send, sleep: async () => ++calls < 2, current: () => true }, [0, 1, 1, 1])).toBe(
      false,
    );
    expect(send).toHaveBeenCalledTimes(2);
    const superseded = vi.fn(async () => undefined);
    expect(await deliverUntilAcked({ ...noWait, send: superseded, current: () => false })).toBe(false);
    expect(superseded).not.toHaveBeenCalled();
  });

  it('ends with the lifetime: its timers never fire after the extension is gone', async () => {
    const runtime: { id?: string } = { id: 'ext' };
    const life = extensionLifetime(runtime);
    const fired = vi.fn();
    life.setTimeout(fired, 5);
    runtime.id = undefined;
    expect(life.alive()).toBe(false);
    expect(await life.sleep(5)).toBe(false);
    await new Promise((r) => setTimeout(r, 20));
    expect(fired).not.toHaveBeenCalled();
  });
});

describe('the result view is read again until every value is there', () => {
  let stop: AbortController;
  const reads: ResultCredentials[] = [];
  const watch = () =>
    watchResult(document, (c) => reads.push(c), {
      signal: stop.signal,
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      rereadMs: 5,
    });
  const until = (n: number) => vi.waitFor(() => expect(reads.length).toBeGreaterThanOrEqual(n), { timeout: 2_000 });

  beforeEach(() => {
    stop = new AbortController();
    reads.length = 0;
    document.body.replaceChildren();
  });
  afterEach(() => stop.abort());

  const row = (label: string, value: string) => {
    const div = document.createElement('div');
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.textContent = value;
    div.append(dt, dd);
    return div;
  };

  it('values loaded after the heading are captured', async () => {
    watch();
    const h1 = document.createElement('h1');
    h1.textContent = 'Congratulations! 🎉';
    const dl = document.createElement('dl');
    document.body.append(h1, dl);
    await new Promise((r) => setTimeout(r, 30));
    expect(reads).toEqual([]);
    dl.append(row('Client ID', CLIENT_ID), row('Client Secret', SECRET));
    dl.append(row('OAuth Authorization URL', OAUTH), row('Integration ID', INTEGRATION_ID));
    await until(1);
    expect(reads.at(-1)).toMatchObject({ clientId: CLIENT_ID, clientSecret: SECRET, integrationId: INTEGRATION_ID });
  });

  it('a secret revealed with "Show" after the first read is handed on too', async () => {
    const h1 = document.createElement('h1');
    h1.textContent = 'Congratulations! 🎉';
    const secretRow = row('Client Secret', '••••••••••••');
    const input = document.createElement('input');
    input.readOnly = true;
    input.setAttribute('aria-label', 'Client Secret');
    input.type = 'password';
    document.body.append(h1, row('Client ID', CLIENT_ID), secretRow);
    watch();
    await until(1);
    expect(reads[0]!.clientSecret).toBeNull();
    // "Show": the masked text is replaced by the value.
    secretRow.querySelector('dd')!.textContent = SECRET;
    await until(2);
    expect(reads.at(-1)!.clientSecret).toBe(SECRET);
  });

  it('a value that changes only an input (no DOM change) is read after the click that revealed it', async () => {
    const h1 = document.createElement('h1');
    h1.textContent = 'Congratulations! 🎉';
    const label = document.createElement('label');
    label.textContent = 'Client Secret';
    const input = document.createElement('input');
    input.readOnly = true;
    label.append(input);
    const show = document.createElement('button');
    show.textContent = 'Show';
    show.addEventListener('click', () => (input.value = SECRET));
    document.body.append(h1, row('Client ID', CLIENT_ID), label, show);
    watch();
    await until(1);
    show.click();
    await until(2);
    expect(reads.at(-1)!.clientSecret).toBe(SECRET);
  });
});
