/** Which tab the popup acts on: the active tab when it is a portal page, else the most recently used portal tab. */
import { PORTAL_HOSTS } from '../portal/knowledge';

export interface TabLike {
  id?: number;
  url?: string;
  active?: boolean;
  windowId?: number;
  lastAccessed?: number;
}

export function isPortalUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && (PORTAL_HOSTS as readonly string[]).includes(u.host);
  } catch {
    return false;
  }
}

export function pickPortalTab<T extends TabLike>(tabs: readonly T[], currentWindowId?: number): T | null {
  const portal = tabs.filter((t) => t.id !== undefined && isPortalUrl(t.url));
  const active = portal.find((t) => t.active && (currentWindowId === undefined || t.windowId === currentWindowId));
  if (active) return active;
  return [...portal].sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0] ?? null;
}
