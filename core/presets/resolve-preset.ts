/**
 * A valid preset made concrete for one fill: the user's values substituted into one of its
 * integrations, with the scopes of the feature groups chosen. What the fill engine receives.
 */
import type { IntegrationSpec } from '../messages';
import { normalizeValue, parameterValueProblem } from './parameter-rules';
import { partOf, type PresetPart } from './parts';
import type { Problem, Validated } from './problems';
import type { FeatureGroup, Preset } from './schema';
import { checkResolved, placeholders, substitute } from './template-rules';

/** The feature groups on by default. */
export const defaultGroups = (part: Pick<PresetPart, 'integration'>): Set<string> =>
  new Set((part.integration.featureGroups ?? []).filter((g) => g.default).map((g) => g.key));

/** The scopes to tick: the required ones and those of the chosen groups, each once. */
export function wantedScopes(part: Pick<PresetPart, 'integration'>, groups: ReadonlySet<string>): string[] {
  const chosen = (part.integration.featureGroups ?? []).filter((g: FeatureGroup) => groups.has(g.key));
  return [...new Set([...part.integration.scopes, ...chosen.flatMap((g) => g.scopes)])];
}

/** The parameters one part's integration names (a bundle's other parts may need others). */
function parametersUsedBy(part: PresetPart): Set<string> {
  const i = part.integration;
  return new Set(
    [i.name, i.description, ...i.redirectUris, ...(i.contactEmail !== undefined ? [i.contactEmail] : [])].flatMap(
      placeholders,
    ),
  );
}

/**
 * Substitutes the user's values into one integration of a valid preset and checks the result.
 * Problems name `values.<key>` for a bad value, or the preset path for a bad result.
 */
export function resolvePreset(
  preset: Preset,
  rawValues: Readonly<Record<string, string>>,
  { part: key, groups }: { part?: string; groups?: ReadonlySet<string> } = {},
): Validated<IntegrationSpec> {
  const part = partOf(preset, key);
  const needed = parametersUsedBy(part);
  const problems: Problem[] = [];
  const values: Record<string, string> = {};
  for (const param of preset.parameters) {
    const raw = (rawValues[param.key] ?? '').trim();
    const problem = parameterValueProblem(param, raw);
    if (problem && (needed.has(param.key) || raw !== ''))
      problems.push({ path: `values.${param.key}`, message: problem });
    values[param.key] = normalizeValue(param, raw);
  }
  if (problems.length) return { ok: false, problems };
  checkResolved(part, values, problems);
  if (problems.length) return { ok: false, problems };
  const i = part.integration;
  const chosen = groups ?? defaultGroups(part);
  const scopes = wantedScopes(part, chosen);
  const spec: IntegrationSpec = {
    name: substitute(i.name, values),
    description: substitute(i.description, values),
    redirectUris: i.redirectUris.map((u) => substitute(u, values)),
    scopes,
    optionalScopes: i.optionalScopes.filter((s) => !scopes.includes(s)),
    mobileSdk: i.mobileSdk,
  };
  if (i.contactEmail !== undefined) spec.contactEmail = substitute(i.contactEmail, values);
  if (i.icon !== undefined)
    spec.icon = {
      dataUrl: i.icon,
      fileName: `${preset.id}.${i.icon.startsWith('data:image/png') ? 'png' : 'jpg'}`,
    };
  return { ok: true, value: spec };
}
