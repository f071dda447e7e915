/**
 * Secrets go only where the user can see they go, and the smaller holes a security review found.
 * Each test here failed on the code before the change it covers.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import background from '@/entrypoints/background';
import content from '@/entrypoints/content';
import wxtConfig from '@/wxt.config';
import { destinationRefusal } from '@/core/handoff/guard';
import { originMatches, originPatternProblem } from '@/core/handoff/origins';
import { handOffDestination } from '@/core/handoff/resolve';
import { TokenError, exchangeCode } from '@/core/oauth/token-client';
import { releaseRedirectAccess } from '@/core/oauth/token-target';
import { buildOutline } from '@/core/outline/build-outline';
import { loadBuiltinPresets } from '@/core/presets/builtin';
import { credentialUse } from '@/core/presets/credential-use';
import { partOf, partsOf } from '@/core/presets/parts';
import { CUSTOM_PRESETS_KEY, saveCustomPresets } from '@/core/presets/custom-store';
import { planImport } from '@/core/presets/library';
import { loadOrgPresets } from '@/core/presets/managed';
import { patternProblem } from '@/core/presets/safe-pattern';
import { parameterValueProblem } from '@/core/presets/parameter-rules';
import { validatePreset } from '@/core/presets/validate';
import { rememberApplied, rememberCapture } from '@/core/session/credentials-store';
import { credentialsFixture as creds, memoryArea, stubContextMenus } from './fixtures';

const builtins = loadBuiltinPresets().presets;
const citrixBundle = builtins.find((p) => p.id === 'citrix-microapps-webex')!;
/** The server integration of the Citrix bundle, as a single preset. */
const citrix = (() => {
  const { integrations: _parts, ...rest } = citrixBundle;
  const part = partOf(citrixBundle, 'server');
  return {
    ...rest,
    portal: part.portal,
    integration: part.integration,
    handOff: part.handOff,
    vendorNeeds: part.vendorNeeds,
  };
})();

const base = (change: (d: Record<string, unknown>) => void = () => {}) => {
  const doc: Record<string, unknown> = {
    schemaVersion: 3,
    id: 'acme',
    name: 'Acme',
    vendor: 'Acme',
    source: 'Acme guide',
    portal: 'developer.webex.com',
    parameters: [{ key: 'host', label: 'Acme host', kind: 'text', example: 'acme.example.com' }],
    integration: {
      name: 'Acme',
      description: 'Reads meetings',
      redirectUris: ['https://{host}/oauth'],
      scopes: ['spark:all'],
    },
  };
  change(doc);
  return doc;
};

