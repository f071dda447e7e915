/**
 * Presets and defaults an organisation pushes by browser policy: Chrome's managed storage
 * (declared by `managed-schema.json`, see managed-schema.ts) or Firefox's
 * `policies.json` → `3rdparty.Extensions`. Read from `storage.managed`; every preset is
 * validated like any other, and an invalid one is listed with its problems without hiding the
 * valid ones. Nothing here is ever written: the organisation owns it.
 */
import { type ManagedArea, readOrgDefaults } from './org-defaults';
import { validatePreset } from './validate';
import { docId } from './doc-id';
import { NO_ORG, type OrgLoad } from './org-load';

export { NO_ORG, type OrgLoad };

/** Reads the policy. No policy (Firefox throws when there is none) is simply nothing. */
export async function loadOrgPresets(area: ManagedArea | undefined): Promise<OrgLoad> {
  if (!area) return NO_ORG;
  let raw: Record<string, unknown>;
  try {
    raw = await area.get(['presets', 'defaults']);
  } catch {
    return NO_ORG;
  }
  return orgFromPolicy(raw);
}

/** The policy as read from storage.managed: its presets validated (the invalid ones listed), its defaults. */
export function orgFromPolicy(raw: Record<string, unknown>): OrgLoad {
  const out: OrgLoad = { presets: [], broken: [], defaults: {} };
  const list = raw.presets;
  if (list !== undefined && !Array.isArray(list)) {
    out.broken.push({ index: 0, id: 'presets', problems: [{ path: 'presets', message: 'must be a list of presets' }] });
  } else {
    (list ?? []).forEach((doc: unknown, index: number) => {
      const r = validatePreset(doc);
      if (r.ok) out.presets.push(r.value);
      else out.broken.push({ index, id: docId(doc, `#${index + 1}`), problems: r.problems });
    });
  }
  const { defaults, problem } = readOrgDefaults(raw.defaults);
  out.defaults = defaults;
  if (problem) out.defaultsProblem = problem;
  return out;
}
