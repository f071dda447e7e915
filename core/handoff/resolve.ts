/**
 * A preset's hand-off made concrete for one captured integration: the vendor page it expects
 * (origin and path) and each field's value, from the captured credentials and the preset's
 * parameters. Pure; every problem names what is missing and where.
 */
import type { CapturedCredentials } from '../messages';
import type { Tokens } from '../oauth/token-client';
import { PLACEHOLDER } from '../presets/constants';
import type { HandOff, Parameter } from '../presets/schema';
import { allowedScheme } from '../presets/url-rules';
import { type Problem, type Validated } from '../presets/problems';
import { originMatches } from './origins';

/** What a hand-off value can draw from, besides the parameters. */
export interface HandOffSource {
  credentials: Pick<
    CapturedCredentials,
    'integrationName' | 'clientId' | 'clientSecret' | 'integrationId' | 'oauthUrl'
  >;
  redirectUri: string | null;
  tokens: Pick<Tokens, 'accessToken' | 'refreshToken'> | null;
  /** A bundle's other integrations, by key: their values as `{key.clientId}`. */
  siblings?: Record<string, Omit<HandOffSource, 'siblings'>>;
}

export interface HandOffField {
  /** The label to show and report; the first of `labels`. */
  label: string;
  labels: string[];
  value: string;
  /** Holds the client secret or a token: masked in the popup. */
  secret: boolean;
}

export interface HandOffPage {
  url: string;
  origin: string;
  path: string;
}

export interface ResolvedHandOff {
  page: HandOffPage | null;
  fields: HandOffField[];
  notes: string[];
}

const SECRET_PLACEHOLDERS = new Set(['clientSecret', 'accessToken', 'refreshToken']);

const CREDENTIAL_NAMES: Record<string, string> = {
  integrationName: 'integration name',
  clientId: 'Client ID',
  clientSecret: 'Client Secret (the portal shows it only once)',
  integrationId: 'Integration ID',
  oauthUrl: 'OAuth Authorization URL',
  redirectUri: 'redirect URI',
  accessToken: 'access token (click “Get tokens…”)',
  refreshToken: 'refresh token (click “Get tokens…”)',
};

function known(source: HandOffSource): Record<string, string | null> {
  const own = ownValues(source);
  for (const [key, sibling] of Object.entries(source.siblings ?? {}))
    for (const [name, value] of Object.entries(ownValues(sibling))) own[`${key}.${name}`] = value;
  return own;
}

function ownValues(source: Omit<HandOffSource, 'siblings'>): Record<string, string | null> {
  const c = source.credentials;
  return {
    integrationName: c.integrationName || null,
    clientId: c.clientId,
    clientSecret: c.clientSecret,
    integrationId: c.integrationId,
    oauthUrl: c.oauthUrl,
    redirectUri: source.redirectUri,
    accessToken: source.tokens?.accessToken ?? null,
    refreshToken: source.tokens?.refreshToken ?? null,
  };
}

interface Fill {
  params: ReadonlyMap<string, Parameter>;
  values: Readonly<Record<string, string>>;
  /** Null where credentials may not appear (the page URL: never a secret in an address). */
  credentials: Record<string, string | null> | null;
  skipUnknown: boolean;
  problems: Problem[];
}

/** A template with its placeholders filled, or null (and why, in `problems`) when one has no value. */
function fillTemplate(template: string, path: string, f: Fill): string | null {
  let ok = true;
  const out = template.replace(PLACEHOLDER, (_m, key: string) => {
    const param = f.params.get(key);
    if (param) {
      const value = (f.values[key] ?? '').trim();
      if (!value) {
        ok = false;
        if (!f.skipUnknown)
          f.problems.push({ path: `values.${key}`, message: `${param.label} is needed for the vendor page` });
      }
      return value;
    }
    if (f.credentials && key in f.credentials) {
      const value = f.credentials[key];
      if (!value) {
        ok = false;
        const [owner, name] = key.includes('.') ? key.split('.') : [null, key];
        const what = CREDENTIAL_NAMES[name!] ?? name;
        if (!f.skipUnknown)
          f.problems.push({
            path,
            message: owner
              ? `the ${what} of the integration "${owner}" is not known yet (create it first)`
              : `the ${what} is not known yet`,
          });
      }
      return value ?? '';
    }
    if (f.credentials && key.includes('.')) {
      ok = false;
      if (!f.skipUnknown)
        f.problems.push({ path, message: `the integration "${key.split('.')[0]}" of this bundle is not created yet` });
      return '';
    }
    ok = false;
    f.problems.push({ path, message: `{${key}} is neither a parameter nor a credential` });
    return '';
  });
  return ok ? out : null;
}

/** The page the hand-off's URL template names, or null (with the problem recorded). */
function pageOf(handOff: HandOff, f: Fill): HandOffPage | null {
  if (handOff.url === undefined) return null;
  const url = fillTemplate(handOff.url, 'handOff.url', { ...f, credentials: null });
  if (url === null) return null;
  try {
    const u = new URL(url);
    if (allowedScheme(u)) return { url: u.href, origin: u.origin, path: u.pathname };
    f.problems.push({ path: 'handOff.url', message: `${url} is not https` });
  } catch {
    f.problems.push({ path: 'handOff.url', message: `${url} is not an absolute URL` });
  }
  return null;
}

