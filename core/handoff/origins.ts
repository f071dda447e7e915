/**
 * Where a hand-off may fill: a preset's `origins`, each an https origin or a match pattern for a
 * site and its subdomains (`https://*.cloud.com`), as an admin writes them in a policy. Ports are
 * exact (none written: the default one); paths are not part of an origin.
 */
import { allowedScheme } from '../presets/url-rules';

const PATTERN =
  /^(https?):\/\/(\*\.)?([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*)(?::(\d{1,5}))?\/?(?:\*)?$/i;

export interface OriginPattern {
  scheme: string;
  /** `*.` was written: the site and every subdomain. */
  subdomains: boolean;
  host: string;
  port: string;
}

export function parseOriginPattern(pattern: string): OriginPattern | null {
  const m = PATTERN.exec(pattern.trim());
  if (!m) return null;
  return { scheme: m[1]!.toLowerCase(), subdomains: m[2] !== undefined, host: m[3]!.toLowerCase(), port: m[4] ?? '' };
}

/** Null when `pattern` (placeholders already filled) names a site a secret may go to, else why not. */
export function originPatternProblem(pattern: string): string | null {
  const p = parseOriginPattern(pattern);
  if (!p) return `"${pattern}" is not an origin like https://app.example.com or a pattern like https://*.example.com`;
  if (!allowedScheme(new URL(`${p.scheme}://${p.host}`)))
    return `"${pattern}" is not https (plain http only for localhost/127.0.0.1)`;
  if (p.subdomains && !p.host.includes('.'))
    return `"${pattern}" matches every site under .${p.host}; name the vendor's own domain, e.g. https://*.vendor.com`;
  return null;
}

/** The origin (`https://host[:port]`) is one the pattern allows. */
export function originMatches(pattern: string, origin: string): boolean {
  const p = parseOriginPattern(pattern);
  if (!p) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== `${p.scheme}:` || url.port !== p.port) return false;
  const host = url.hostname.toLowerCase();
  return host === p.host || (p.subdomains && host.endsWith(`.${p.host}`));
}
