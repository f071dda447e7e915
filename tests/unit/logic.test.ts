import { describe, expect, it } from 'vitest';
import { clearIfUnchanged, sha256Hex } from '@/core/clipboard/clear-if-unchanged';
import { integrationIdFor, readCredentials } from '@/core/capture/read-credentials';
import { isContentRequest } from '@/core/messages';
import { scopeDrift, scopesInAuthorizeUrl, withRandomState } from '@/core/oauth/authorize-url';
import { normalizeSettings } from '@/core/settings';
import { FILL_ENGINE_FILE, injectFillEngine } from '@/core/tabs/inject-fill-engine';
import { pickPortalTab } from '@/core/tabs/pick-portal-tab';
import { fillRequestFixture } from './fixtures';

describe('pickPortalTab', () => {
  const tabs = [
    { id: 1, url: 'https://developer.webex.com/my-apps', active: false, windowId: 1, lastAccessed: 5 },
    { id: 2, url: 'https://developer.webex-cx.com/my-apps', active: false, windowId: 1, lastAccessed: 9 },
    { id: 3, url: 'https://example.com/', active: true, windowId: 1, lastAccessed: 10 },
  ];
  it('prefers the active tab when it is a portal page', () => {
    expect(
      pickPortalTab(
        [...tabs, { id: 4, url: 'https://developer.webex.com/x', active: true, windowId: 1, lastAccessed: 1 }],
        1,
      )?.id,
    ).toBe(4);
  });
  it('else takes the most recently used portal tab', () => {
    expect(pickPortalTab(tabs, 1)?.id).toBe(2);
  });
  it('ignores look-alike hosts and plain http', () => {
    expect(
      pickPortalTab([
        { id: 5, url: 'https://developer.webex.com.evil.example/' },
        { id: 6, url: 'http://developer.webex.com/' },
      ]),
    ).toBeNull();
  });
});

describe('OAuth URL', () => {
  const url =
    'https://webexapis.com/v1/authorize?client_id=C1&response_type=code&redirect_uri=https%3A%2F%2Fa.example.com&scope=spark%3Akms%20spark%3Aall&state=set_state_here';
  it('parses scopes in any order', () => {
    expect(scopesInAuthorizeUrl(url)).toEqual(['spark:kms', 'spark:all']);
  });
  it('reports drift, ignoring portal-fixed scopes', () => {
    expect(
      scopeDrift(['spark:all', 'meeting:schedules_read'], [], ['spark:kms', 'spark:all', 'x:y'], ['spark:kms']),
    ).toEqual({
      missing: ['meeting:schedules_read'],
      extra: ['x:y'],
    });
  });
  it('replaces set_state_here with a random state and keeps %20', () => {
    const out = withRandomState(url, (n) => new Uint8Array(n).fill(171));
    expect(out).toContain(`state=${'ab'.repeat(16)}`);
    expect(out).toContain('scope=spark%3Akms%20spark%3Aall');
  });
});

describe('clearIfUnchanged', () => {
  it('clears only when the clipboard still holds what was copied', async () => {
    let clip = 'secret';
    const io = { read: () => clip, write: (t: string) => ((clip = t), true) };
    const hash = await sha256Hex('secret');
    clip = 'something else';
    expect(await clearIfUnchanged(io, hash)).toBe('changed');
    expect(clip).toBe('something else');
    clip = 'secret';
    expect(await clearIfUnchanged(io, hash)).toBe('cleared');
    expect(clip).toBe('');
    expect(await clearIfUnchanged({ read: () => null, write: () => true }, hash)).toBe('unreadable');
  });
});

describe('settings', () => {
  it('falls back to defaults for anything not allowed', () => {
    expect(normalizeSettings({ clipboardClearSeconds: 7, forgetAfterMinutes: 60 })).toEqual({
      clipboardClearSeconds: 30,
      forgetAfterMinutes: 60,
    });
    expect(normalizeSettings(null)).toEqual({ clipboardClearSeconds: 30, forgetAfterMinutes: 60 });
    expect(normalizeSettings({ clipboardClearSeconds: 0, forgetAfterMinutes: 5 })).toEqual({
      clipboardClearSeconds: 0,
      forgetAfterMinutes: 5,
    });
  });
});

