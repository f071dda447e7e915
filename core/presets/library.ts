/**
 * The preset library as users see it: the organisation's presets (read-only, by policy), the
 * user's own, and the built-in ones (unless the organisation hides them), one per id, in that
 * order of precedence. Also what an import would change, before anything is saved.
 */
import type { Preset } from './schema';
import { type Problem } from './problems';
import { type ValidateOptions, validatePreset } from './validate';
import { type CredentialUse, credentialUse } from './credential-use';
import { docId } from './doc-id';
import { allScopesOf, partsOf } from './parts';

export { type LibraryEntry, mergeLibrary, type Origin } from './merge-library';

/** A fresh id for a copy: `<id>-copy`, then `-copy-2`, … (at most 64 characters). */
export function freshId(id: string, taken: ReadonlySet<string>): string {
  const base = `${id.slice(0, 55)}-copy`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** "Duplicate": a built-in or organisation preset as a new custom draft. */
export function duplicateDraft(preset: Preset, taken: ReadonlySet<string>): Preset {
  return { ...preset, id: freshId(preset.id, taken), name: `${preset.name} (copy)`.slice(0, 120) };
}

interface Planned {
  id: string;
  doc: unknown;
  preset: Preset;
  /** What it does with the credentials: redirect sites, hand-off destination, secret fields. */
  use: CredentialUse;
  /** A built-in or organisation preset it shares its name with: it may pass for that one. */
  nameOf?: string;
  /** What does not stop it, but is worth a look (a scope known nowhere yet). */
  warnings: Problem[];
}

export interface ImportPlan {
  added: Planned[];
  replaced: Array<Planned & { scopesAdded: string[]; scopesRemoved: string[] }>;
  rejected: Array<{ label: string; problems: Problem[] }>;
}

const scopesOf = (p: Preset) => partsOf(p).flatMap(allScopesOf);

/**
 * What importing `input` (one preset or a list) would do to the user's presets: add, replace
 * (same id, with the scope changes), or reject (with each problem's path). Nothing is saved.
 */
export function planImport(
  input: unknown,
  custom: readonly Preset[],
  reservedIds: readonly string[],
  known: ReadonlyArray<Pick<Preset, 'name' | 'id'>> = [],
  options: ValidateOptions = {},
): ImportPlan {
  const docs = Array.isArray(input) ? input : [input];
  const plan: ImportPlan = { added: [], replaced: [], rejected: [] };
  const inFile = new Set<string>();
  docs.forEach((doc, i) => {
    const label = Array.isArray(input) ? `[${i}] ${docId(doc, '(no id)')}` : docId(doc, '(no id)');
    const r = validatePreset(doc, options);
    if (!r.ok) {
      plan.rejected.push({ label, problems: r.problems });
      return;
    }
    const warnings = r.warnings ?? [];
    const { id } = r.value;
    if (reservedIds.includes(id)) {
      plan.rejected.push({
        label,
        problems: [
          { path: 'id', message: `"${id}" is a built-in or organisation preset's id; give the copy another id` },
        ],
      });
      return;
    }
    if (inFile.has(id)) {
      plan.rejected.push({ label, problems: [{ path: 'id', message: `"${id}" appears twice in this import` }] });
      return;
    }
    inFile.add(id);
    const clash = known.find((k) => k.name.trim().toLowerCase() === r.value.name.trim().toLowerCase());
    const planned: Planned = {
      id,
      doc,
      preset: r.value,
      use: credentialUse(r.value),
      warnings,
      ...(clash && { nameOf: clash.name }),
    };
    const before = custom.find((p) => p.id === id);
    if (!before) {
      plan.added.push(planned);
      return;
    }
    const old = new Set(scopesOf(before));
    const now = new Set(scopesOf(r.value));
    plan.replaced.push({
      ...planned,
      scopesAdded: [...now].filter((s) => !old.has(s)),
      scopesRemoved: [...old].filter((s) => !now.has(s)),
    });
  });
  return plan;
}
