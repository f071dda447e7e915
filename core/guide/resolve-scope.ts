/**
 * What a scope-shaped word in a guide stands for, by the validator's near-miss rules: a known
 * scope (on either portal), a correction (case, separator, plural, missing prefix, spelling), a
 * well-formed scope not in the catalog (kept, with a warning), an OpenID Connect word (dropped),
 * or nothing (not a scope).
 */
import type { Portal } from '../catalog/catalog';
import { SCOPE_NAME } from '../portal/knowledge';
import { type KnownScopes, type NearMissKind, nearMiss, singular } from '../presets/scope-rules';
import { editDistance } from '../presets/suggest';

export type Resolution =
  | { kind: 'known'; scope: string }
  | { kind: 'corrected'; scope: string; kinds: NearMissKind[] }
  | { kind: 'unknown'; scope: string; closest?: string }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'oidc' }
  | null;

/** Words of OpenID Connect's sign-in that guides list with scopes; the portal has no checkbox for them. */
export const OIDC_WORDS = new Set(['openid', 'email', 'profile', 'offline_access', 'address', 'phone']);

/** A spelling fix is proposed up to this many edits; beyond, the word is kept as written, with the closest named. */
const MAX_SPELLING_EDITS = 2;

export interface ScopeResolver {
  resolve(word: string): Resolution;
  /** Lower-case prefixes of known scopes (`spark-admin`, `meeting`…): what makes a word scope-shaped. */
  prefixes: ReadonlySet<string>;
  /** The portals a known scope is offered on. */
  portalsOf(scope: string): Portal[];
}

export function scopeResolver(known: KnownScopes): ScopeResolver {
  const portalsByScope = new Map<string, Portal[]>();
  for (const portal of Object.keys(known) as Portal[])
    for (const scope of known[portal]) {
      const on = portalsByScope.get(scope) ?? [];
      if (!on.includes(portal)) portalsByScope.set(scope, [...on, portal]);
    }
  const all = [...portalsByScope.keys()];
  const prefixes = new Set(all.map((s) => s.slice(0, s.indexOf(':')).toLowerCase()));
  /** `people_read` → the scopes that end that way, by their singular lower-case form. */
  const byName = new Map<string, string[]>();
  for (const s of all) {
    const name = singular(s.slice(s.indexOf(':') + 1).toLowerCase());
    byName.set(name, [...new Set([...(byName.get(name) ?? []), s])]);
  }
  const longestFirst = [...prefixes].sort((a, b) => b.length - a.length);
  const nearPrefix = (p: string) => prefixes.has(p) || [...prefixes].some((k) => editDistance(p, k, 2) <= 2);
  const cache = new Map<string, Resolution>();

  const compute = (word: string): Resolution => {
    if (portalsByScope.has(word)) return { kind: 'known', scope: word };
    const lower = word.toLowerCase();
    if (OIDC_WORDS.has(lower)) return { kind: 'oidc' };
    const colon = word.indexOf(':');
    if (colon > 0) {
      const prefix = lower.slice(0, colon);
      if (!nearPrefix(prefix)) return null;
      const near = nearMiss(word, all);
      if (near && !near.kinds.includes('spelling')) return { kind: 'corrected', scope: near.scope, kinds: near.kinds };
      const edits = near ? editDistance(lower, near.scope.toLowerCase()) : Infinity;
      if (near && edits <= MAX_SPELLING_EDITS) return { kind: 'corrected', scope: near.scope, kinds: near.kinds };
      if (SCOPE_NAME.test(word) && prefixes.has(prefix))
        return { kind: 'unknown', scope: word, ...(near && { closest: near.scope }) };
      return null;
    }
    // `spark_admin_people_read`-like: `_` where `:` belongs.
    const under = longestFirst.find((p) => lower.startsWith(`${p}_`) || lower.startsWith(`${p.replace(/-/g, '_')}_`));
    if (under) {
      const candidate = `${under}:${lower.slice(under.length + 1)}`;
      if (portalsByScope.has(candidate)) return { kind: 'corrected', scope: candidate, kinds: ['`_` for `:`'] };
      const near = nearMiss(candidate, all);
      if (near && !near.kinds.includes('spelling'))
        return {
          kind: 'corrected',
          scope: near.scope,
          kinds: ['`_` for `:`', ...near.kinds.filter((k) => k !== '`_` for `:`')],
        };
    }
    // `people_read`: the prefix left out.
    const candidates = byName.get(singular(lower)) ?? [];
    if (candidates.length === 1) {
      const kinds: NearMissKind[] = ['missing prefix'];
      const name = candidates[0]!.slice(candidates[0]!.indexOf(':') + 1);
      if (name.toLowerCase() !== lower) kinds.push('singular or plural');
      else if (name !== word) kinds.push('wrong case');
      return { kind: 'corrected', scope: candidates[0]!, kinds };
    }
    if (candidates.length > 1) return { kind: 'ambiguous', candidates };
    return null;
  };

  return {
    resolve(word) {
      let r = cache.get(word);
      if (r === undefined && !cache.has(word)) {
        r = compute(word);
        cache.set(word, r);
      }
      return r ?? null;
    },
    prefixes,
    portalsOf: (scope) => portalsByScope.get(scope) ?? [],
  };
}
