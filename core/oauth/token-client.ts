/**
 * Webex's token endpoint: the authorization-code exchange and the refresh, as a form POST
 * (docs/portal.md §4.2), with every failure turned into one clear message: Webex's REST shape
 * `{message, errors[], trackingId}`, OAuth's `{error, error_description}`, a 429 with
 * `Retry-After`, a network failure, or a body that is not what Webex sends. `fetch` is passed
 * in, so tests drive it with recorded shapes. Tokens are returned, never logged or put in a URL.
 */
import { WEBEX_API } from '../portal/knowledge';

export interface Tokens {
  accessToken: string;
  refreshToken: string;
  /** Epoch ms. */
  accessExpiresAt: number;
  refreshExpiresAt: number;
  obtainedAt: number;
  /** The granted scopes, when the answer names them (`scope`, space-separated). */
  scopes?: string[];
}

export type TokenErrorKind = 'rejected' | 'rate-limited' | 'network' | 'malformed';

export class TokenError extends Error {
  constructor(
    readonly kind: TokenErrorKind,
    message: string,
    readonly detail: { status?: number; trackingId?: string; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'TokenError';
  }
}

export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
) => Promise<{
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}>;

/** Seconds from a Retry-After header: a number of seconds or an HTTP date. */
export function retryAfterSeconds(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** One sentence from either error shape Webex uses, with its tracking id when there is one. */
export function describeTokenError(body: unknown, status: number): { message: string; trackingId?: string } {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const trackingId = typeof b.trackingId === 'string' ? b.trackingId : undefined;
  const first = Array.isArray(b.errors) ? (b.errors[0] as { description?: unknown } | undefined) : undefined;
  const text =
    (typeof b.message === 'string' && b.message) ||
    (typeof first?.description === 'string' && first.description) ||
    (typeof b.error_description === 'string' && b.error_description) ||
    (typeof b.error === 'string' && b.error) ||
    'no reason given';
  const hint =
    status === 401
      ? ' Check the Client ID and Client Secret.'
      : status === 400
        ? ' The code or refresh token may be expired or already used; start again.'
        : '';
  const reason = text.trim().replace(/\.+$/, '');
  const message = `Webex refused (${status}): ${reason}.${hint}${trackingId ? ` Tracking id: ${trackingId}.` : ''}`;
  return trackingId ? { message, trackingId } : { message };
}

/** Webex states 14 and 90 days; anything not a positive number of seconds under five years is not a token's lifetime. */
const MAX_LIFETIME_SECONDS = 5 * 365 * 24 * 3600;
const isLifetime = (x: unknown): x is number =>
  typeof x === 'number' && Number.isFinite(x) && x > 0 && x <= MAX_LIFETIME_SECONDS;

async function post(fetchImpl: FetchLike, form: Record<string, string>, now: () => number): Promise<Tokens> {
  let response: Awaited<ReturnType<FetchLike>>;
  try {
    response = await fetchImpl(WEBEX_API.accessToken, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams(form).toString(),
    });
  } catch (error) {
    throw new TokenError(
      'network',
      `Could not reach webexapis.com (${error instanceof Error ? error.message : String(error)}). Check the connection and try again.`,
    );
  }
  const text = await response.text().catch(() => '');
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (response.status === 429) {
    const seconds = retryAfterSeconds(response.headers.get('Retry-After'), now());
    throw new TokenError(
      'rate-limited',
      `Webex asks to slow down (429)${seconds === undefined ? '' : `: try again in ${seconds} s`}.`,
      { status: 429, ...(seconds === undefined ? {} : { retryAfterSeconds: seconds }) },
    );
  }
  if (!response.ok) {
    const { message, trackingId } = describeTokenError(body, response.status);
    throw new TokenError('rejected', message, { status: response.status, ...(trackingId ? { trackingId } : {}) });
  }
  const b = (body ?? {}) as Record<string, unknown>;
  if (
    typeof b.access_token !== 'string' ||
    typeof b.refresh_token !== 'string' ||
    !isLifetime(b.expires_in) ||
    !isLifetime(b.refresh_token_expires_in)
  ) {
    throw new TokenError('malformed', `Webex answered ${response.status} without the expected token fields.`, {
      status: response.status,
    });
  }
  const at = now();
  return {
    accessToken: b.access_token,
    refreshToken: b.refresh_token,
    accessExpiresAt: at + b.expires_in * 1000,
    refreshExpiresAt: at + b.refresh_token_expires_in * 1000,
    obtainedAt: at,
    ...(typeof b.scope === 'string' && { scopes: b.scope.split(/\s+/).filter(Boolean) }),
  };
}

export function exchangeCode(
  fetchImpl: FetchLike,
  p: { clientId: string; clientSecret: string; code: string; redirectUri: string; codeVerifier: string },
  now: () => number = Date.now,
): Promise<Tokens> {
  return post(
    fetchImpl,
    {
      grant_type: 'authorization_code',
      client_id: p.clientId,
      client_secret: p.clientSecret,
      code: p.code,
      redirect_uri: p.redirectUri,
      code_verifier: p.codeVerifier,
    },
    now,
  );
}

export function refreshTokens(
  fetchImpl: FetchLike,
  p: { clientId: string; clientSecret: string; refreshToken: string },
  now: () => number = Date.now,
): Promise<Tokens> {
  return post(
    fetchImpl,
    {
      grant_type: 'refresh_token',
      client_id: p.clientId,
      client_secret: p.clientSecret,
      refresh_token: p.refreshToken,
    },
    now,
  );
}
