/**
 * The browser's own redirect URI (`identity.getRedirectURL()`): Chrome's
 * `https://<extension id>.chromiumapp.org/`, Firefox's `https://<hash>.extensions.allizom.org/`.
 * The `identity` permission is optional, so until it is granted the page can only recognise
 * such a URI by its host.
 */
const BROWSER_REDIRECT_HOSTS = /\.(chromiumapp\.org|extensions\.allizom\.org)$/;

export function looksLikeBrowserRedirect(uri: string): boolean {
  try {
    const u = new URL(uri);
    return u.protocol === 'https:' && BROWSER_REDIRECT_HOSTS.test(u.hostname);
  } catch {
    return false;
  }
}

/** Why a browser redirect URI registered on the integration is not this browser's, or null when it is. */
export function otherBrowserProblem(registered: string, own: string): string | null {
  const same = (() => {
    try {
      return new URL(registered).href === new URL(own).href;
    } catch {
      return false;
    }
  })();
  return same
    ? null
    : `${registered} is another browser’s (or another install’s) redirect URI; this browser’s is ${own}. Choose another redirect URI, or register this one on the integration.`;
}
