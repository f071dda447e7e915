/**
 * The OAuth logic behind "Get tokens" (issue: access and refresh tokens without Postman): PKCE,
 * the authorization URL, reading the redirect, the token endpoint's answers and errors, the
 * Organization ID, expiry wording and the calendar reminders. Shapes from docs/portal.md §4.
 */
import { describe, expect, it } from 'vitest';
import { buildAuthorizeUrl } from '@/core/oauth/authorize-url';
import { untilText } from '@/core/oauth/expiry';
import { expiryReminders, fold, icsText } from '@/core/oauth/ics';
import { orgUuid, peopleMe } from '@/core/oauth/people';
import { challengeS256, createState, createVerifier, randomString } from '@/core/oauth/pkce';
import { readRedirect } from '@/core/oauth/redirect';
import { exchangeCode, type FetchLike, refreshTokens, retryAfterSeconds, TokenError } from '@/core/oauth/token-client';

const CLIENT_ID = `C${'0123456789abcdef'.repeat(4)}`;
const SECRET = 'fedcba9876543210'.repeat(4);
const UUID = 'a5f91689-712e-402d-aa9f-0e4101389783';
const NOW = Date.UTC(2026, 10, 23, 9, 30);

/** A fetch that records what it was asked and answers with `status` and `body`. */
function fakeFetch(status: number, body: unknown, headers: Record<string, string> = {}) {
  const calls: Array<{ url: string; init: Parameters<FetchLike>[1] }> = [];
  const impl: FetchLike = async (url, init) => {
    calls.push({ url, init });
    return {
      ok: status >= 200 && status < 300,
      status,
      headers: { get: (name: string) => headers[name] ?? null },
      text: async () => (typeof body === 'string' ? body : JSON.stringify(body)),
    };
  };
  return { impl, calls };
}