describe('a hand-off that carries a secret says where it may go', () => {
  it('a Citrix-style hand-off without url or origins is rejected, with its path', () => {
    const r = validatePreset(
      base((d) => {
        d.handOff = {
          fields: [
            { labels: ['Client ID'], value: '{clientId}' },
            { labels: ['Client secret'], value: '{clientSecret}' },
          ],
        };
      }),
    );
    expect(r.ok ? [] : r.problems).toEqual([
      {
        path: 'handOff',
        message:
          'fills {clientSecret} (handOff.fields[1]) on whatever page is open: add "url" (the vendor page) or "origins" (e.g. ["https://*.vendor.com"]) to say where it may go',
      },
    ]);
  });

  it('origins: https sites and patterns with parameters; not every site under a top-level domain, not http', () => {
    const withOrigins = (origins: string[]) =>
      validatePreset(
        base((d) => {
          d.handOff = { origins, fields: [{ labels: ['Client secret'], value: '{clientSecret}' }] };
        }),
      );
    expect(withOrigins(['https://{host}', 'https://*.acme.com']).ok).toBe(true);
    const bad = withOrigins(['https://*.com', 'http://acme.com', 'acme.com']);
    expect(bad.ok ? [] : bad.problems.map((p) => p.path)).toEqual([
      'handOff.origins[0]',
      'handOff.origins[1]',
      'handOff.origins[2]',
    ]);
    expect(originPatternProblem('https://*.com')).toMatch(/matches every site under \.com/);
  });

  it('the built-in Citrix presets name Citrix Cloud and their microapp server, and no bare "Secret" label', () => {
    for (const part of partsOf(citrixBundle)) {
      expect(part.handOff?.origins).toEqual(['https://{microappServer}', 'https://*.cloud.com']);
      expect(part.handOff?.fields.flatMap((f) => f.labels)).not.toContain('Secret');
    }
  });

  it('a destination: the page the url names, a site the origins allow, or the tab itself, always named', () => {
    const values = { microappServer: 'acme.us.iwsprod.cloud.com' };
    expect(handOffDestination(citrix.handOff!, citrix.parameters, values, 'https://evil.example/x')).toEqual({
      ok: false,
      problem:
        'This preset’s hand-off fills only https://acme.us.iwsprod.cloud.com or https://*.cloud.com; this tab is on https://evil.example.',
    });
    expect(handOffDestination(citrix.handOff!, citrix.parameters, values, 'https://citrix.cloud.com/app')).toEqual({
      ok: true,
      destination: { origin: 'https://citrix.cloud.com', host: 'citrix.cloud.com' },
    });
    expect(handOffDestination(null, [], {}, undefined)).toMatchObject({ ok: false });
    expect(originMatches('https://*.cloud.com', 'https://cloud.com')).toBe(true);
    expect(originMatches('https://*.cloud.com', 'https://cloud.com.evil.example')).toBe(false);
    expect(originMatches('https://acme.com', 'https://acme.com:8443')).toBe(false);
  });

  it('the engine refuses an order for another site or path, and in a frame', () => {
    const expect_ = { origin: 'https://ap.fiji.agat.world', path: '/account/webexauth' };
    expect(
      destinationRefusal(expect_, { origin: 'https://ap.fiji.agat.world', pathname: '/account/webexauth/' }, true),
    ).toBeNull();
    expect(destinationRefusal(expect_, { origin: 'https://evil.example', pathname: '/account/webexauth' }, true)).toBe(
      'This tab is now on https://evil.example, not https://ap.fiji.agat.world as shown in the popup. Nothing was filled.',
    );
    expect(destinationRefusal(expect_, { origin: 'https://ap.fiji.agat.world', pathname: '/other' }, true)).toMatch(
      /^This tab is now on https:\/\/ap\.fiji\.agat\.world\/other/,
    );
    expect(
      destinationRefusal(expect_, { origin: 'https://ap.fiji.agat.world', pathname: '/account/webexauth' }, false),
    ).toMatch(/never a frame/);
  });
});

describe('the import preview shows what a preset does with the credentials', () => {
  it('redirect sites, the hand-off destination (outside ones marked), the secret fields, the scopes; a borrowed name', () => {
    const use = credentialUse(citrix);
    expect(use).toEqual({
      redirectSites: ['https://{microappserver}'],
      destinations: ['https://{microappServer}', 'https://*.cloud.com'],
      secretFields: ['Client secret'],
      outside: ['https://*.cloud.com'],
      scopes: ['spark:all', 'spark-admin:people_read'],
    });
    const lookalike = {
      ...citrix,
      id: 'citrix-lookalike',
      handOff: { ...citrix.handOff!, origins: ['https://*.evil.example'] },
    };
    const plan = planImport(lookalike, [], [], builtins);
    expect(plan.added[0]).toMatchObject({ nameOf: citrix.name, use: { outside: ['https://*.evil.example'] } });
  });
});

describe('a capture belongs to the fill that caused it', () => {
  it('the preset applied in a tab goes with the first integration created after it, not a second one made by hand', async () => {
    const area = memoryArea();
    await rememberApplied(area, 3, {
      presetId: 'sphereshield-webex-meetings',
      presetName: 'SphereShield',
      portal: 'developer.webex.com',
      scopes: ['spark:kms'],
      optionalScopes: [],
      redirectUris: [],
      appliedAt: 1,
    });
    expect((await rememberCapture(area, 3, creds('C1', 10), 60_000)).applied?.presetId).toBe(
      'sphereshield-webex-meetings',
    );
    // The same integration read again keeps it; another one in the same tab does not inherit it.
    expect((await rememberCapture(area, 3, creds('C1', 20), 60_000)).applied?.presetId).toBe(
      'sphereshield-webex-meetings',
    );
    expect((await rememberCapture(area, 3, creds('C2', 30), 60_000)).applied).toBeNull();
  });
});

