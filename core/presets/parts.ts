/**
 * A preset's integrations, the same way whatever its shape: one (`portal` + `integration`, as
 * most presets are written) or a bundle (`integrations`, created one after another, each on its
 * own portal with its own credentials). Everything that fills, hands off or checks a preset goes
 * through this list.
 */
import type { HAND_OVER_ITEMS, HandOff, Integration, Portal, Preset } from './schema';

export interface PresetPart {
  /** Names the integration in placeholders of a bundle (`{calling.clientId}`); "main" for a single one. */
  key: string;
  /** What the popup calls it: the preset's name for a single one, the part's title in a bundle. */
  title: string;
  /** 0-based position, and how many there are: "Integration 1 of 2". */
  index: number;
  count: number;
  portal: Portal;
  integration: Integration;
  handOff?: HandOff;
  vendorNeeds?: Array<(typeof HAND_OVER_ITEMS)[number]>;
  notes: string[];
  /** Where the part sits in the document, for problems' paths: '' or `integrations[1].` */
  path: string;
}

export const SINGLE_KEY = 'main';

export const isBundle = (preset: Preset) => preset.integrations !== undefined;

export function partsOf(preset: Preset): PresetPart[] {
  if (preset.integrations) {
    return preset.integrations.map((p, index, all) => ({
      key: p.key,
      title: p.title,
      index,
      count: all.length,
      portal: p.portal,
      integration: p.integration,
      ...(p.handOff && { handOff: p.handOff }),
      ...(p.vendorNeeds && { vendorNeeds: p.vendorNeeds }),
      notes: p.notes,
      path: `integrations[${index}].`,
    }));
  }
  if (!preset.portal || !preset.integration) return [];
  return [
    {
      key: SINGLE_KEY,
      title: preset.name,
      index: 0,
      count: 1,
      portal: preset.portal,
      integration: preset.integration,
      ...(preset.handOff && { handOff: preset.handOff }),
      ...(preset.vendorNeeds && { vendorNeeds: preset.vendorNeeds }),
      notes: [],
      path: '',
    },
  ];
}

/** The part with this key, else the first. */
export function partOf(preset: Preset, key?: string): PresetPart {
  const parts = partsOf(preset);
  return parts.find((p) => p.key === key) ?? parts[0]!;
}

/** "Integration 1 of 2: Webex Calling", or just the title for a single one. */
export const partLabel = (part: Pick<PresetPart, 'index' | 'count' | 'title'>) =>
  part.count > 1 ? `Integration ${part.index + 1} of ${part.count}: ${part.title}` : part.title;

/** Every scope a part may tick: required, optional and every feature group's. */
export function allScopesOf(part: Pick<PresetPart, 'integration'>): string[] {
  const i = part.integration;
  return [...new Set([...i.scopes, ...i.optionalScopes, ...(i.featureGroups ?? []).flatMap((g) => g.scopes)])];
}

/** The portals a preset's integrations are created on. */
export const portalsOf = (preset: Preset) => [...new Set(partsOf(preset).map((p) => p.portal))];

/** "developer.webex.com · 19 scopes", or "2 integrations · developer.webex.com, developer.webex-cx.com · 6 scopes". */
export function presetSummary(preset: Preset): string {
  const parts = partsOf(preset);
  const scopes = parts.reduce((n, p) => n + allScopesOf(p).length, 0);
  const where = portalsOf(preset).join(', ');
  return `${parts.length > 1 ? `${parts.length} integrations · ` : ''}${where} · ${scopes} scopes`;
}
