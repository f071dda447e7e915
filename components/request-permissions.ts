/**
 * Asks, from the user's click, for the permissions a feature needs, leaving out those this
 * browser grants at install instead (Firefox cannot make `identity` optional). True at once when
 * nothing is left to ask for.
 */
type BrowserPermissions = Parameters<typeof browser.permissions.request>[0];

export async function requestOptional(wanted: { origins?: string[]; permissions: string[] }): Promise<boolean> {
  const optional = new Set(browser.runtime.getManifest().optional_permissions ?? []);
  const request = { ...wanted, permissions: wanted.permissions.filter((p) => optional.has(p)) };
  if (!request.origins?.length && request.permissions.length === 0) return true;
  return browser.permissions.request(request as BrowserPermissions) as Promise<boolean>;
}
