/**
 * "Copy for the vendor": what a preset's `vendorNeeds` lists, taken from the captured
 * credentials, the tokens and people/me, as labelled text, JSON or `.env` lines. Pure: the
 * caller copies the result (and the clipboard is cleared as for the secret).
 */
import type { HandOverItem } from '../presets/schema';

export interface HandOverSource {
  integrationName: string;
  clientId: string;
  clientSecret: string | null;
  integrationId: string | null;
  oauthUrl: string | null;
  redirectUri: string | null;
  scopes: readonly string[] | null;
  /** The UUID Control Hub shows; the API's base64 form when it could not be decoded. */
  orgId: string | null;
  tokens: { accessToken: string; refreshToken: string; accessExpiresAt: number; refreshExpiresAt: number } | null;
  /** A code read from the sign-in and kept unexchanged, for a vendor that exchanges it itself. */
  authorizationCode?: string | null;
}

/** Everything, for an integration captured without a preset (or a preset without the list). */
export const ALL_ITEMS: readonly HandOverItem[] = [
  'integrationName',
  'clientId',
  'clientSecret',
  'integrationId',
  'oauthUrl',
  'orgId',
  'accessToken',
  'refreshToken',
];

interface Field {
  /** What the vendor's guide calls it. */
  label: string;
  json: string;
  env: string;
  value: string;
}

/** Where a missing item comes from, said to the user. */
const HOW_TO_GET: Record<HandOverItem, string> = {
  integrationName: 'the integration name was not captured',
  clientId: 'capture the credentials on the portal',
  clientSecret: 'the portal shows the secret only once: regenerate it there and capture again',
  integrationId: 'it was not found on the portal page',
  oauthUrl: 'it was not found on the portal page',
  redirectUri: 'no registered redirect URI is known',
  scopes: 'the OAuth URL was not captured',
  orgId: 'click “Test access”',
  accessToken: 'click “Get tokens”',
  refreshToken: 'click “Get tokens”',
  authorizationCode: 'click “Get the code only” (and hand it over within minutes: codes expire)',
};

export const ITEM_LABELS: Record<HandOverItem, string> = {
  integrationName: 'Integration name',
  clientId: 'Client ID',
  clientSecret: 'Client Secret',
  integrationId: 'Integration ID',
  oauthUrl: 'OAuth Authorization URL',
  redirectUri: 'Redirect URI',
  scopes: 'Scopes',
  orgId: 'Organization ID',
  accessToken: 'Access token',
  refreshToken: 'Refresh token',
  authorizationCode: 'Authorization code',
};

const isoMinute = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** A token and its expiry date, as two fields. */
function tokenFields(kind: 'access' | 'refresh', token: string, expiresAt: number): Field[] {
  const label = `${kind === 'access' ? 'Access' : 'Refresh'} token`;
  const env = `WEBEX_${kind.toUpperCase()}_TOKEN`;
  return [
    { label, json: `${kind}Token`, env, value: token },
    {
      label: `${label} expires`,
      json: `${kind}TokenExpiresAt`,
      env: `${env}_EXPIRES_AT`,
      value: new Date(expiresAt).toISOString(),
    },
  ];
}

