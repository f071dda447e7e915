/**
 * "Get tokens" end to end against the fake Webex server, with a simulated consent tab: each way
 * it can end, and what the server received (secret, code, verifier, redirect URI).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsentError } from '@/core/oauth/consent-tab';
import { obtainTokens, type TokenFlowDeps, type TokenRequest } from '@/core/oauth/obtain-tokens';
import { TokenError } from '@/core/oauth/token-client';
import { TIMING } from '@/core/portal/knowledge';
import { FakeWebex } from '../support/fake-webex';
import { fakeFetch, SimulatedTabs } from '../support/simulated-tab';

const REDIRECT = 'https://oauth.pstmn.io/v1/callback';
const registration = {
  clientId: `C${'a1'.repeat(32)}`,
  clientSecret: 'f'.repeat(64),
  redirectUris: [REDIRECT],
  scopes: ['spark-admin:calling_cdr_read', 'spark-admin:people_read', 'identity:groups_read', 'spark:kms'],
  orgUuid: 'a5f91689-712e-402d-aa9f-0e4101389783',
  displayName: 'CCBI Admin',
};
const request: TokenRequest = {
  clientId: registration.clientId,
  clientSecret: registration.clientSecret,
  redirectUri: REDIRECT,
  scopes: registration.scopes,
};

function setup(decision: 'accept' | 'decline' | 'none' = 'accept') {
  const server = new FakeWebex({ ...registration });
  const tabs = new SimulatedTabs(server);
  if (decision !== 'none') tabs.onConsentPage = (id) => tabs.decide(id, decision);
  const deps: TokenFlowDeps = {
    fetch: fakeFetch(server),
    tabs,
    timeoutMs: TIMING.consentTimeoutMs,
    now: () => 1_000_000,
  };
  return { server, tabs, deps };
}

async function failure(p: Promise<unknown>): Promise<ConsentError | TokenError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof ConsentError || error instanceof TokenError) return error;
    throw error;
  }
  throw new Error('expected the flow to fail');
}

afterEach(() => vi.useRealTimers());

describe('obtainTokens (authorization code + PKCE, consent in a tab)', () => {
  it('gets tokens: the server saw the secret, the code once, the verifier and the same redirect URI', async () => {
    const { server, tabs, deps } = setup();
    const tokens = await obtainTokens(deps, request);
    expect(server.issued).toContain(tokens.accessToken);
    expect(tokens.accessExpiresAt).toBe(1_000_000 + 1_209_599_000);
    expect(tokens.refreshExpiresAt).toBe(1_000_000 + 7_776_000_000);
    expect(tokens.scopes).toEqual(registration.scopes);
    const authorize = new URL(server.log.find((r) => r.url.includes('/v1/authorize'))!.url);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toMatch(/^[\w.~-]{32}$/);
    expect(authorize.toString()).not.toContain(registration.clientSecret);
    const exchange = server.log.find((r) => r.form)!.form!;
    expect(exchange).toMatchObject({
      grant_type: 'authorization_code',
      client_id: registration.clientId,
      client_secret: registration.clientSecret,
      redirect_uri: REDIRECT,
    });
    expect(exchange.code_verifier).toMatch(/^[\w.~-]{64}$/);
    expect(tabs.open.size).toBe(0); // the consent tab was closed
    expect(tabs.onUpdated.size + tabs.onRemoved.size).toBe(0); // and nothing is left listening
  });

  it('denied consent is a ConsentError "denied", and no token request is made', async () => {
    const { server, tabs, deps } = setup('decline');
    const error = await failure(obtainTokens(deps, request));
    expect(error).toMatchObject({ kind: 'denied', message: expect.stringContaining('denied') });
    expect(server.log.some((r) => r.form)).toBe(false);
    expect(tabs.open.size).toBe(0);
  });

  it('an answer carrying another state is refused', async () => {
    const { server, deps } = setup();
    server.misbehave.wrongState = true;
    const error = await failure(obtainTokens(deps, request));
    expect(error).toMatchObject({ kind: 'state' });
    expect(server.log.some((r) => r.form)).toBe(false);
  });

  it('the user closing the sign-in tab ends the wait at once', async () => {
    const { tabs, deps } = setup('none');
    tabs.onConsentPage = (id) => void tabs.remove(id);
    const error = await failure(obtainTokens(deps, request));
    expect(error).toMatchObject({ kind: 'closed' });
    expect(tabs.onUpdated.size + tabs.onRemoved.size).toBe(0);
  });

  it('gives up after 5 minutes without an answer, and closes the tab', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { tabs, deps } = setup('none');
    const pending = failure(obtainTokens(deps, request));
    while (tabs.open.size === 0) await new Promise((r) => setImmediate(r)); // the PKCE digest is async
    await vi.advanceTimersByTimeAsync(TIMING.consentTimeoutMs - 1000);
    expect(tabs.open.size).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await pending).toMatchObject({ kind: 'timeout', message: expect.stringContaining('5 minutes') });
    expect(tabs.open.size).toBe(0);
  });

  it('a redirect URI the integration does not have: Webex’s error page is left open and named', async () => {
    const { tabs, deps } = setup();
    const error = await failure(obtainTokens(deps, { ...request, redirectUri: 'https://elsewhere.example.com/cb' }));
    expect(error).toMatchObject({
      kind: 'not-accepted',
      message: expect.stringContaining('https://elsewhere.example.com/cb'),
    });
    expect(tabs.open.size).toBe(1);
  });

  it('cancel closes the tab', async () => {
    const { tabs, deps } = setup('none');
    const abort = new AbortController();
    tabs.onConsentPage = () => abort.abort();
    const error = await failure(obtainTokens({ ...deps, signal: abort.signal }, request));
    expect(error).toMatchObject({ kind: 'cancelled' });
    expect(tabs.open.size).toBe(0);
  });

  it('a wrong secret: Webex’s 401 message with its tracking id', async () => {
    const { deps } = setup();
    const error = await failure(obtainTokens(deps, { ...request, clientSecret: 'e'.repeat(64) }));
    expect(error).toBeInstanceOf(TokenError);
    expect(error.message).toMatch(
      /^Webex refused \(401\): The client credentials are invalid\. Check the Client ID and Client Secret\. Tracking id: ROUTER_[0-9A-F]{16}\.$/,
    );
  });

  it('the OAuth error shape is read too', async () => {
    const { server, deps } = setup();
    server.misbehave.oauthErrorShape = true;
    const error = await failure(obtainTokens(deps, { ...request, clientSecret: 'e'.repeat(64) }));
    expect(error.message).toContain('The client credentials are invalid');
  });

  it('a 429 says when to try again', async () => {
    const { server, deps } = setup();
    server.misbehave.rateLimitSeconds = 30;
    const error = await failure(obtainTokens(deps, request));
    expect(error).toMatchObject({ kind: 'rate-limited', detail: { retryAfterSeconds: 30 } });
    expect(error.message).toContain('try again in 30 s');
  });

  it('the network being down is said as such', async () => {
    const { deps } = setup();
    const error = await failure(
      obtainTokens({ ...deps, fetch: () => Promise.reject(new TypeError('Failed to fetch')) }, request),
    );
    expect(error).toMatchObject({ kind: 'network', message: expect.stringContaining('Could not reach webexapis.com') });
  });

  it('the browser’s own redirect URI goes through launchWebAuthFlow, not a tab', async () => {
    const own = 'https://abcdefghijklmnop.chromiumapp.org/';
    const { server, tabs, deps } = setup();
    server.registration.redirectUris.push(own);
    const launchWebAuthFlow = vi.fn(async (url: string) => {
      const t = new SimulatedTabs(server);
      let reached = '';
      t.onUpdated.addListener((_id, change) => {
        if (change.url?.startsWith(own)) reached = change.url;
      });
      t.onConsentPage = (id) => t.decide(id, 'accept');
      await t.create({ url });
      await new Promise((r) => setTimeout(r, 0));
      return reached;
    });
    const tokens = await obtainTokens({ ...deps, launchWebAuthFlow }, { ...request, redirectUri: own });
    expect(launchWebAuthFlow).toHaveBeenCalledOnce();
    expect(tokens.accessToken).toContain(registration.orgUuid);
    expect(tabs.removed).toEqual([]);
  });

  it('a closed auth window is a clear error', async () => {
    const { deps } = setup();
    const error = await failure(
      obtainTokens(
        { ...deps, launchWebAuthFlow: () => Promise.reject(new Error('The user did not approve access.')) },
        { ...request, redirectUri: 'https://x.chromiumapp.org/' },
      ),
    );
    expect(error).toMatchObject({
      kind: 'closed',
      message: expect.stringContaining('The user did not approve access'),
    });
  });
});
