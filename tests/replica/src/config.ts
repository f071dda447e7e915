/**
 * The replica's switches. Every unconfirmed fact about the real portal (docs/portal.md) is a
 * switch, so the content script is proven against each way the real page could be.
 * Set them in the query string (`?markup=shadow&ids=none`); they persist for the tab.
 */

/**
 * Scope-row markup. for/wrap/aria/shadow: the first four guesses. The rest are the classes
 * that broke on independently built pages, and Cisco's own UI kits:
 * - label-desc: native checkbox + `<label for>` holding the name and the description (two elements);
 * - aria-wrapper: `role=checkbox` named by aria-labelledby from an element beside the description;
 * - shadow-row: one custom element per row, its shadow root holding checkbox and label (name + description);
 * - mdc: Momentum Design's `mdc-checkbox` (empty aria-label, label in a slot, help via aria-describedby);
 * - cui: Momentum UI React's `div.cui-checkbox` (input, `<label for={htmlId}>`, helper child).
 */
export type Markup = 'for' | 'wrap' | 'aria' | 'shadow' | 'label-desc' | 'aria-wrapper' | 'shadow-row' | 'mdc' | 'cui';
export const MARKUPS: readonly Markup[] = [
  'for',
  'wrap',
  'aria',
  'shadow',
  'label-desc',
  'aria-wrapper',
  'shadow-row',
  'mdc',
  'cui',
];
/** How the icon picker shows its choice: a preview image, or the choice's own aria-pressed / aria-checked / aria-selected. */
export type IconStyle = 'preview' | 'pressed' | 'checked' | 'selected';
/** How the result view lays out each credential. */
export type ResultLayout = 'dl' | 'wrapped' | 'for' | 'labelledby' | 'table';
export type IdFormat = 'scope' | 'prefixed' | 'none';
export type RedirectMode = 'rows' | 'chips';

export interface ReplicaConfig {
  /** Milliseconds before the scope list renders (it "comes from the server"). */
  delay: number;
  markup: Markup;
  ids: IdFormat;
  contactEmail: boolean;
  sparkAllExclusive: boolean;
  /** Scopes the server leaves out. */
  missing: string[];
  /** Descriptions that name other scopes, as text and as `<code>`. */
  traps: boolean;
  redirect: RedirectMode;
  /** Terms checkbox on developer.webex.com too (always on the Contact Center portal). */
  terms: boolean;
  icon: IconStyle;
  /** A default icon (1-based) the user already chose on the new form; 0: none. */
  iconChosen: number;
  result: ResultLayout;
}

export const DEFAULTS: ReplicaConfig = {
  delay: 400,
  markup: 'for',
  ids: 'scope',
  contactEmail: false,
  sparkAllExclusive: false,
  missing: [],
  traps: false,
  redirect: 'rows',
  terms: false,
  icon: 'preview',
  iconChosen: 0,
  result: 'dl',
};

const STORAGE_KEY = 'replica:config';

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

export function parseConfig(search: string, stored: Partial<ReplicaConfig> = {}): ReplicaConfig {
  const q = new URLSearchParams(search);
  const base = { ...DEFAULTS, ...stored };
  const flag = (key: string, fallback: boolean) =>
    q.has(key) ? q.get(key) === '1' || q.get(key) === 'true' : fallback;
  return {
    delay: q.has('delay') ? Math.max(0, Number(q.get('delay')) || 0) : base.delay,
    markup: pick(q.get('markup'), MARKUPS, base.markup),
    ids: pick(q.get('ids'), ['scope', 'prefixed', 'none'], base.ids),
    contactEmail: flag('contactEmail', base.contactEmail),
    sparkAllExclusive: flag('sparkAllExclusive', base.sparkAllExclusive),
    missing: q.has('missing') ? (q.get('missing') ?? '').split(',').filter(Boolean) : base.missing,
    traps: flag('traps', base.traps),
    redirect: pick(q.get('redirect'), ['rows', 'chips'], base.redirect),
    terms: flag('terms', base.terms),
    icon: pick(q.get('icon'), ['preview', 'pressed', 'checked', 'selected'], base.icon),
    iconChosen: q.has('iconChosen') ? Math.max(0, Math.min(6, Number(q.get('iconChosen')) || 0)) : base.iconChosen,
    result: pick(q.get('result'), ['dl', 'wrapped', 'for', 'labelledby', 'table'], base.result),
  };
}

export function loadConfig(): ReplicaConfig {
  let stored: Partial<ReplicaConfig> = {};
  try {
    stored = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}');
  } catch {
    stored = {};
  }
  const config = parseConfig(location.search, stored);
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(config));
  return config;
}
