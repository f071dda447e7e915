/** The URL rules every preset URL follows: redirect URIs, URL parameters, hand-off pages and origins. */

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https, or plain http on this machine only: the rule for redirect URIs and for URL parameters alike. */
export function allowedScheme(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
}

/** Null when `uri` is a redirect URI the portal would accept, else why not. */
export function redirectUriProblem(uri: string): string | null {
  if (/\s/.test(uri)) return `"${uri}" contains whitespace`;
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return `"${uri}" is not an absolute URI (expected e.g. https://app.example.com/callback)`;
  }
  if (url.hash || uri.includes('#')) return `"${uri}" has a #fragment, which OAuth redirect URIs may not have`;
  if (allowedScheme(url)) return null;
  if (url.protocol === 'http:')
    return `"${uri}" uses http; only https is allowed (plain http only for localhost/127.0.0.1)`;
  return `"${uri}" uses ${url.protocol.replace(/:$/, '')}; expected https`;
}
