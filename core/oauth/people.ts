/**
 * "Test access": `GET /v1/people/me` with the access token (in the Authorization header, never
 * a URL), and the Organization ID both as the API gives it (base64 of
 * `ciscospark://us/ORGANIZATION/<uuid>`) and as Control Hub shows it (the UUID).
 */
import { WEBEX_API } from '../portal/knowledge';
import { describeTokenError, type FetchLike, TokenError } from './token-client';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The UUID inside a Webex organization id; null when it is not one. */
export function orgUuid(orgId: string): string | null {
  const b64 = orgId.replace(/-/g, '+').replace(/_/g, '/');
  let decoded: string;
  try {
    decoded = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  } catch {
    return null;
  }
  const match = /^ciscospark:\/\/[a-z0-9-]+\/ORGANIZATION\/(.+)$/.exec(decoded);
  return match && UUID.test(match[1]!) ? match[1]!.toLowerCase() : null;
}

export interface Me {
  displayName: string;
  emails: string[];
  orgId: string;
  orgUuid: string | null;
}

export async function peopleMe(
  fetchImpl: (url: string, init: { headers: Record<string, string> }) => ReturnType<FetchLike>,
  accessToken: string,
): Promise<Me> {
  let response: Awaited<ReturnType<FetchLike>>;
  try {
    response = await fetchImpl(WEBEX_API.peopleMe, {
      headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' },
    });
  } catch (error) {
    throw new TokenError(
      'network',
      `Could not reach webexapis.com (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(await response.text()) as Record<string, unknown>;
  } catch {
    body = {};
  }
  if (!response.ok) {
    const { message, trackingId } = describeTokenError(body, response.status);
    throw new TokenError('rejected', message, { status: response.status, ...(trackingId ? { trackingId } : {}) });
  }
  if (typeof body.orgId !== 'string') throw new TokenError('malformed', 'people/me answered without an orgId.');
  return {
    displayName: typeof body.displayName === 'string' ? body.displayName : '',
    emails: Array.isArray(body.emails) ? body.emails.filter((e): e is string => typeof e === 'string') : [],
    orgId: body.orgId,
    orgUuid: orgUuid(body.orgId),
  };
}