function fieldsFor(item: HandOverItem, s: HandOverSource): Field[] | null {
  const one = (json: string, env: string, value: string | null | undefined): Field[] | null =>
    value ? [{ label: ITEM_LABELS[item], json, env, value }] : null;
  switch (item) {
    case 'integrationName':
      return one('integrationName', 'WEBEX_INTEGRATION_NAME', s.integrationName);
    case 'clientId':
      return one('clientId', 'WEBEX_CLIENT_ID', s.clientId);
    case 'clientSecret':
      return one('clientSecret', 'WEBEX_CLIENT_SECRET', s.clientSecret);
    case 'integrationId':
      return one('integrationId', 'WEBEX_INTEGRATION_ID', s.integrationId);
    case 'oauthUrl':
      return one('oauthUrl', 'WEBEX_OAUTH_URL', s.oauthUrl);
    case 'redirectUri':
      return one('redirectUri', 'WEBEX_REDIRECT_URI', s.redirectUri);
    case 'scopes':
      return one('scopes', 'WEBEX_SCOPES', s.scopes?.length ? s.scopes.join(' ') : null);
    case 'orgId':
      return one('orgId', 'WEBEX_ORG_ID', s.orgId);
    case 'accessToken':
      return s.tokens && tokenFields('access', s.tokens.accessToken, s.tokens.accessExpiresAt);
    case 'refreshToken':
      return s.tokens && tokenFields('refresh', s.tokens.refreshToken, s.tokens.refreshExpiresAt);
    case 'authorizationCode':
      return one('authorizationCode', 'WEBEX_AUTHORIZATION_CODE', s.authorizationCode);
  }
}

export interface HandOver {
  fields: Field[];
  /** Items the vendor needs that are not known yet, each with how to get it. */
  missing: Array<{ item: HandOverItem; label: string; how: string }>;
}

export function assembleHandOver(needs: readonly HandOverItem[], source: HandOverSource): HandOver {
  const fields: Field[] = [];
  const missing: HandOver['missing'] = [];
  for (const item of needs) {
    const got = fieldsFor(item, source);
    if (got) fields.push(...got);
    else missing.push({ item, label: ITEM_LABELS[item], how: HOW_TO_GET[item] });
  }
  return { fields, missing };
}

/**
 * A bundle's hand-over: each integration's items in turn, labelled with its title, keyed by its
 * key (`calling.clientId` in JSON, `WEBEX_CALLING_CLIENT_ID` in `.env`). An integration not
 * created yet is missing as a whole, said once.
 */
export function assembleBundleHandOver(
  sections: ReadonlyArray<{
    key: string;
    title: string;
    needs: readonly HandOverItem[];
    source: HandOverSource | null;
  }>,
): HandOver {
  const fields: Field[] = [];
  const missing: HandOver['missing'] = [];
  for (const section of sections) {
    if (!section.source) {
      missing.push({
        item: 'clientId',
        label: section.title,
        how: 'not created yet: fill it on the portal and click "Add Integration"',
      });
      continue;
    }
    const one = assembleHandOver(section.needs, section.source);
    const envKey = section.key.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
    fields.push(
      ...one.fields.map((f) => ({
        label: `${section.title}: ${f.label}`,
        json: `${section.key}.${f.json}`,
        env: f.env.replace(/^WEBEX_/, `WEBEX_${envKey}_`),
        value: f.value,
      })),
    );
    missing.push(...one.missing.map((m) => ({ ...m, label: `${section.title}: ${m.label}` })));
  }
  return { fields, missing };
}

/** "Label: value" lines; expiry dates also as people read them. */
export function handOverText(h: HandOver): string {
  return h.fields
    .map((f) => {
      const date = f.json.endsWith('ExpiresAt') ? ` (${isoMinute(Date.parse(f.value))})` : '';
      return `${f.label}: ${f.value}${date}`;
    })
    .join('\n');
}

/** JSON; a bundle's `part.item` keys nest under the part. */
export function handOverJson(h: HandOver): string {
  const out: Record<string, unknown> = {};
  for (const f of h.fields) {
    const [part, item] = f.json.includes('.') ? (f.json.split('.') as [string, string]) : [null, f.json];
    if (part) ((out[part] ??= {}) as Record<string, string>)[item] = f.value;
    else out[item] = f.value;
  }
  return JSON.stringify(out, null, 2);
}

/** `.env` lines; a value with anything but URL-safe characters is double-quoted. */
export function handOverEnv(h: HandOver): string {
  const quote = (v: string) => (/^[\w.:/?&=%@+~-]*$/.test(v) ? v : JSON.stringify(v));
  return h.fields.map((f) => `${f.env}=${quote(f.value)}`).join('\n');
}