describe('smaller holes', () => {
  it('a parameter pattern that can backtrack catastrophically is refused; input is capped before matching', () => {
    expect(patternProblem('(a+)+')).toMatch(/exponential time/);
    expect(patternProblem('(\\w+\\s?)*')).toMatch(/exponential time/);
    expect(patternProblem('(a|aa)+')).toMatch(/exponential time/);
    // Citrix's host pattern: each repetition starts with a "." nothing else in it matches.
    expect(citrix.parameters[0]!.pattern && patternProblem(citrix.parameters[0]!.pattern)).toBeNull();
    const r = validatePreset(base((d) => ((d.parameters as Array<Record<string, unknown>>)[0]!.pattern = '(a+)+')));
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toContain('parameters[0].pattern');
    const param = { key: 'host', label: 'Host', kind: 'text' as const, required: true, pattern: '[a-z.]+' };
    expect(parameterValueProblem(param, 'a'.repeat(600))).toBe('Host is 600 characters; at most 500 are accepted');
  });

  it('a preset whose id is a deeply nested array is listed with its problem; the other organisation presets load', async () => {
    let id: unknown = 'x';
    for (let i = 0; i < 100_000; i++) id = [id];
    const good = JSON.parse(JSON.stringify(citrix));
    const org = await loadOrgPresets({
      get: async () => ({
        presets: [
          { ...good, id },
          { ...good, id: 'org-citrix' },
        ],
      }),
    });
    expect(org.presets.map((p) => p.id)).toEqual(['org-citrix']);
    expect(org.broken).toMatchObject([
      { index: 0, id: '#1', problems: [{ path: 'id', message: 'must be a string, not an array' }] },
    ]);
  });

  it('token answers with absurd lifetimes are malformed, not dates that throw when shown', async () => {
    const answer = (body: object) => async () => ({
      ok: true,
      status: 200,
      headers: { get: () => null },
      text: async () => JSON.stringify(body),
    });
    const tokens = { access_token: 'a', refresh_token: 'r', refresh_token_expires_in: 7_776_000 };
    for (const expires_in of [1e300, -5, 0, Number.MAX_SAFE_INTEGER]) {
      const error = await exchangeCode(answer({ ...tokens, expires_in }), {
        clientId: 'C',
        clientSecret: 's',
        code: 'c',
        redirectUri: 'https://a.example.com',
        codeVerifier: 'v',
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TokenError);
      expect((error as TokenError).kind).toBe('malformed');
    }
  });

  it('a save or import over the storage quota says so, and changes nothing', async () => {
    const area = memoryArea();
    const set = vi.spyOn(area, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const r = await saveCustomPresets(area, [{ id: 'big', doc: { id: 'big', icon: 'x'.repeat(1000) } }]);
    expect(set).toHaveBeenCalled();
    expect(r.ok ? '' : r.problems[0]!.message).toMatch(
      /^not saved: your presets would take 0\.0 MB, more than the browser keeps for this extension \(QUOTA_BYTES quota exceeded\)/,
    );
    expect(area.data[CUSTOM_PRESETS_KEY]).toBeUndefined();
  });

  it('the redirect URI’s site asked for "Get tokens" is removed when the flow ends, unless kept or granted before', async () => {
    const remove = vi.fn(async () => true);
    const api = { contains: async () => false, remove };
    const uri = 'https://oauth.pstmn.io/v1/callback';
    await releaseRedirectAccess(api, uri, { hadBefore: false, keep: false });
    expect(remove).toHaveBeenCalledWith({ origins: ['https://oauth.pstmn.io/*'] });
    remove.mockClear();
    await releaseRedirectAccess(api, uri, { hadBefore: false, keep: true });
    await releaseRedirectAccess(api, uri, { hadBefore: true, keep: false });
    expect(remove).not.toHaveBeenCalled();
  });

  it('the manifest declares webexapis.com among the optional hosts and the Chrome version the build needs', () => {
    const manifest = (wxtConfig.manifest as (env: { browser: string }) => Record<string, unknown>)({
      browser: 'chrome',
    });
    expect(manifest.optional_host_permissions).toContain('https://webexapis.com/*');
    expect(manifest.minimum_chrome_version).toBe('111');
  });

  it('the page outline never takes the whole body, and masks the result page’s headings and URLs', () => {
    document.body.innerHTML = `<header><span>Ada Lovelace</span></header><div class="app"><h1>Webex for Developers</h1><p>Hello</p></div>`;
    const header = { version: '1', host: 'developer.webex.com', date: '2026-12-01', page: 'other' as const };
    const plain = buildOutline(document, header).html;
    expect(plain).not.toContain('Ada Lovelace');
    expect(plain).toContain('Hello');
    document.body.innerHTML = `<main><h1>Congratulations! 🎉</h1><h2>Ada’s private project</h2>
      <dl><dt>OAuth Authorization URL</dt><dd>https://webexapis.com/v1/authorize?client_id=C1&amp;redirect_uri=https%3A%2F%2Fintranet.corp.example%2Fcb</dd></dl></main>`;
    const result = buildOutline(document, { ...header, page: 'result' }).html;
    expect(result).toContain('Congratulations! 🎉');
    expect(result).not.toContain('private project');
    expect(result).not.toContain('intranet.corp.example');
    expect(result).toContain('https://example.com/…');
  });
});

describe('the content script is the extension’s, not the page’s', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.replaceChildren();
  });
  afterEach(() => fakeBrowser.reset());

  it('keeps capturing when the page dispatches WXT’s "content-script-started" event with our id', async () => {
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (m: unknown) => {
      sent.push(m);
      return true;
    });
    const ctx = new ContentScriptContext('content');
    await content.main(ctx);
    // What a page can do: forge the event WXT listens for (its name holds our public extension id).
    document.dispatchEvent(
      new CustomEvent(
        (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE,
        {
          detail: { contentScriptName: 'content', messageId: 'forged' },
        },
      ),
    );
    expect(ctx.isInvalid).toBe(true);
    const clientId = `C${'ab'.repeat(32)}`;
    document.body.innerHTML = `<h1>Congratulations! 🎉</h1><dl><dt>Client ID</dt><dd>${clientId}</dd></dl>`;
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ type: 'webex-helper/captured', credentials: { clientId } });
  });

  it('marks the page only in test builds (no data-webex-helper for users)', async () => {
    vi.stubEnv('WXT_E2E', '');
    const ctx = new ContentScriptContext('content');
    document.documentElement.removeAttribute('data-webex-helper');
    await content.main(ctx);
    expect(document.documentElement.hasAttribute('data-webex-helper')).toBe(false);
    vi.unstubAllEnvs();
  });
});

