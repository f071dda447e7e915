/**
 * What a preset does with the credentials, in words an admin checks before importing it: where
 * its redirect URIs send the sign-in, where its hand-off puts values (and which of them are
 * secrets), and whether that place is outside the sites its redirect URIs name.
 */
import { allScopesOf, partsOf } from './parts';
import { PLACEHOLDER, SECRET_PLACEHOLDERS } from './constants';
import type { Preset } from './schema';

export interface CredentialUse {
  /** The sites of the redirect URIs, as written (a parameter stands for a site the user enters). */
  redirectSites: string[];
  /** Where the hand-off fills: a page, sites, "any page you open", or null without a hand-off. */
  destinations: string[] | null;
  /** The hand-off's fields that carry the Client Secret or a token. */
  secretFields: string[];
  /** Destinations that are not one of the redirect URIs' sites: worth a second look. */
  outside: string[];
  scopes: string[];
}

const placeholdersIn = (template: string) => Array.from(template.matchAll(PLACEHOLDER), (m) => m[1]!);

/** The site part of a URL template: `{param}` when it starts with one, else scheme and host as written. */
export function siteOf(template: string): string {
  const leading = /^\{[A-Za-z]\w*\}/.exec(template);
  if (leading) return leading[0];
  const m = /^([a-z]+:\/\/[^/?#]+)/i.exec(template);
  return (m?.[1] ?? template).toLowerCase();
}

/** `https://{host}` and `{host}` name the same site the user enters. */
const sameSite = (a: string, b: string) => a.replace(/^https:\/\//, '') === b.replace(/^https:\/\//, '');

export function credentialUse(preset: Preset): CredentialUse {
  const parts = partsOf(preset);
  const redirectSites = [...new Set(parts.flatMap((p) => p.integration.redirectUris.map(siteOf)))];
  const scopes = [...new Set(parts.flatMap(allScopesOf))];
  const handOffs = parts.flatMap((p) => (p.handOff ? [p.handOff] : []));
  if (handOffs.length === 0) return { redirectSites, destinations: null, secretFields: [], outside: [], scopes };
  const destinations = handOffs.flatMap((h) =>
    h.url !== undefined ? [h.url] : h.origins !== undefined ? [...h.origins] : ['any page you open'],
  );
  const secretFields = handOffs.flatMap((h) =>
    h.fields
      .filter((f) =>
        placeholdersIn(f.value).some((k) => (SECRET_PLACEHOLDERS as readonly string[]).includes(k.split('.').pop()!)),
      )
      .map((f) => f.labels[0]!),
  );
  const outside = destinations.filter(
    (d) => d === 'any page you open' || !redirectSites.some((site) => sameSite(siteOf(d), site)),
  );
  return {
    redirectSites,
    destinations: [...new Set(destinations)],
    secretFields,
    outside: [...new Set(outside)],
    scopes,
  };
}