describe('content-script message guard', () => {
  it('accepts the popup’s requests and nothing else', () => {
    expect(isContentRequest({ type: 'webex-helper/ping' })).toBe(true);
    expect(isContentRequest({ type: 'webex-helper/fill', request: fillRequestFixture() })).toBe(true);
    expect(isContentRequest({ type: 'webex-helper/fill', request: { ...fillRequestFixture(), exact: 'yes' } })).toBe(
      false,
    );
    expect(isContentRequest({ type: 'webex-helper/fill', request: { presetId: 'x' } })).toBe(false);
    expect(isContentRequest('webex-helper/ping')).toBe(false);
    expect(isContentRequest(null)).toBe(false);
  });
});

describe('readCredentials', () => {
  it('reads each value by its label, not the Copy button beside it', () => {
    const clientId = `C${'0123456789abcdef'.repeat(4)}`;
    const secret = 'fedcba9876543210'.repeat(4);
    const integrationId = integrationIdFor(clientId);
    document.body.innerHTML = `<h1>Congratulations! 🎉</h1><h2>My App</h2><dl>
      <div><dt>Client ID</dt><dd><code>${clientId}</code><button>Copy</button></dd></div>
      <div><dt>Client Secret</dt><dd><code>${secret}</code><button>Copy</button></dd></div>
      <div><dt>OAuth URL</dt><dd><code>https://webexapis.com/v1/authorize?client_id=${clientId}&amp;scope=spark%3Aall</code><button>Copy</button></dd></div>
      <div><dt>Integration ID</dt><dd><code>${integrationId}</code><button>Copy</button></dd></div></dl>`;
    expect(readCredentials(document)).toEqual({
      integrationName: 'My App',
      clientId,
      clientSecret: secret,
      integrationId,
      oauthUrl: `https://webexapis.com/v1/authorize?client_id=${clientId}&scope=spark%3Aall`,
    });
    expect(Buffer.from(integrationId, 'base64').toString()).toBe(`ciscospark://us/APPLICATION/${clientId}`);
  });

  it('returns null on any other page', () => {
    document.body.innerHTML = '<h1>New Integration</h1><dt>Client ID</dt><dd>C123</dd>';
    expect(readCredentials(document)).toBeNull();
  });
});

describe('scope catalog', () => {
  it('is the sourced catalog (docs/data/webex-scopes.json) without its source notes', async () => {
    const { readFileSync } = await import('node:fs');
    const full = JSON.parse(readFileSync('docs/data/webex-scopes.json', 'utf8')) as Array<Record<string, string>>;
    const lean = JSON.parse(readFileSync('core/catalog/webex-scopes.json', 'utf8'));
    expect(lean).toEqual(full.map(({ scope, description, portal }) => ({ scope, description, portal })));
    expect(full.every((e) => e.source)).toBe(true);
  });
});

describe('injectFillEngine', () => {
  it('uses scripting.executeScript where it exists (Chrome), tabs.executeScript otherwise (Firefox MV2)', async () => {
    const calls: unknown[] = [];
    await injectFillEngine({ scripting: { executeScript: async (i) => calls.push(['scripting', i]) }, tabs: {} }, 7);
    await injectFillEngine({ tabs: { executeScript: async (id, d) => calls.push(['tabs', id, d]) } }, 8);
    expect(calls).toEqual([
      ['scripting', { target: { tabId: 7 }, files: [FILL_ENGINE_FILE] }],
      ['tabs', 8, { file: FILL_ENGINE_FILE }],
    ]);
    await expect(injectFillEngine({ tabs: {} }, 9)).rejects.toThrow('this browser cannot inject a script');
  });
});