describe('the clipboard status tells the truth', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    stubContextMenus(fakeBrowser.contextMenus, fakeBrowser.commands);
  });

  const copied = (label: string) => ({ type: 'webex-helper/clipboard-copied', label, sha256: 'ab'.repeat(32) });
  const sender = () =>
    ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') }) as unknown as Parameters<
      typeof fakeBrowser.runtime.onMessage.trigger
    >[1];

  it('"pending" only once the clear is really scheduled', async () => {
    // Chrome's offscreen document cannot be created: the clear cannot be scheduled.
    const g = globalThis as { chrome?: unknown };
    const before = g.chrome;
    g.chrome = { offscreen: { createDocument: async () => Promise.reject(new Error('no offscreen here')) } };
    try {
      background.main();
      const answers = await fakeBrowser.runtime.onMessage.trigger(copied('Client Secret'), sender()).catch((e) => e);
      expect(answers).toBeInstanceOf(Error);
      expect((await fakeBrowser.storage.session.get('clipboard')).clipboard).toBeUndefined();
    } finally {
      g.chrome = before;
    }
  });

  it('a copy with clearing off cancels the clear an earlier copy scheduled', async () => {
    vi.useFakeTimers();
    try {
      background.main();
      // happy-dom has no execCommand: the clear's first move is a paste, to read the clipboard.
      const paste = vi.fn(() => false);
      Object.assign(document, { execCommand: paste });
      await fakeBrowser.runtime.onMessage.trigger(copied('Client Secret'), sender());
      await fakeBrowser.storage.local.set({ settings: { clipboardClearSeconds: 0, forgetAfterMinutes: 60 } });
      await fakeBrowser.runtime.onMessage.trigger(copied('Client ID'), sender());
      await vi.advanceTimersByTimeAsync(60_000);
      expect(paste).not.toHaveBeenCalled();
      expect((await fakeBrowser.storage.session.get('clipboard')).clipboard).toMatchObject({
        label: 'Client ID',
        outcome: 'off',
      });
    } finally {
      vi.useRealTimers();
    }
  });
});