describe('PKCE and state', () => {
  it('computes the S256 challenge of RFC 7636’s own example', async () => {
    expect(await challengeS256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('makes verifiers and states from the unreserved alphabet, of the right length', () => {
    expect(createVerifier()).toMatch(/^[A-Za-z0-9._~-]{64}$/);
    expect(createState()).toMatch(/^[A-Za-z0-9._~-]{32}$/);
    expect(createVerifier()).not.toBe(createVerifier());
  });

  it('draws again for bytes that would bias the alphabet', () => {
    // 198 and above would map unevenly onto 66 characters: they are skipped.
    const bytes = [255, 198, 0, 65, 66];
    let i = 0;
    const random = (n: number) => Uint8Array.from({ length: n }, () => bytes[i++ % bytes.length]!);
    expect(randomString(3, random)).toBe('A~A');
  });
});

describe('the authorization URL', () => {
  it('keeps the portal’s order, encodes like it, adds PKCE, and holds no secret', () => {
    const url = buildAuthorizeUrl({
      clientId: CLIENT_ID,
      redirectUri: 'https://oauth.pstmn.io/v1/callback',
      scopes: ['spark:kms', 'cjp:config_read'],
      state: 'abc',
      codeChallenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    });
    expect(url).toBe(
      `https://webexapis.com/v1/authorize?client_id=${CLIENT_ID}&response_type=code` +
        '&redirect_uri=https%3A%2F%2Foauth.pstmn.io%2Fv1%2Fcallback&scope=spark%3Akms%20cjp%3Aconfig_read&state=abc' +
        '&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256',
    );
    expect(url).not.toContain(SECRET);
  });
});

describe('reading the redirect', () => {
  const expected = { redirectUri: 'https://oauth.pstmn.io/v1/callback', state: 'st-1' };

  it.each([
    [
      'the code',
      'https://oauth.pstmn.io/v1/callback?code=NzAw_PF84_1eb&state=st-1',
      { kind: 'code', code: 'NzAw_PF84_1eb' },
    ],
    ['a trailing slash', 'https://oauth.pstmn.io/v1/callback/?code=c&state=st-1', { kind: 'code', code: 'c' }],
    [
      'denied consent',
      'https://oauth.pstmn.io/v1/callback?error=access_denied&state=st-1',
      { kind: 'error', error: 'access_denied', message: 'Consent was denied on the Webex page; nothing was stored.' },
    ],
    [
      'another OAuth error, with its description',
      'https://oauth.pstmn.io/v1/callback?error=invalid_scope&error_description=Invalid%20scope&state=st-1',
      { kind: 'error', error: 'invalid_scope', message: 'Webex answered "invalid_scope": Invalid scope.' },
    ],
    [
      'a state that is not ours',
      'https://oauth.pstmn.io/v1/callback?code=c&state=forged',
      { kind: 'error', error: 'state_mismatch' },
    ],
    ['no code', 'https://oauth.pstmn.io/v1/callback?state=st-1', { kind: 'error', error: 'no_code' }],
  ])('reads %s', (_what, url, outcome) => {
    expect(readRedirect(url, expected)).toMatchObject(outcome);
  });

  it.each([
    ['another path', 'https://oauth.pstmn.io/v1/other?code=c&state=st-1'],
    ['another origin', 'https://evil.example.com/v1/callback?code=c&state=st-1'],
    ['the consent page itself', 'https://webexapis.com/v1/authorize?client_id=x'],
    ['not a URL', 'about:blank'],
  ])('ignores %s', (_what, url) => {
    expect(readRedirect(url, expected)).toBeNull();
  });
});

describe('the token endpoint', () => {
  const exchange = {
    clientId: CLIENT_ID,
    clientSecret: SECRET,
    code: 'the-code',
    redirectUri: 'https://oauth.pstmn.io/v1/callback',
    codeVerifier: 'v'.repeat(64),
  };
  const success = {
    access_token: 'OGJh_P0A1_a5f91689-712e-402d-aa9f-0e4101389783',
    expires_in: 1209599,
    refresh_token: 'OGNj_P0A1_a5f91689-712e-402d-aa9f-0e4101389783',
    refresh_token_expires_in: 7776000,
    token_type: 'Bearer',
  };

  it('exchanges the code with a form body holding exactly what Webex asks for', async () => {
    const { impl, calls } = fakeFetch(200, success);
    const tokens = await exchangeCode(impl, exchange, () => NOW);
    expect(calls[0]!.url).toBe('https://webexapis.com/v1/access_token');
    expect(calls[0]!.init.method).toBe('POST');
    expect(calls[0]!.init.headers['Content-Type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(calls[0]!.init.body))).toEqual({
      grant_type: 'authorization_code',
      client_id: CLIENT_ID,
      client_secret: SECRET,
      code: 'the-code',
      redirect_uri: 'https://oauth.pstmn.io/v1/callback',
      code_verifier: 'v'.repeat(64),
    });
    expect(tokens).toEqual({
      accessToken: success.access_token,
      refreshToken: success.refresh_token,
      accessExpiresAt: NOW + 1209599 * 1000,
      refreshExpiresAt: NOW + 7776000 * 1000,
      obtainedAt: NOW,
    });
  });

  it('refreshes with grant_type=refresh_token', async () => {
    const { impl, calls } = fakeFetch(200, success);
    await refreshTokens(impl, { clientId: CLIENT_ID, clientSecret: SECRET, refreshToken: 'r1' }, () => NOW);
    expect(Object.fromEntries(new URLSearchParams(calls[0]!.init.body))).toEqual({
      grant_type: 'refresh_token',
      client_id: CLIENT_ID,
      client_secret: SECRET,
      refresh_token: 'r1',
    });
  });

  it.each([
    [
      "Webex's REST shape, with the tracking id",
      400,
      {
        message: 'The refresh token provided is expired, revoked, malformed, or invalid for other reasons.',
        errors: [
          { description: 'The refresh token provided is expired, revoked, malformed, or invalid for other reasons.' },
        ],
        trackingId: 'ROUTER_5E708612',
      },
      'Webex refused (400): The refresh token provided is expired, revoked, malformed, or invalid for other reasons. The code or refresh token may be expired or already used; start again. Tracking id: ROUTER_5E708612.',
    ],
    [
      "OAuth's shape",
      401,
      { error: 'invalid_client', error_description: 'Client authentication failed' },
      'Webex refused (401): Client authentication failed. Check the Client ID and Client Secret.',
    ],
    ['no body at all', 500, '', 'Webex refused (500): no reason given.'],
  ])('turns %s into one message', async (_what, status, body, message) => {
    const { impl } = fakeFetch(status, body);
    const error = await exchangeCode(impl, exchange).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenError);
    expect((error as TokenError).kind).toBe('rejected');
    expect((error as TokenError).message).toBe(message);
  });

  it('says when to try again after a 429', async () => {
    const { impl } = fakeFetch(429, { message: 'Too many requests' }, { 'Retry-After': '42' });
    const error = (await exchangeCode(impl, exchange).catch((e: unknown) => e)) as TokenError;
    expect([error.kind, error.message, error.detail.retryAfterSeconds]).toEqual([
      'rate-limited',
      'Webex asks to slow down (429): try again in 42 s.',
      42,
    ]);
    expect(retryAfterSeconds('Mon, 23 Nov 2026 09:31:00 GMT', NOW)).toBe(60);
    expect(retryAfterSeconds('soon', NOW)).toBeUndefined();
  });

  it('says the network is down when fetch fails', async () => {
    const down: FetchLike = async () => {
      throw new TypeError('Failed to fetch');
    };
    const error = (await exchangeCode(down, exchange).catch((e: unknown) => e)) as TokenError;
    expect([error.kind, error.message]).toEqual([
      'network',
      'Could not reach webexapis.com (Failed to fetch). Check the connection and try again.',
    ]);
  });

  it('refuses a 200 without the token fields, or with a body that is not JSON', async () => {
    for (const body of [{ access_token: 'x' }, '<html>maintenance</html>']) {
      const { impl } = fakeFetch(200, body);
      const error = (await exchangeCode(impl, exchange).catch((e: unknown) => e)) as TokenError;
      expect(error.kind).toBe('malformed');
    }
  });
});

describe('the Organization ID', () => {
  const apiId = btoa(`ciscospark://us/ORGANIZATION/${UUID}`).replace(/=+$/, '');

  it('decodes the API’s base64 id to the UUID Control Hub shows (padded, unpadded, url-safe)', () => {
    expect(orgUuid(apiId)).toBe(UUID);
    expect(orgUuid(btoa(`ciscospark://us/ORGANIZATION/${UUID}`))).toBe(UUID);
    expect(orgUuid(apiId.replace(/\+/g, '-').replace(/\//g, '_'))).toBe(UUID);
  });

  it.each([
    ['a people id', btoa(`ciscospark://us/PEOPLE/${UUID}`)],
    ['not base64', '%%%'],
    ['no uuid', btoa('ciscospark://us/ORGANIZATION/x')],
  ])('returns null for %s', (_what, id) => {
    expect(orgUuid(id)).toBeNull();
  });

  it('people/me sends the token in the Authorization header and gives both forms of the id', async () => {
    const calls: Array<{ url: string; headers: Record<string, string> }> = [];
    const me = await peopleMe(async (url, init) => {
      calls.push({ url, headers: init.headers });
      return {
        ok: true,
        status: 200,
        headers: { get: () => null },
        text: async () => JSON.stringify({ displayName: 'Ada Admin', emails: ['ada@example.com'], orgId: apiId }),
      };
    }, 'the-token');
    expect(calls).toEqual([
      {
        url: 'https://webexapis.com/v1/people/me',
        headers: { Authorization: 'Bearer the-token', Accept: 'application/json' },
      },
    ]);
    expect(me).toEqual({ displayName: 'Ada Admin', emails: ['ada@example.com'], orgId: apiId, orgUuid: UUID });
  });
});

describe('expiry', () => {
  it.each([
    [1209599 * 1000, 'in 14 days'],
    [7776000 * 1000, 'in 90 days'],
    [5 * 3_600_000, 'in 5 hours'],
    [20 * 60_000, 'in 1 hour'],
    [0, 'expired'],
  ])('%d ms left reads "%s"', (left, text) => {
    expect(untilText(NOW + left, NOW)).toBe(text);
  });
});

describe('expiry reminders (.ics)', () => {
  const ics = expiryReminders({
    integrationName: 'CCBI, for Webex; Example Corp',
    clientId: CLIENT_ID,
    accessExpiresAt: NOW + 1209599 * 1000,
    refreshExpiresAt: NOW + 7776000 * 1000,
    now: NOW,
  });

  it('holds two events, each a day before an expiry, in CRLF lines of at most 75 octets', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect([...ics.matchAll(/DTSTART:(\w+)/g)].map((m) => m[1])).toEqual(['20261206T092959Z', '20270220T093000Z']);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics).not.toMatch(/[^\r]\n/);
  });

  it('escapes text and holds no token or secret', () => {
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:CCBI\\, for Webex\\; Example Corp: Webex access token expires tomorrow');
    expect(ics).not.toContain(SECRET);
    expect(icsText('a\\b\nc')).toBe('a\\\\b\\nc');
    expect(fold('x'.repeat(80)).split('\r\n ')).toEqual(['x'.repeat(75), 'x'.repeat(5)]);
  });
});
