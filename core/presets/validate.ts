/**
 * The one preset validator, used by the popup, the options page, the CLI and the tests. It reads
 * the document (migrating older versions), checks its shape with the zod schema, then each rule
 * by concern: the integrations' shape, scopes (scope-rules.ts), placeholders and the texts they
 * resolve to (template-rules.ts), the hand-off (handoff-rules.ts). Every problem names its JSON
 * path and says what is wrong and what would be right; warnings do not stop the preset.
 */
import { checkHandOff } from './handoff-rules';
import { issueMessage } from './issue-message';
import { migrate } from './migrate';
import { sampleValues } from './parameter-rules';
import { partsOf } from './parts';
import { formatPath, type Problem, type Validated } from './problems';
import { checkScopes, type KnownScopes, shippedScopes } from './scope-rules';
import { type Preset, PresetSchema } from './schema';
import { checkResolved, checkTemplates } from './template-rules';

export interface ValidateOptions {
  /** Scope names known on each portal: shipped, plus what the portal was seen to offer. */
  known?: KnownScopes;
}

let shipped: KnownScopes | null = null;

/** One integration (`portal` + `integration`) or a bundle (`integrations`), never both or neither. */
function checkShape(preset: Preset, problems: Problem[]) {
  if (preset.integrations) {
    for (const key of ['portal', 'integration', 'handOff', 'vendorNeeds'] as const)
      if (preset[key] !== undefined)
        problems.push({
          path: key,
          message: `a bundle ("integrations") has its ${key} in each integration: move it into integrations[…], or remove "integrations"`,
        });
    if (preset.integrations.length < 2)
      problems.push({
        path: 'integrations',
        message: 'a bundle holds at least two integrations; for one, write "portal" and "integration" instead',
      });
    const seen = new Set<string>();
    preset.integrations.forEach((p, i) => {
      if (seen.has(p.key))
        problems.push({
          path: `integrations[${i}].key`,
          message: `"${p.key}" names two integrations; keys must differ`,
        });
      seen.add(p.key);
    });
    return;
  }
  if (preset.portal === undefined)
    problems.push({ path: 'portal', message: 'is missing: add "developer.webex.com" or "developer.webex-cx.com"' });
  if (preset.integration === undefined)
    problems.push({
      path: 'integration',
      message: 'is missing: add the integration (name, description, redirectUris, scopes)',
    });
}

/** Validates a preset document (already parsed from JSON). */
export function validatePreset(input: unknown, options: ValidateOptions = {}): Validated<Preset> {
  const migrated = migrate(input);
  if (!migrated.ok) return migrated;
  const parsed = PresetSchema.safeParse(migrated.value);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: issueMessage(issue, migrated.value),
      })),
    };
  }
  const preset = parsed.data;
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  checkShape(preset, problems);
  if (problems.length) return { ok: false, problems };
  const parts = partsOf(preset);
  const known = options.known ?? (shipped ??= shippedScopes());
  const samples = sampleValues(preset);
  for (const part of parts) checkScopes(part, known, problems, warnings);
  checkTemplates(preset, parts, problems);
  for (const part of parts) {
    checkResolved(part, samples, problems);
    checkHandOff(part, samples, problems);
  }
  if (problems.length) return { ok: false, problems };
  return warnings.length ? { ok: true, value: preset, warnings } : { ok: true, value: preset };
}

/** Validates JSON text: syntax errors are reported with their position, not thrown. */
export function validatePresetJson(text: string, options: ValidateOptions = {}): Validated<Preset> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  return validatePreset(data, options);
}
