/**
 * The toolbar badge says when credentials are held for a tab: the number of integrations
 * captured in it. From the captures and the tabs badged before, what to show and what to clear.
 */
export const BADGED_TABS = 'badgedTabs';
export const BADGE_TITLE = 'Credentials held for this tab: open to copy them';

export function badgeChanges(
  badgedBefore: readonly number[],
  captures: readonly { tabId: number | null }[],
): { show: [tabId: number, text: string][]; clear: number[] } {
  const counts = new Map<number, number>();
  for (const c of captures) if (c.tabId !== null) counts.set(c.tabId, (counts.get(c.tabId) ?? 0) + 1);
  return {
    show: [...counts].map(([tabId, n]) => [tabId, String(n)]),
    clear: badgedBefore.filter((tabId) => !counts.has(tabId)),
  };
}
