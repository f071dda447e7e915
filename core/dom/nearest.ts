/**
 * Self-diagnosis: when a fill cannot find what it looks for, what the page has nearest to it, in
 * the words a person uses ("a text box labelled 'Redirect URL'"). A bug report then says what
 * changed, and an admin can act at once.
 */
import { closest, editDistance } from '../presets/suggest';
import { labelKey, normText } from './deep';
import { toFinder, type Where } from './finder';
import { CONTROL_SELECTORS, hasOwnLabel, labelBefore } from './locate-field';

const KIND_WORDS: Array<[string, string]> = [
  [CONTROL_SELECTORS.checkbox, 'checkbox'],
  [CONTROL_SELECTORS.radio, 'radio button'],
  [CONTROL_SELECTORS.file, 'file picker'],
  ['select, [role=combobox], [role=listbox]', 'list'],
  [CONTROL_SELECTORS.entry, 'text box'],
];
const ANY_CONTROL = KIND_WORDS.map(([s]) => s).join(', ');

export function kindWord(el: Element): string {
  return KIND_WORDS.find(([selector]) => el.matches(selector))?.[1] ?? 'control';
}

const words = (s: string) => new Set(s.split(/[^a-z0-9]+/).filter((w) => w.length > 1));

/** 0..1: how alike two labels are, by letters or by shared words. */
export function likeness(a: string, b: string): number {
  const x = labelKey(a);
  const y = labelKey(b);
  if (!x || !y) return 0;
  const byLetters = 1 - editDistance(x, y) / Math.max(x.length, y.length);
  const wx = words(x);
  const wy = words(y);
  const shared = [...wx].filter((w) => wy.has(w) || [...wy].some((v) => v.startsWith(w) || w.startsWith(v))).length;
  const byWords = shared / Math.max(wx.size, wy.size, 1);
  return Math.max(byLetters, byWords);
}

/** The text a control is known by: its accessible name, or for a nameless one the text right before it. */
function shownName(finder: ReturnType<typeof toFinder>, control: Element): string {
  const name = normText(finder.name(control));
  if (hasOwnLabel(control, name)) return name;
  const before = labelBefore(control, { has: () => true }, 1);
  return normText(before?.textContent ?? name);
}

/** "a text box labelled "Redirect URL"", or null when nothing on the page is alike (below half). */
export function nearestControl(where: Where, labels: readonly string[]): string | null {
  const finder = toFinder(where);
  let best: { el: Element; name: string; score: number } | null = null;
  for (const control of finder.all(ANY_CONTROL)) {
    const name = shownName(finder, control);
    if (!name || name.length > 120) continue;
    const score = Math.max(...labels.map((l) => likeness(name, l)));
    if (score >= 0.5 && (!best || score > best.score)) best = { el: control, name, score };
  }
  return best ? `a ${kindWord(best.el)} labelled "${best.name}"` : null;
}

/** What a missing field report says: what was looked for, and what was found nearest instead. */
export function lookedFor(where: Where, labels: readonly string[], what = 'a field'): string {
  const wanted = labels.map((l) => `"${l}"`).join(' or ');
  const nearest = nearestControl(where, labels);
  return `looked for ${what} labelled ${wanted}; ${nearest ? `nearest on the page: ${nearest}` : 'nothing on the page is labelled alike'}`;
}

/** For a page without a scope list: how many checkboxes there are and what one is called. */
export function scopeListDiagnosis(where: Where): string {
  const finder = toFinder(where);
  const boxes = finder.all(CONTROL_SELECTORS.checkbox);
  const example = boxes.map((b) => shownName(finder, b)).find(Boolean);
  return `looked for checkboxes named like a scope, "prefix:name" (e.g. "spark:kms"); found ${
    boxes.length === 0
      ? 'no checkbox at all'
      : `${boxes.length} checkbox${boxes.length === 1 ? '' : 'es'}, none named like a scope${example ? `, e.g. "${example.slice(0, 80)}"` : ''}`
  }`;
}

/** For a scope the page does not list: the closest one it does, if any. */
export function nearestScope(scope: string, offered: readonly string[]): string | null {
  return closest(scope, offered) ?? null;
}
