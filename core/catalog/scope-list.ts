/**
 * The scopes a picker offers for a portal: the shipped catalog and what the portal was seen to
 * offer, merged. The portal's own description wins once seen; until then a description the
 * catalog marks as a guess ("(derived)", "(unknown…)") is shown as one, never as the portal's text.
 */
import { type Portal, scopesFor } from './catalog';
import type { LearnedCatalog } from './learned';

export interface PickerScope {
  scope: string;
  description: string;
  /** The description is the catalog's guess, not the portal's words. */
  guessed: boolean;
  /** The day the portal was seen offering it (YYYY-MM-DD), if it was. */
  seenOn?: string;
  disabled?: boolean;
}

const GUESS = /^\((derived|unknown)[^)]*\)\s*/i;

export function pickerScopes(portal: Portal, learned: LearnedCatalog): PickerScope[] {
  const seen = new Map((learned.portals[portal] ?? []).map((s) => [s.scope, s]));
  const out: PickerScope[] = scopesFor(portal).map(({ scope, description }) => {
    const portalSaid = seen.get(scope);
    if (portalSaid?.description)
      return {
        scope,
        description: portalSaid.description,
        guessed: false,
        seenOn: portalSaid.seenOn,
        disabled: portalSaid.disabled,
      };
    const guessed = GUESS.test(description);
    return {
      scope,
      description: guessed ? description.replace(GUESS, '') : description,
      guessed,
      ...(portalSaid && { seenOn: portalSaid.seenOn, disabled: portalSaid.disabled }),
    };
  });
  const shipped = new Set(out.map((s) => s.scope));
  for (const s of seen.values())
    if (!shipped.has(s.scope))
      out.push({ scope: s.scope, description: s.description, guessed: false, seenOn: s.seenOn, disabled: s.disabled });
  return out;
}
