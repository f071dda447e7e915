/**
 * A fake of Webex's OAuth server, as strict as the real one is documented to be (docs/portal.md
 * §4): the authorize endpoint checks the client, the registered redirect URI, the scopes and the
 * PKCE challenge, then shows a consent page; the token endpoint checks the client secret, the
 * code (once, for the same redirect URI) and the PKCE verifier, and answers with real-shaped
 * bodies; people/me checks the bearer token. Used by unit tests (as `fetch` plus a simulated tab)
 * and by the e2e tests (behind Playwright routes). Errors use Webex's own shapes.
 */
import { createHash, randomBytes } from 'node:crypto';
import { TOKEN_LIFETIMES } from '../../core/portal/knowledge';

export interface Registration {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  scopes: string[];
  orgUuid: string;
  displayName: string;
}

export interface FakeResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** How the server misbehaves, per test. */
export interface Misbehaviour {
  /** The consent page's redirect carries another state. */
  wrongState?: boolean;
  /** The token endpoint answers 429 with this Retry-After. */
  rateLimitSeconds?: number;
  /** The token endpoint answers with the OAuth error shape instead of Webex's. */
  oauthErrorShape?: boolean;
}

interface Pending {
  redirectUri: string;
  state: string;
  challenge: string;
  scopes: string[];
}

const CONSENT = 'https://idbroker.webex.com/idb/oauth2/v1/consent';
const b64url = (b: Buffer) => b.toString('base64url');
const tracking = () => `ROUTER_${randomBytes(8).toString('hex').toUpperCase()}`;
const json = (status: number, body: unknown, headers: Record<string, string> = {}): FakeResponse => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
const webexError = (status: number, message: string, trackingId = tracking()) =>
  json(status, { message, errors: [{ description: message }], trackingId });
