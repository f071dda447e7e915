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
 * - cui: Momentum UI React's `div.cui-checkbox` (input, `<label for={htmlId}>`, helper child);
 * - radix: Radix/shadcn's `button[role=checkbox]` with its hidden form `<input aria-hidden>`, named by row text;
 * - listbox: React Aria's multi-select list box (`role=option`, `aria-selected`);
 * - desc-only: checkboxes named by their description only, no scope name anywhere (a list the
 *   extension cannot recognise: for the report's latency on such a page).
 */
export type Markup =
  | 'for'
  | 'wrap'
  | 'aria'
  | 'shadow'
  | 'label-desc'
  | 'aria-wrapper'
  | 'shadow-row'
  | 'mdc'
  | 'cui'
  | 'radix'
  | 'listbox'
  | 'desc-only';
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
  'radix',
  'listbox',
  'desc-only',
];
/** How the icon picker shows its choice: a preview image, or the choice's own aria-pressed / aria-checked / aria-selected. */
export type IconStyle = 'preview' | 'pressed' | 'checked' | 'selected';
/** How the result view lays out each credential. */
export type ResultLayout = 'dl' | 'wrapped' | 'for' | 'labelledby' | 'table';
export type IdFormat = 'scope' | 'prefixed' | 'none';
/**
 * rows: "Add URI" rows; chips: Enter-to-add chips; chips-add: chips committed only by an "Add"
 * button (Enter does nothing); textarea: one per line; rows-numbered: rows labelled "Redirect URI 1"…
 */
export type RedirectMode = 'rows' | 'chips' | 'chips-add' | 'textarea' | 'rows-numbered';
export const REDIRECT_MODES: readonly RedirectMode[] = ['rows', 'chips', 'chips-add', 'textarea', 'rows-numbered'];
/**
 * How the scope list shows its rows: flat; collapsed sections that render nothing until expanded;
 * `<details>` sections rendered but closed; a virtual list that mounts 25 rows at a time.
 */
export type Sections = 'flat' | 'collapsed' | 'hidden' | 'virtual';
export const SECTIONS: readonly Sections[] = ['flat', 'collapsed', 'hidden', 'virtual'];

export interface ReplicaConfig {
  /** Milliseconds before the scope list renders (it "comes from the server"). */
  delay: number;
  markup: Markup;
  ids: IdFormat;
  contactEmail: boolean;
  sparkAllExclusive: boolean;
  /** Scopes the server leaves out. */
  missing: string[];
  /** Scopes the server offers beyond the shipped catalog (newer ones, e.g. meeting:summaries_read). */
  extra: string[];
  /** Descriptions that name other scopes, as text and as `<code>`. */
  traps: boolean;
  redirect: RedirectMode;
  /** Terms checkbox on developer.webex.com too (always on the Contact Center portal). */
  terms: boolean;
  icon: IconStyle;
  /** A default icon (1-based) the user already chose on the new form; 0: none. */
  iconChosen: number;
  /** The preview shows a placeholder picture before any choice. */
  iconPlaceholder: boolean;
  /** "Edit" opens the default icons in a modal dialog attached to `<body>`, confirmed with "Apply". */
  iconDialog: boolean;
  result: ResultLayout;
  /** Milliseconds after the "Congratulations" heading before the values appear; 0: with it. */
  resultLate: number;
  /** The Client Secret shows as dots until "Show" is clicked. */
  secretMasked: boolean;
  /** The mobile SDK question as two radio buttons or as a drop-down with a placeholder option. */
  sdk: 'radios' | 'select';
  sections: Sections;
  /** Scope names carry invisible line-break helpers (zero-width spaces, soft hyphens). */
  noise: boolean;
}

export const DEFAULTS: ReplicaConfig = {
  delay: 400,
  markup: 'for',
  ids: 'scope',
  contactEmail: false,
  sparkAllExclusive: false,
  missing: [],
  extra: [],
  traps: false,
  redirect: 'rows',
  terms: false,
  icon: 'preview',
  iconChosen: 0,
  iconPlaceholder: false,
  iconDialog: false,
  result: 'dl',
  resultLate: 0,
  secretMasked: false,
  sdk: 'radios',
  sections: 'flat',
  noise: false,
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
    extra: q.has('extra') ? (q.get('extra') ?? '').split(',').filter(Boolean) : base.extra,
    traps: flag('traps', base.traps),
    redirect: pick(q.get('redirect'), REDIRECT_MODES, base.redirect),
    terms: flag('terms', base.terms),
    icon: pick(q.get('icon'), ['preview', 'pressed', 'checked', 'selected'], base.icon),
    iconChosen: q.has('iconChosen') ? Math.max(0, Math.min(6, Number(q.get('iconChosen')) || 0)) : base.iconChosen,
    iconPlaceholder: flag('iconPlaceholder', base.iconPlaceholder),
    iconDialog: flag('iconDialog', base.iconDialog),
    result: pick(q.get('result'), ['dl', 'wrapped', 'for', 'labelledby', 'table'], base.result),
    resultLate: q.has('resultLate') ? Math.max(0, Number(q.get('resultLate')) || 0) : base.resultLate,
    secretMasked: flag('secretMasked', base.secretMasked),
    sdk: pick(q.get('sdk'), ['radios', 'select'], base.sdk),
    sections: pick(q.get('sections'), SECTIONS, base.sections),
    noise: flag('noise', base.noise),
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
