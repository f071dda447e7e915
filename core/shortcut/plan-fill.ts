/**
 * The keyboard shortcut "Fill the portal form with the last preset": from the active tab, the
 * preset filled last and the values last used with it, either a fill order for that tab or the
 * popup (with why), when something is missing that only the user can give.
 */
import type { FillRequest } from '../messages';
import { NEW_INTEGRATION_PATH, PORTAL_HOSTS } from '../portal/knowledge';
import { choosePart } from '../presets/choose-part';
import { fillRequestOf } from '../presets/fill-request';
import { normalizeValue } from '../presets/parameter-rules';
import { defaultGroups, resolvePreset } from '../presets/resolve-preset';
import type { Preset } from '../presets/schema';

export { FILL_COMMAND, FILL_COMMAND_TITLE } from './command';

export type ShortcutPlan = { kind: 'fill'; tabId: number; request: FillRequest } | { kind: 'popup'; reason: string };

interface Input {
  tab: { id?: number; url?: string } | undefined;
  presets: readonly Preset[];
  lastPresetId: string | undefined;
  /** The values last used with that preset (sites, names; never a secret). */
  values: Readonly<Record<string, string>>;
}

/** A portal page a fill can run on: the New Integration form, or an integration's edit page. */
function portalForm(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || !(PORTAL_HOSTS as readonly string[]).includes(parsed.host)) return null;
  return parsed.pathname.startsWith(NEW_INTEGRATION_PATH) || /^\/my-apps\/[^/]+/.test(parsed.pathname)
    ? parsed.host
    : null;
}

export function planShortcutFill({ tab, presets, lastPresetId, values }: Input): ShortcutPlan {
  const host = portalForm(tab?.url);
  if (tab?.id === undefined || !host)
    return { kind: 'popup', reason: 'The active tab is not a Webex developer portal integration form.' };
  const preset = presets.find((p) => p.id === lastPresetId);
  if (!preset) return { kind: 'popup', reason: 'No preset was filled yet: choose one in the popup.' };
  const part = choosePart(preset, undefined, [], host);
  if (part.portal !== host)
    return { kind: 'popup', reason: `“${preset.name}” is created on ${part.portal}, not on ${host}.` };
  const resolved = resolvePreset(preset, values, { part: part.key, groups: defaultGroups(part) });
  if (!resolved.ok)
    return { kind: 'popup', reason: `“${preset.name}” needs a value: ${resolved.problems[0]!.message}.` };
  const used = Object.fromEntries(preset.parameters.map((p) => [p.key, normalizeValue(p, values[p.key] ?? '')]));
  return {
    kind: 'fill',
    tabId: tab.id,
    request: fillRequestOf(preset, part, resolved.value, { exact: 'auto', values: used }),
  };
}
