/**
 * The scopes of a preset against what is known: the shipped catalog and what the portal was seen
 * to offer. A near miss of a known scope is an error with the correction (wrong case, `_` for
 * `:`, singular for plural, a missing prefix, a misspelling); a well-formed scope known nowhere is
 * only a warning (Webex adds scopes; the portal is the source of truth, and the fill reports
 * whether it offers it).
 */
import type { Portal } from '../catalog/catalog';
import type { LearnedCatalog } from '../catalog/learned';
import { SCOPE_NAMES } from '../catalog/scope-names';
import { SCOPE_NAME } from '../portal/knowledge';
import type { PresetPart } from './parts';
import type { Problem } from './problems';
import { editDistance } from './suggest';

/** Scope names known on each portal. */
export type KnownScopes = Record<Portal, ReadonlySet<string>>;

export function shippedScopes(): KnownScopes {
  return {
    'developer.webex.com': new Set(SCOPE_NAMES['developer.webex.com']),
    'developer.webex-cx.com': new Set(SCOPE_NAMES['developer.webex-cx.com']),
  };
}

/** The shipped names plus those a portal was seen to offer. */
export function withLearned(known: KnownScopes, learned: LearnedCatalog): KnownScopes {
  const out = { ...known };
  for (const portal of Object.keys(out) as Portal[]) {
    const seen = learned.portals[portal] ?? [];
    if (seen.length) out[portal] = new Set([...out[portal], ...seen.map((s) => s.scope)]);
  }
  return out;
}

export type NearMissKind = 'wrong case' | '`_` for `:`' | 'singular or plural' | 'missing prefix' | 'spelling';

export interface NearMiss {
  scope: string;
  kinds: NearMissKind[];
}

/** Words without a plural s: `memberships_read` and `membership_read` compare equal. */
export const singular = (s: string) =>
  s
    .split(/([:_])/)
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .join('');

/**
 * The known scope `scope` was most likely meant to be, and how it differs; null when none is
 * near. Case, separator and plural are compared exactly; a missing prefix by the part after
 * the colon; spelling by edit distance (at most 2, or a fifth of the length).
 */
export function nearMiss(scope: string, known: Iterable<string>): NearMiss | null {
  const list = [...known];
  const lower = scope.toLowerCase();
  // `spark_membership_write`: the first `_` stands where `:` belongs.
  const withColon = lower.includes(':') ? lower : lower.replace('_', ':');
  for (const k of list) {
    const kl = k.toLowerCase();
    const kinds: NearMissKind[] = [];
    if (k !== scope && kl === lower) return { scope: k, kinds: ['wrong case'] };
    if (withColon !== lower && (kl === withColon || singular(kl) === singular(withColon))) {
      kinds.push('`_` for `:`');
      if (kl !== withColon) kinds.push('singular or plural');
      if (k.toLowerCase() === k && scope !== lower) kinds.unshift('wrong case');
      return { scope: k, kinds };
    }
    if (kl !== lower && singular(kl) === singular(lower)) {
      kinds.push('singular or plural');
      if (kl !== k.toLowerCase() || scope !== lower) kinds.unshift('wrong case');
      return { scope: k, kinds };
    }
  }
  if (!scope.includes(':')) {
    const prefixed = list.filter((k) => {
      const after = k.slice(k.indexOf(':') + 1).toLowerCase();
      return after === lower || singular(after) === singular(lower);
    });
    if (prefixed.length === 1) return { scope: prefixed[0]!, kinds: ['missing prefix'] };
  }
  const max = Math.max(2, Math.floor(scope.length / 5));
  let best: string | null = null;
  let bestDistance = max + 1;
  for (const k of list) {
    const d = editDistance(lower, k.toLowerCase(), bestDistance);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best ? { scope: best, kinds: ['spelling'] } : null;
}

const other = (portal: Portal): Portal =>
  portal === 'developer.webex.com' ? 'developer.webex-cx.com' : 'developer.webex.com';

/**
 * Checks one scope written at `path` for a part on `portal`: null when known; else an error
 * (a near miss, the other portal's scope, not a scope name) or a warning (unknown).
 */
export function scopeProblem(
  scope: string,
  portal: Portal,
  known: KnownScopes,
): { level: 'error' | 'warning'; message: string } | null {
  if (known[portal].has(scope)) return null;
  if (known[other(portal)].has(scope))
    return {
      level: 'error',
      message: `"${scope}" is a ${other(portal)} scope; this integration is created on ${portal} (set its portal to "${other(portal)}" or remove it)`,
    };
  const near = nearMiss(scope, known[portal]);
  if (near)
    return {
      level: 'error',
      message: `unknown scope "${scope}" on ${portal} (${near.kinds.join(', ')}): did you mean ${near.scope}?`,
    };
  if (!SCOPE_NAME.test(scope))
    return {
      level: 'error',
      message: `"${scope}" is not a scope name: scopes are written prefix:name, e.g. spark:people_read`,
    };
  return {
    level: 'warning',
    message: `"${scope}" is not in the scope catalog nor seen on ${portal} yet; it is kept, and the fill reports whether the portal offers it`,
  };
}

/** Every scope of a part (required, optional, feature groups): duplicates and unknown scopes, with paths. */
export function checkScopes(part: PresetPart, known: KnownScopes, errors: Problem[], warnings: Problem[]) {
  const at = `${part.path}integration`;
  const groups = part.integration.featureGroups ?? [];
  if (part.integration.scopes.length === 0 && !groups.some((g) => g.scopes.length))
    errors.push({ path: `${at}.scopes`, message: 'is empty: list the scopes to tick (here, or in feature groups)' });
  const listed = new Map<string, string>();
  const checked = new Set<string>();
  const lists: Array<[string, readonly string[], boolean]> = [
    [`${at}.scopes`, part.integration.scopes, true],
    [`${at}.optionalScopes`, part.integration.optionalScopes, true],
    // A scope may be in several feature groups, and in the required list: each group stands alone.
    ...(part.integration.featureGroups ?? []).map((g, i): [string, readonly string[], boolean] => [
      `${at}.featureGroups[${i}].scopes`,
      g.scopes,
      false,
    ]),
  ];
  for (const [list, scopes, unique] of lists) {
    scopes.forEach((scope, i) => {
      const path = `${list}[${i}]`;
      if (unique) {
        const first = listed.get(scope);
        if (first) {
          errors.push({ path, message: `"${scope}" is listed twice (first at ${first}); list each scope once` });
          return;
        }
        listed.set(scope, path);
      }
      if (checked.has(scope)) return;
      checked.add(scope);
      const problem = scopeProblem(scope, part.portal, known);
      if (problem) (problem.level === 'error' ? errors : warnings).push({ path, message: problem.message });
    });
  }
}