/** Resolves every field; a field whose value is unknown is a problem (or, with `skipUnknown`, left out). */
export function resolveHandOff(
  handOff: HandOff,
  parameters: readonly Parameter[],
  values: Readonly<Record<string, string>>,
  source: HandOffSource,
  { skipUnknown = false } = {},
): Validated<ResolvedHandOff> {
  const f: Fill = {
    params: new Map(parameters.map((p) => [p.key, p])),
    values,
    credentials: known(source),
    skipUnknown,
    problems: [],
  };
  const page = pageOf(handOff, f);
  const fields: HandOffField[] = [];
  handOff.fields.forEach((field, i) => {
    const value = fillTemplate(field.value, `handOff.fields[${i}].value`, f);
    if (value === null) return;
    const secret = Array.from(field.value.matchAll(PLACEHOLDER), (m) => m[1]!).some((k) =>
      SECRET_PLACEHOLDERS.has(k.split('.').pop()!),
    );
    fields.push({ label: field.labels[0]!, labels: [...field.labels], value, secret });
  });
  if (f.problems.length) return { ok: false, problems: f.problems };
  return { ok: true, value: { page, fields, notes: [...handOff.notes] } };
}

export const trimSlash = (path: string) => path.replace(/\/+$/, '') || '/';

/** Null when the tab is the hand-off page (same origin and path), else why not, naming what was expected. */
export function handOffPageProblem(page: HandOffPage, tabUrl: string | undefined): string | null {
  let at: URL;
  try {
    at = new URL(tabUrl ?? '');
  } catch {
    return `The hand-off fills ${page.url}; this tab’s address is not readable.`;
  }
  if (at.origin !== page.origin) return `The hand-off fills a page on ${page.origin}; this tab is on ${at.origin}.`;
  if (trimSlash(at.pathname) !== trimSlash(page.path))
    return `The hand-off fills ${page.url}; this tab is on ${at.origin}${at.pathname}.`;
  return null;
}

/** The page a hand-off fills, on its own (shown even while a field's value is still missing). */
export function resolveHandOffPage(
  handOff: HandOff,
  parameters: readonly Parameter[],
  values: Readonly<Record<string, string>>,
): HandOffPage | null {
  const f: Fill = {
    params: new Map(parameters.map((p) => [p.key, p])),
    values,
    credentials: null,
    skipUnknown: false,
    problems: [],
  };
  return pageOf(handOff, f);
}

/** Where an order may fill: the page's origin, and its path when the preset names one page. */
export interface Destination {
  origin: string;
  path?: string;
  /** The host, as the popup names the destination ("Fill … into ap.fiji.agat.world"). */
  host: string;
}

export type DestinationCheck = { ok: true; destination: Destination } | { ok: false; problem: string };

/**
 * The tab a hand-off would fill, checked against where the preset lets it go: the one page its
 * `url` names; else a site its `origins` allow; else (a hand-off that carries no secret, or the
 * generic fill) the tab's own site, named. A tab whose address the popup cannot see is never a
 * destination: nothing is filled where it cannot be named.
 */
export function handOffDestination(
  handOff: HandOff | null,
  parameters: readonly Parameter[],
  values: Readonly<Record<string, string>>,
  tabUrl: string | undefined,
): DestinationCheck {
  let at: URL;
  try {
    at = new URL(tabUrl ?? '');
  } catch {
    return {
      ok: false,
      problem:
        'The popup cannot see this tab’s address, so it cannot say where the values would go. Open the vendor’s page, then click the extension’s icon there.',
    };
  }
  if (!/^https?:$/.test(at.protocol))
    return { ok: false, problem: `This tab (${at.protocol}//…) is not a web page a hand-off can fill.` };
  const here: Destination = { origin: at.origin, host: at.host };
  if (!handOff) return { ok: true, destination: here };
  if (handOff.url !== undefined) {
    const page = resolveHandOffPage(handOff, parameters, values);
    if (!page) return { ok: false, problem: 'The vendor page is not known yet: fill in the values above.' };
    const problem = handOffPageProblem(page, tabUrl);
    if (problem) return { ok: false, problem };
    return { ok: true, destination: { origin: page.origin, path: page.path, host: new URL(page.url).host } };
  }
  if (handOff.origins !== undefined) {
    const f: Fill = {
      params: new Map(parameters.map((p) => [p.key, p])),
      values,
      credentials: null,
      skipUnknown: true,
      problems: [],
    };
    const allowed = handOff.origins
      .map((template) => fillTemplate(template, 'handOff.origins', f))
      .filter((o): o is string => o !== null);
    if (!allowed.some((pattern) => originMatches(pattern, at.origin)))
      return {
        ok: false,
        problem: `This preset’s hand-off fills only ${allowed.length ? allowed.join(' or ') : 'the sites its values name'}; this tab is on ${at.origin}.`,
      };
  }
  return { ok: true, destination: here };
}
