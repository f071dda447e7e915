/** What "Get tokens" starts from, what it asks permission for, what it hands the vendor, and where it keeps it. */
import { describe, expect, it } from 'vitest';
import { looksLikeBrowserRedirect, otherBrowserProblem } from '@/core/oauth/browser-redirect';
import { assembleHandOver, handOverEnv, handOverJson, handOverText, type HandOverSource } from '@/core/oauth/hand-over';
import type { Tokens } from '@/core/oauth/token-client';
import { registeredRedirectUris, tokenPermissions, tokenTarget } from '@/core/oauth/token-target';
import { loadBuiltinPresets } from '@/core/presets/builtin';
import { SCHEMA_VERSION } from '@/core/presets/schema';
import { partOf } from '@/core/presets/parts';
import { validatePreset } from '@/core/presets/validate';
import {
  type CaptureRecord,
  forgetCaptures,
  forgetTokens,
  listCaptures,
  rememberCapture,
  updateCapture,
} from '@/core/session/credentials-store';
import { memoryArea } from './fixtures';

const OAUTH_URL =
  'https://webexapis.com/v1/authorize?client_id=Cabc&response_type=code&redirect_uri=https%3A%2F%2Foauth.pstmn.io%2Fv1%2Fcallback&scope=spark-admin%3Apeople_read%20spark%3Akms&state=set_state_here';

const record = (
  over: Partial<CaptureRecord['credentials']> = {},
  applied: CaptureRecord['applied'] = null,
): CaptureRecord => ({
  credentials: {
    integrationName: 'CCBI for Webex',
    clientId: 'Cabc',
    clientSecret: 's3cr3t',
    integrationId: 'Y2lzY29zcGFyazovL3VzL0FQUExJQ0FUSU9OLzEyMw',
    oauthUrl: OAUTH_URL,
    portal: 'developer.webex.com',
    capturedAt: 1000,
    ...over,
  },
  applied,
  tabId: 1,
  expiresAt: 10_000_000,
});

const tokens: Tokens = {
  accessToken: 'ACCESS_P0A1_uuid',
  refreshToken: 'REFRESH_P0A1_uuid',
  accessExpiresAt: Date.UTC(2026, 11, 7, 19, 0),
  refreshExpiresAt: Date.UTC(2027, 1, 21, 19, 0),
  obtainedAt: Date.UTC(2026, 10, 23, 19, 0),
};

describe('tokenTarget: what the flow starts from', () => {
  it('takes the redirect URI from the OAuth URL first, then the preset’s, without duplicates or unusable ones', () => {
    const r = record(
      {},
      {
        presetId: 'p',
        presetName: 'P',
        portal: 'developer.webex.com',
        scopes: ['spark-admin:people_read'],
        optionalScopes: [],
        redirectUris: ['https://oauth.pstmn.io/v1/callback', 'https://vendor.example.com/cb', 'ftp://x'],
        appliedAt: 1,
      },
    );
    expect(registeredRedirectUris(r)).toEqual(['https://oauth.pstmn.io/v1/callback', 'https://vendor.example.com/cb']);
    expect(tokenTarget(r)).toMatchObject({ ok: true, scopes: ['spark-admin:people_read', 'spark:kms'] });
  });

  it('says why it cannot start: no secret, no redirect URI, no scopes', () => {
    expect(tokenTarget(record({ clientSecret: null }))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('shows it only once'),
    });
    expect(tokenTarget(record({ oauthUrl: null }))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('No redirect URI'),
    });
  });

  it('asks for webexapis.com and the redirect URI’s host only; identity for the browser’s own URI', () => {
    expect(tokenPermissions('https://oauth.pstmn.io/v1/callback')).toEqual({
      origins: ['https://webexapis.com/*', 'https://oauth.pstmn.io/*'],
      permissions: [],
    });
    expect(tokenPermissions('http://localhost:8080/cb').origins).toEqual([
      'https://webexapis.com/*',
      'http://localhost/*',
    ]);
    expect(tokenPermissions('https://abc.chromiumapp.org/')).toEqual({
      origins: ['https://webexapis.com/*'],
      permissions: ['identity'],
    });
  });

  it('recognises a browser redirect URI, and one belonging to another browser', () => {
    expect(looksLikeBrowserRedirect('https://abc.chromiumapp.org/')).toBe(true);
    expect(looksLikeBrowserRedirect('https://0123abcd.extensions.allizom.org/')).toBe(true);
    expect(looksLikeBrowserRedirect('https://chromiumapp.org.evil.example/')).toBe(false);
    expect(otherBrowserProblem('https://abc.chromiumapp.org/', 'https://abc.chromiumapp.org/')).toBeNull();
    expect(otherBrowserProblem('https://abc.chromiumapp.org/', 'https://def.chromiumapp.org/')).toContain(
      'this browser’s is https://def.chromiumapp.org/',
    );
  });
});

