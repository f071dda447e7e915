/**
 * The review of a draft from a guide: the user's edits (names, portal, redirect URIs, where each
 * scope goes, which scope a prefix-less name means), and what must be fixed before saving, said
 * where it is (the redirect URI, the integration) rather than as a JSON path.
 */
import type { Portal } from '../catalog/catalog';
import { redirectUriProblem } from '../presets/url-rules';
import type { Problem } from '../presets/problems';
import { sampleValues } from '../presets/parameter-rules';
import type { KnownScopes } from '../presets/scope-rules';
import { validatePreset } from '../presets/validate';
import type { DraftModel, DraftPart, Placement } from './draft-model';
import { presetOfDraft } from './draft-model';

export type PartPatch = Partial<Pick<DraftPart, 'name' | 'description' | 'portal' | 'title'>>;

const mapPart = (model: DraftModel, index: number, f: (p: DraftPart) => DraftPart): DraftModel => ({
  ...model,
  parts: model.parts.map((p, i) => (i === index ? f(p) : p)),
});

export function editPart(model: DraftModel, index: number, patch: PartPatch): DraftModel {
  return mapPart(model, index, (p) => ({ ...p, ...patch }));
}

export function placeScope(model: DraftModel, index: number, scope: string, placement: Placement): DraftModel {
  return mapPart(model, index, (p) => {
    const had = p.scopes.find((s) => s.scope === scope);
    const scopes = had
      ? p.scopes.map((s) => (s.scope === scope ? { ...s, placement } : s))
      : [...p.scopes, { scope, placement }];
    return { ...p, scopes };
  });
}

export function setRedirectUri(model: DraftModel, index: number, at: number, value: string): DraftModel {
  return mapPart(model, index, (p) => ({
    ...p,
    redirectUris:
      at >= p.redirectUris.length ? [...p.redirectUris, value] : p.redirectUris.map((u, k) => (k === at ? value : u)),
  }));
}

export function removeRedirectUri(model: DraftModel, index: number, at: number): DraftModel {
  return mapPart(model, index, (p) => ({ ...p, redirectUris: p.redirectUris.filter((_, k) => k !== at) }));
}

export function relabelParameter(model: DraftModel, key: string, label: string): DraftModel {
  return { ...model, parameters: model.parameters.map((p) => (p.key === key ? { ...p, label } : p)) };
}

/** An id no other preset has: the draft's, or with -2, -3… */
export function freeId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n++) {
    const candidate = `${id.slice(0, 60)}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Why a redirect URI as typed would be refused, checked with neutral values for its parameters. */
export function redirectProblem(model: DraftModel, uri: string): string | null {
  if (uri.trim() === '') return 'is empty: type the address, or remove it';
  const samples = sampleValues({ parameters: model.parameters });
  const filled = uri.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (whole, key: string) => samples[key] ?? whole);
  if (/\{[^}]*\}/.test(filled)) return `uses ${/\{[^}]*\}/.exec(filled)![0]}, which is not one of the parameters`;
  return redirectUriProblem(filled);
}

/** Where a problem's JSON path is, in the review's words. */
export function placeOf(path: string, model: DraftModel): string {
  const m = /^(?:integrations\[(\d+)\]\.)?integration\.(\w+)(?:\[(\d+)\])?/.exec(path);
  if (!m) {
    if (/^parameters\[(\d+)\]/.test(path)) {
      const i = Number(/^parameters\[(\d+)\]/.exec(path)![1]);
      return `Parameter “${model.parameters[i]?.label ?? i + 1}”`;
    }
    return { id: 'Preset id', name: 'Preset name', vendor: 'Vendor', source: 'Source' }[path] ?? (path || 'The preset');
  }
  const part = model.parts.length > 1 ? `Integration ${Number(m[1]) + 1}: ` : '';
  const field = m[2]!;
  const at = m[3] !== undefined ? Number(m[3]) + 1 : undefined;
  const names: Record<string, string> = {
    redirectUris: at ? `redirect URI ${at}` : 'redirect URIs',
    scopes: at ? `scope ${at}` : 'scopes',
    optionalScopes: 'scopes ticked if offered',
    featureGroups: 'scopes to choose when filling',
    name: 'integration name',
    description: 'description',
    contactEmail: 'contact email',
  };
  const words = names[field] ?? field;
  return `${part}${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

export interface ReviewCheck {
  ok: boolean;
  problems: Array<{ place: string; message: string }>;
  warnings: Array<{ place: string; message: string }>;
}

/** What the validator says about the draft as it now stands. */
export function checkDraft(model: DraftModel, known: KnownScopes): ReviewCheck {
  const r = validatePreset(presetOfDraft(model), { known });
  const words = (list: readonly Problem[]) => list.map((p) => ({ place: placeOf(p.path, model), message: p.message }));
  return r.ok
    ? { ok: true, problems: [], warnings: words(r.warnings ?? []) }
    : { ok: false, problems: words(r.problems), warnings: [] };
}

export const PORTALS: readonly Portal[] = ['developer.webex.com', 'developer.webex-cx.com'];
