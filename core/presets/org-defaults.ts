/**
 * An organisation's defaults from its browser policy (`storage.managed` → `defaults`): small and
 * without zod, because the background reads them on every copy and capture.
 */
export interface OrgDefaults {
  clipboardClearSeconds?: number;
  forgetAfterMinutes?: number;
  exactMode?: boolean;
  hideBuiltinPresets?: boolean;
}

export interface ManagedArea {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
}

/** The valid entries of a policy's `defaults`; anything else is left out (and reported by the options page). */
export function readOrgDefaults(raw: unknown): { defaults: OrgDefaults; problem?: string } {
  if (raw === undefined) return { defaults: {} };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { defaults: {}, problem: 'the policy’s "defaults" is not an object; it was ignored' };
  const r = raw as Record<string, unknown>;
  const out: OrgDefaults = {};
  const bad: string[] = [];
  for (const key of ['clipboardClearSeconds', 'forgetAfterMinutes'] as const) {
    if (r[key] === undefined) continue;
    if (typeof r[key] === 'number') out[key] = r[key];
    else bad.push(key);
  }
  for (const key of ['exactMode', 'hideBuiltinPresets'] as const) {
    if (r[key] === undefined) continue;
    if (typeof r[key] === 'boolean') out[key] = r[key];
    else bad.push(key);
  }
  return bad.length
    ? { defaults: out, problem: `the policy’s defaults ${bad.join(', ')} have the wrong type and were ignored` }
    : { defaults: out };
}

/** No policy (Firefox throws when there is none) is simply no defaults. */
export async function loadOrgDefaults(area: ManagedArea | undefined): Promise<OrgDefaults> {
  if (!area) return {};
  try {
    return readOrgDefaults((await area.get(['defaults'])).defaults).defaults;
  } catch {
    return {};
  }
}
