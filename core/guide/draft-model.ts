/**
 * A preset drafted from a guide, in the shape the review edits (each scope with where it goes),
 * and the preset document it becomes: one integration, or a bundle when the guide has several.
 */
import type { Portal } from '../catalog/catalog';
import type { Parameter } from '../presets/schema';
import { SCHEMA_VERSION } from '../presets/schema';

/**
 * - `required`: ticked;
 * - `optional`: ticked when the portal offers it (the guide says it may not exist);
 * - `choice`: offered at fill time as a feature to switch on (default off), with the guide's words;
 * - `left out`: not in the preset.
 */
export type Placement = 'required' | 'optional' | 'choice' | 'left out';

export interface DraftScope {
  scope: string;
  placement: Placement;
  /** The guide's words that decided an optional or a choice. */
  words?: string;
}

export interface DraftPart {
  key: string;
  title: string;
  portal: Portal;
  name: string;
  description: string;
  contactEmail?: string;
  redirectUris: string[];
  scopes: DraftScope[];
}

export interface DraftCorrection {
  asWritten: string;
  correct?: string;
  note: string;
}

export interface DraftModel {
  id: string;
  name: string;
  vendor: string;
  source: string;
  sourceUrl?: string;
  parameters: Parameter[];
  parts: DraftPart[];
  corrections: DraftCorrection[];
  notes: string[];
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

function integrationOf(part: DraftPart) {
  const of = (p: Placement) => part.scopes.filter((s) => s.placement === p);
  const groups = new Map<string, string[]>();
  for (const s of of('choice')) {
    const words = s.words ?? s.scope;
    groups.set(words, [...(groups.get(words) ?? []), s.scope]);
  }
  const featureGroups = [...groups].map(([words, scopes], i) => ({
    key: `choice${i + 1}`,
    name: clip(scopes.length === 1 ? `${scopes[0]}: ${words}` : words, 80),
    reason: clip(`The guide: “${words}”`, 300),
    scopes,
    default: false,
  }));
  return {
    name: part.name,
    description: part.description,
    ...(part.contactEmail && { contactEmail: part.contactEmail }),
    redirectUris: part.redirectUris,
    scopes: of('required').map((s) => s.scope),
    optionalScopes: of('optional').map((s) => s.scope),
    ...(featureGroups.length > 0 && { featureGroups }),
  };
}

/** The parameters some name, description or redirect URI still uses (the user may have typed a placeholder away). */
export function usedParameters(model: DraftModel): Parameter[] {
  const texts = model.parts.flatMap((p) => [p.name, p.description, ...p.redirectUris]).join('\n');
  return model.parameters.filter((p) => texts.includes(`{${p.key}}`));
}

/** The preset document: `portal` + `integration`, or `integrations` for a bundle. */
export function presetOfDraft(model: DraftModel): Record<string, unknown> {
  const optionalNotes = model.parts.flatMap((p) =>
    p.scopes
      .filter((s) => s.placement === 'optional' && s.words)
      .map((s) => clip(`${s.scope} is ticked if the portal offers it: the guide says “${s.words}”.`, 1000)),
  );
  const notes = [...model.notes, ...optionalNotes].slice(0, 20);
  const base = {
    $schema: './preset.schema.json',
    schemaVersion: SCHEMA_VERSION,
    id: model.id,
    name: model.name,
    vendor: model.vendor,
    source: model.source,
    ...(model.sourceUrl && { sourceUrl: model.sourceUrl }),
  };
  const tail = {
    ...(model.corrections.length > 0 && { corrections: model.corrections.slice(0, 30) }),
    notes,
  };
  if (model.parts.length === 1) {
    const [part] = model.parts as [DraftPart];
    return {
      ...base,
      portal: part.portal,
      parameters: usedParameters(model),
      integration: integrationOf(part),
      ...tail,
    };
  }
  return {
    ...base,
    parameters: usedParameters(model),
    integrations: model.parts.map((p) => ({
      key: p.key,
      title: p.title,
      portal: p.portal,
      integration: integrationOf(p),
    })),
    ...tail,
  };
}