const page = (status: number, title: string, body: string): FakeResponse => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`,
});
const redirect = (location: string): FakeResponse => ({ status: 302, headers: { location }, body: '' });

export class FakeWebex {
  readonly log: Array<{ method: string; url: string; form?: Record<string, string> }> = [];
  /** Every token ever issued, to prove none of them was stored where it must not be. */
  readonly issued: string[] = [];
  misbehave: Misbehaviour = {};
  private readonly tickets = new Map<string, Pending>();
  private readonly codes = new Map<string, Pending>();
  private readonly accessTokens = new Set<string>();
  private readonly refreshTokens = new Set<string>();

  constructor(readonly registration: Registration) {}

  /** The Organization ID as the API gives it: base64 of `ciscospark://us/ORGANIZATION/<uuid>`. */
  get apiOrgId(): string {
    return Buffer.from(`ciscospark://us/ORGANIZATION/${this.registration.orgUuid}`)
      .toString('base64')
      .replace(/=+$/, '');
  }

  handle(method: string, url: string, body: string, headers: Record<string, string>): FakeResponse {
    const u = new URL(url);
    const form = method === 'POST' ? Object.fromEntries(new URLSearchParams(body)) : undefined;
    this.log.push({ method, url, ...(form && { form }) });
    const endpoint = `${u.origin}${u.pathname}`;
    if (endpoint === 'https://webexapis.com/v1/authorize' && method === 'GET') return this.authorize(u);
    if (endpoint === CONSENT && method === 'GET') return this.consent(u);
    if (endpoint === 'https://webexapis.com/v1/access_token' && method === 'POST') return this.token(form ?? {});
    if (endpoint === 'https://webexapis.com/v1/people/me' && method === 'GET')
      return this.me(headers.authorization ?? headers.Authorization ?? '');
    return webexError(404, 'The requested resource could not be found.');
  }

  private authorize(u: URL): FakeResponse {
    const q = u.searchParams;
    const r = this.registration;
    if (q.get('client_id') !== r.clientId) return page(400, 'Error', '<h1>Invalid client_id</h1>');
    const redirectUri = q.get('redirect_uri') ?? '';
    // RFC 6749 §4.1.2.1: never redirect to an unregistered URI; show an error instead.
    if (!r.redirectUris.includes(redirectUri))
      return page(
        400,
        'Error',
        '<h1>Invalid redirect_uri</h1><p>The redirect_uri is not registered for this client.</p>',
      );
    const state = q.get('state') ?? '';
    const back = (params: Record<string, string>) =>
      redirect(`${redirectUri}?${new URLSearchParams({ ...params, state }).toString()}`);
    if (q.get('response_type') !== 'code') return back({ error: 'unsupported_response_type' });
    const scopes = (q.get('scope') ?? '').split(' ').filter(Boolean);
    if (scopes.length === 0 || scopes.some((s) => !r.scopes.includes(s)))
      return back({ error: 'invalid_scope', error_description: 'The requested scope is invalid.' });
    if (q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge'))
      return back({ error: 'invalid_request', error_description: 'PKCE S256 expected' });
    const ticket = b64url(randomBytes(12));
    this.tickets.set(ticket, { redirectUri, state, challenge: q.get('code_challenge')!, scopes });
    return redirect(`${CONSENT}?ticket=${ticket}`);
  }

  private consent(u: URL): FakeResponse {
    const ticket = u.searchParams.get('ticket') ?? '';
    const pending = this.tickets.get(ticket);
    if (!pending) return page(400, 'Error', '<h1>This sign-in request has expired</h1>');
    const decision = u.searchParams.get('decision');
    if (!decision) {
      return page(
        200,
        'Webex: allow access',
        `<h1>Allow “${this.registration.displayName}”’s integration to access your account?</h1>
        <ul>${pending.scopes.map((s) => `<li>${s}</li>`).join('')}</ul>
        <a href="?ticket=${ticket}&decision=accept" role="button">Accept</a>
        <a href="?ticket=${ticket}&decision=decline" role="button">Decline</a>`,
      );
    }
    this.tickets.delete(ticket);
    const state = this.misbehave.wrongState ? `${pending.state}-other` : pending.state;
    const to = new URL(pending.redirectUri);
    if (decision === 'accept') {
      const code = b64url(randomBytes(24));
      this.codes.set(code, pending);
      to.searchParams.set('code', code);
    } else {
      to.searchParams.set('error', 'access_denied');
      to.searchParams.set('error_description', 'The user denied access');
    }
    to.searchParams.set('state', state);
    return redirect(to.toString());
  }

  private issue(scopes: string[]): FakeResponse {
    const shape = () => `${b64url(randomBytes(48))}_P0A1_${this.registration.orgUuid}`;
    const access = shape();
    const refresh = shape();
    this.accessTokens.add(access);
    this.refreshTokens.add(refresh);
    this.issued.push(access, refresh);
    return json(200, {
      access_token: access,
      expires_in: TOKEN_LIFETIMES.accessSeconds,
      refresh_token: refresh,
      refresh_token_expires_in: TOKEN_LIFETIMES.refreshSeconds,
      token_type: 'Bearer',
      scope: scopes.join(' '),
    });
  }

  private refuse(status: number, message: string, oauthError: string): FakeResponse {
    return this.misbehave.oauthErrorShape
      ? json(status, { error: oauthError, error_description: message })
      : webexError(status, message);
  }

  private token(form: Record<string, string>): FakeResponse {
    if (this.misbehave.rateLimitSeconds !== undefined) {
      const limited = webexError(429, 'Too many requests');
      return { ...limited, headers: { ...limited.headers, 'retry-after': String(this.misbehave.rateLimitSeconds) } };
    }
    const r = this.registration;
    if (form.client_id !== r.clientId || form.client_secret !== r.clientSecret)
      return this.refuse(401, 'The client credentials are invalid.', 'invalid_client');
    if (form.grant_type === 'authorization_code') {
      const pending = this.codes.get(form.code ?? '');
      if (!pending) return this.refuse(400, 'The authorization code is invalid or expired.', 'invalid_grant');
      this.codes.delete(form.code!);
      if (form.redirect_uri !== pending.redirectUri)
        return this.refuse(400, 'redirect_uri does not match the authorization request.', 'invalid_grant');
      const challenge = createHash('sha256')
        .update(form.code_verifier ?? '')
        .digest('base64url');
      if (challenge !== pending.challenge)
        return this.refuse(400, 'The code_verifier does not match the code_challenge.', 'invalid_grant');
      return this.issue(pending.scopes);
    }
    if (form.grant_type === 'refresh_token') {
      if (!this.refreshTokens.has(form.refresh_token ?? ''))
        return this.refuse(
          400,
          'The refresh token provided is expired, revoked, malformed, or invalid for other reasons.',
          'invalid_grant',
        );
      return this.issue(r.scopes);
    }
    return this.refuse(400, 'Unsupported grant_type.', 'unsupported_grant_type');
  }

  private me(authorization: string): FakeResponse {
    const token = authorization.replace(/^Bearer /, '');
    if (!this.accessTokens.has(token))
      return webexError(401, 'The request requires a valid access token set in the Authorization request header.');
    return json(200, {
      id: Buffer.from(`ciscospark://us/PEOPLE/${randomBytes(16).toString('hex')}`).toString('base64'),
      emails: ['admin@example.com'],
      displayName: this.registration.displayName,
      orgId: this.apiOrgId,
      type: 'person',
    });
  }
}