describe('Copy for the vendor', () => {
  const source: HandOverSource = {
    integrationName: 'CCBI for Webex',
    clientId: 'Cabc',
    clientSecret: 's3cr3t',
    integrationId: null,
    oauthUrl: OAUTH_URL,
    redirectUri: 'https://oauth.pstmn.io/v1/callback',
    scopes: ['spark:kms'],
    orgId: 'a5f91689-712e-402d-aa9f-0e4101389783',
    tokens,
  };
  const ccbi = partOf(
    loadBuiltinPresets().presets.find((p) => p.id === 'bs-ccbi')!,
    'calling',
  );

  it('assembles exactly what the CCBI preset lists, as labelled text with expiry dates', () => {
    expect(ccbi.vendorNeeds).toEqual([
      'integrationName',
      'clientId',
      'clientSecret',
      'orgId',
      'accessToken',
      'refreshToken',
    ]);
    const h = assembleHandOver(ccbi.vendorNeeds!, source);
    expect(h.missing).toEqual([]);
    expect(handOverText(h)).toBe(
      [
        'Integration name: CCBI for Webex',
        'Client ID: Cabc',
        'Client Secret: s3cr3t',
        'Organization ID: a5f91689-712e-402d-aa9f-0e4101389783',
        'Access token: ACCESS_P0A1_uuid',
        'Access token expires: 2026-12-07T19:00:00.000Z (2026-12-07 19:00 UTC)',
        'Refresh token: REFRESH_P0A1_uuid',
        'Refresh token expires: 2027-02-21T19:00:00.000Z (2027-02-21 19:00 UTC)',
      ].join('\n'),
    );
    expect(JSON.parse(handOverJson(h))).toEqual({
      integrationName: 'CCBI for Webex',
      clientId: 'Cabc',
      clientSecret: 's3cr3t',
      orgId: 'a5f91689-712e-402d-aa9f-0e4101389783',
      accessToken: 'ACCESS_P0A1_uuid',
      accessTokenExpiresAt: '2026-12-07T19:00:00.000Z',
      refreshToken: 'REFRESH_P0A1_uuid',
      refreshTokenExpiresAt: '2027-02-21T19:00:00.000Z',
    });
    expect(handOverEnv(h).split('\n')[0]).toBe('WEBEX_INTEGRATION_NAME="CCBI for Webex"');
    expect(handOverEnv(h)).toContain('\nWEBEX_REFRESH_TOKEN=REFRESH_P0A1_uuid\n');
  });

  it('names what is missing and how to get it', () => {
    const h = assembleHandOver(ccbi.vendorNeeds!, { ...source, orgId: null, tokens: null });
    expect(h.missing.map((m) => `${m.label}: ${m.how}`)).toEqual([
      'Organization ID: click “Test access”',
      'Access token: click “Get tokens”',
      'Refresh token: click “Get tokens”',
    ]);
    expect(h.fields.map((f) => f.label)).toEqual(['Integration name', 'Client ID', 'Client Secret']);
  });
});

describe('preset schemaVersion 2 (vendorNeeds)', () => {
  const v1 = {
    schemaVersion: 1,
    id: 'old-one',
    name: 'Old',
    vendor: 'V',
    source: 'S',
    portal: 'developer.webex.com',
    integration: { name: 'N', description: 'D', redirectUris: ['https://x.example.com/cb'], scopes: ['spark:kms'] },
  };

  it('migrates a version-1 document to the current version, unchanged otherwise', () => {
    const r = validatePreset(v1);
    expect(r.ok && r.value.schemaVersion).toBe(SCHEMA_VERSION);
    expect(r.ok && r.value.vendorNeeds).toBeUndefined();
  });

  it('rejects an unknown hand-over item with its path', () => {
    const r = validatePreset({ ...v1, schemaVersion: 2, vendorNeeds: ['clientId', 'password'] });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]!.path).toBe('vendorNeeds[1]');
  });
});

describe('tokens live with the credentials in storage.session', () => {
  const creds = record().credentials;

  it('are added to a live capture only, and dropped with it', async () => {
    const area = memoryArea();
    expect(await updateCapture(area, 'Cabc', { tokens }, 2000)).toBe(false); // nothing captured: nothing stored
    expect(area.data).toEqual({});
    await rememberCapture(area, 1, creds, 60_000);
    expect(await updateCapture(area, 'Cabc', { tokens }, 2000)).toBe(true);
    expect((await listCaptures(area, 2000))[0]!.tokens).toEqual(tokens);
    await forgetCaptures(area);
    expect(JSON.stringify(area.data)).not.toContain('ACCESS_P0A1');
  });

  it('survive the same integration being captured again (the secret too), and can be forgotten alone', async () => {
    const area = memoryArea();
    await rememberCapture(area, 1, creds, 60_000);
    await updateCapture(area, 'Cabc', { tokens, org: { displayName: 'A', orgId: 'x', orgUuid: null } }, 2000);
    await rememberCapture(area, 1, { ...creds, clientSecret: null, capturedAt: 3000 }, 60_000);
    const [again] = await listCaptures(area, 3000);
    expect(again!.tokens).toEqual(tokens);
    expect(again!.credentials.clientSecret).toBe('s3cr3t');
    await forgetTokens(area, 'Cabc', 3000);
    const [after] = await listCaptures(area, 3000);
    expect(after!.tokens).toBeUndefined();
    expect(after!.org).toBeUndefined();
    expect(after!.credentials.clientSecret).toBe('s3cr3t');
  });

  it('expire with their capture', async () => {
    const area = memoryArea();
    await rememberCapture(area, 1, creds, 60_000);
    await updateCapture(area, 'Cabc', { tokens }, 2000);
    expect(await listCaptures(area, 61_001)).toEqual([]);
    expect(JSON.stringify(area.data)).not.toContain('ACCESS_P0A1');
  });
});
