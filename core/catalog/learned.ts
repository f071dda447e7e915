/**
 * The scope catalog that does not age: each fill records the scopes the portal offers (name, its
 * own description, disabled or not), per portal host, with the day, in `storage.local`. No user
 * data: scope names and the portal's descriptions only. It is data from a web page, so only
 * scope-shaped names and plain, length-capped text are kept, and a stored value that is not what
 * this module writes is ignored with a message, never fatal.
 */
import { SCOPE_NAME } from '../portal/knowledge';

export const LEARNED_KEY = 'learnedScopes';
const VERSION = 1;
const MAX_SCOPES_PER_PORTAL = 600;
const MAX_DESCRIPTION = 300;

export interface OfferedScope {
  scope: string;
  description: string;
  disabled: boolean;
}

export interface LearnedScope extends OfferedScope {
  /** The day it was last seen on the portal, YYYY-MM-DD. */
  seenOn: string;
}

export interface LearnedCatalog {
  version: typeof VERSION;
  /** By portal host. */
  portals: Record<string, LearnedScope[]>;
}

export const EMPTY_LEARNED: LearnedCatalog = { version: VERSION, portals: {} };

/** Plain text: no control characters, white space folded, capped. */
function plain(text: unknown): string {
  if (typeof text !== 'string') return '';
  return (
    text
      // Anything written like markup is dropped, never kept to be read as HTML.
      .replace(/<[^>]*>?/g, ' ')
      // Control characters (C0, DEL, C1) and invisible line-break helpers become spaces.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_DESCRIPTION)
  );
}

/** What a page reported, reduced to what may be kept: scope-shaped names, plain descriptions. */
export function sanitizeOffered(raw: unknown): OfferedScope[] {
  if (!Array.isArray(raw)) return [];
  const out = new Map<string, OfferedScope>();
  for (const item of raw.slice(0, MAX_SCOPES_PER_PORTAL)) {
    if (typeof item !== 'object' || item === null) continue;
    const { scope, description, disabled } = item as Record<string, unknown>;
    if (typeof scope !== 'string' || scope.length > 100 || !SCOPE_NAME.test(scope)) continue;
    out.set(scope, { scope, description: plain(description), disabled: disabled === true });
  }
  return [...out.values()];
}

/** The stored catalog as this module writes it, or why it was ignored. */
export function readLearned(raw: unknown): { catalog: LearnedCatalog; problem?: string } {
  if (raw === undefined) return { catalog: EMPTY_LEARNED };
  const r = raw as Partial<LearnedCatalog> | null;
  if (
    typeof r !== 'object' ||
    r === null ||
    r.version !== VERSION ||
    typeof r.portals !== 'object' ||
    r.portals === null
  )
    return {
      catalog: EMPTY_LEARNED,
      problem: 'the scopes learned from the portal could not be read and were ignored; the next fill learns them again',
    };
  const portals: Record<string, LearnedScope[]> = {};
  for (const [host, list] of Object.entries(r.portals)) {
    if (!/^[a-z0-9.-]+$/.test(host)) continue;
    const day = (x: unknown) => (typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x) ? x : null);
    portals[host] = sanitizeOffered(list).flatMap((s) => {
      const seenOn = day(
        (list as Array<{ scope?: string; seenOn?: unknown }>).find((x) => x?.scope === s.scope)?.seenOn,
      );
      return seenOn ? [{ ...s, seenOn }] : [];
    });
  }
  return { catalog: { version: VERSION, portals } };
}

/** The catalog with what one fill saw on `host` on `day`: newer descriptions replace older ones. */
export function mergeOffered(
  catalog: LearnedCatalog,
  host: string,
  offered: OfferedScope[],
  day: string,
): LearnedCatalog {
  const known = new Map((catalog.portals[host] ?? []).map((s) => [s.scope, s]));
  for (const s of offered) known.set(s.scope, { ...s, seenOn: day });
  return {
    version: VERSION,
    portals: { ...catalog.portals, [host]: [...known.values()].slice(0, MAX_SCOPES_PER_PORTAL) },
  };
}

interface Area {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadLearned(area: Area): Promise<{ catalog: LearnedCatalog; problem?: string }> {
  try {
    return readLearned((await area.get(LEARNED_KEY))[LEARNED_KEY]);
  } catch (error) {
    return {
      catalog: EMPTY_LEARNED,
      problem: `the scopes learned from the portal could not be read (${(error as Error).message})`,
    };
  }
}

/** Records what a fill saw. A failure to write loses only this lesson, never anything of the user's. */
export async function recordOffered(area: Area, host: string, raw: unknown, now: Date): Promise<void> {
  const offered = sanitizeOffered(raw);
  if (offered.length === 0) return;
  const { catalog } = await loadLearned(area);
  await area.set({ [LEARNED_KEY]: mergeOffered(catalog, host, offered, now.toISOString().slice(0, 10)) });
}
