/**
 * Generated portal pages: a page is data (a `PageSpec`), drawn by fast-check from independent
 * choices for every field, scope row, icon picker and result view. The same spec renders in
 * happy-dom (tests/unit/generated-pages.test.ts) and in real browsers (tests/e2e*), so a
 * failure anywhere replays from its seed. Nothing here was tuned to the locators: each choice is
 * a markup a UI kit could plausibly produce (native, ARIA, web components, Momentum's own).
 */
import fc from 'fast-check';
import catalog from '../../core/catalog/webex-scopes.json' with { type: 'json' };

/** How a control gets its name. `adjacent`: only by sitting next to it, no relation at all. */
export type Tie = 'for' | 'wrap' | 'labelledby' | 'aria-label' | 'adjacent';
/** Where a description sits: inside the label (name and description as two elements), beside it, or via aria-describedby. */
export type DescPlace = 'inside' | 'beside' | 'describedby';
export type IdStyle = 'scope' | 'prefixed' | 'suffixed' | 'random' | 'none';

export interface FieldSpec {
  /** A native control, or a custom element whose open shadow root holds label and control. */
  control: 'native' | 'shadow';
  tie: Tie;
  help: 'none' | 'before' | 'after' | 'describedby';
  /** Wrapper elements around the control (0–4). */
  depth: number;
  star: boolean;
}

/** Invisible characters a page may put into a scope's name to help lines break (or a no-break space around it). */
export type NameNoise = 'none' | 'zwsp' | 'shy' | 'nbsp' | 'wj';

export interface ScopeRowSpec {
  scope: string;
  description: string;
  /** Another scope named inside the description, as text or as `<code>`. */
  mention?: { scope: string; as: 'text' | 'code' };
  /**
   * Native checkbox, `role=checkbox`, a custom element with an open shadow root, Momentum's
   * `mdc-checkbox`, or Radix's `button[role=checkbox]` with the hidden `<input aria-hidden>` twin
   * it renders for forms.
   */
  control: 'native' | 'role' | 'shadow' | 'mdc' | 'radix';
  noise: NameNoise;
  tie: Tie;
  desc: DescPlace;
  depth: number;
  id: IdStyle;
  nameTag: 'span' | 'strong' | 'div' | 'p';
  /** Ticked before the fill (by the user, or the portal: spark:kms is also disabled). */
  checked: boolean;
  disabled: boolean;
}

export type IconStyle = 'preview' | 'pressed' | 'radio-role' | 'option' | 'native-radio';
export interface IconSpec {
  style: IconStyle;
  count: number;
  /** The user's own earlier choice (index), never to be overwritten. */
  preselected: number | null;
  /** The choices appear only after "Edit". */
  behindEdit: boolean;
  /** The section shows a placeholder picture until an icon is chosen (which is not a choice). */
  placeholder: boolean;
  /**
   * "Edit" opens the choices in a modal dialog attached to `<body>`, confirmed with this button
   * (the section then shows the chosen picture); null: the choices are in the section.
   */
  dialog: null | { confirm: 'Apply' | 'Done' | 'Save'; controls: boolean };
}

/**
 * How the redirect URIs are entered: one plain input; chips committed by Enter; chips committed
 * by an "Add" button (Enter does nothing); one text area, a URI per line; rows with "Add URI",
 * labelled "Redirect URI 1", "Redirect URI 2"…
 */
export type RedirectShape = 'input' | 'chips-enter' | 'chips-add' | 'textarea' | 'rows-numbered';

/**
 * How the scope list shows its rows: all at once; in sections that render nothing until
 * expanded (some accordions keep one open); in sections rendered but hidden (`<details>`, or a
 * `hidden` panel behind an `aria-expanded` button); in a virtual list that mounts only the rows
 * in view; as options of a multi-select list box.
 */
export type ScopeLayout =
  | { kind: 'flat' }
  | { kind: 'collapsed'; exclusive: boolean }
  | { kind: 'hidden-sections'; as: 'details' | 'panel' }
  | { kind: 'virtual'; mounted: number }
  | { kind: 'listbox' };

export type ResultLayout =
  'dl' | 'wrapped-input' | 'for-input' | 'labelledby-input' | 'table' | 'heading-code' | 'shadow' | 'inline';
export interface ResultSpec {
  layout: ResultLayout;
  copyButtons: boolean;
  /** The secret as text, or in a password field (masked on screen, still the page's value). */
  secretAs: 'text' | 'password';
  /** The heading shows first; the values arrive a moment later. */
  late: boolean;
  /** The secret (as text) shows as dots until the user clicks "Show". */
  masked: boolean;
  clientIdHex: string;
  secretHex: string;
}

export interface PageSpec {
  fields: { name: FieldSpec; description: FieldSpec; redirect: FieldSpec; contactEmail: FieldSpec | null };
  redirectShape: RedirectShape;
  /** Radio buttons (three markups), or a drop-down whose first option is a placeholder. */
  mobileSdk: 'radiogroup' | 'fieldset' | 'heading' | 'select' | null;
  icon: IconSpec;
  scopes: {
    layout: ScopeLayout;
    rows: ScopeRowSpec[];
    /** ms before the list renders (0: with the form), and whether it comes in two batches. */
    lateMs: number;
    batches: 1 | 2;
    /** The list says `aria-busy` while loading. */
    busy: boolean;
  };
  /** What the preset asks for; some of it may be missing from the page. */
  preset: {
    name: string;
    description: string;
    redirectUris: string[];
    contactEmail: string;
    scopes: string[];
    /** Untick what the preset does not list (set when the user pre-ticked extras). */
    exact: boolean;
  };
  /** Preset scopes the page does not offer: the report must name each. */
  missing: string[];
  result: ResultSpec;
}

/** The scope the portal adds and locks by itself. */
export const FIXED_SCOPE = 'spark:kms';

/** Each scope once (the catalog lists a few under both portals), without the fixed one. */
const CATALOG = [
  ...new Map((catalog as Array<{ scope: string; description: string }>).map((e) => [e.scope, e])).values(),
].filter((e) => e.scope !== FIXED_SCOPE);

const tie = fc.constantFrom<Tie>('for', 'wrap', 'labelledby', 'aria-label', 'adjacent');
const depth = fc.integer({ min: 0, max: 4 });

const fieldArb: fc.Arbitrary<FieldSpec> = fc.record({
  control: fc.constantFrom('native', 'shadow'),
  tie,
  help: fc.constantFrom('none', 'before', 'after', 'describedby'),
  depth,
  star: fc.boolean(),
});

const rowStyle = fc.record({
  control: fc.constantFrom<ScopeRowSpec['control']>('native', 'role', 'shadow', 'mdc', 'radix'),
  noise: fc.constantFrom<NameNoise>('none', 'none', 'none', 'zwsp', 'shy', 'nbsp', 'wj'),
  tie,
  desc: fc.constantFrom<DescPlace>('inside', 'beside', 'describedby'),
  depth,
  id: fc.constantFrom<IdStyle>('scope', 'prefixed', 'suffixed', 'random', 'none'),
  nameTag: fc.constantFrom<ScopeRowSpec['nameTag']>('span', 'strong', 'div', 'p'),
});

const hex = (n: number) =>
  fc.array(fc.constantFrom(...'0123456789abcdef'), { minLength: n, maxLength: n }).map((a) => a.join(''));

const resultArb: fc.Arbitrary<ResultSpec> = fc.record({
  layout: fc.constantFrom<ResultLayout>(
    'dl',
    'wrapped-input',
    'for-input',
    'labelledby-input',
    'table',
    'heading-code',
    'shadow',
    'inline',
  ),
  copyButtons: fc.boolean(),
  secretAs: fc.constantFrom('text', 'password'),
  late: fc.boolean(),
  masked: fc.boolean(),
  clientIdHex: hex(64),
  secretHex: hex(64),
});

const iconArb: fc.Arbitrary<IconSpec> = fc
  .record({
    style: fc.constantFrom<IconStyle>('preview', 'pressed', 'radio-role', 'option', 'native-radio'),
    count: fc.integer({ min: 2, max: 6 }),
    preselected: fc.option(fc.integer({ min: 0, max: 5 }), { freq: 3 }),
    behindEdit: fc.boolean(),
    placeholder: fc.boolean(),
    dialog: fc.option(
      fc.record({
        confirm: fc.constantFrom<'Apply' | 'Done' | 'Save'>('Apply', 'Done', 'Save'),
        controls: fc.boolean(),
      }),
      { freq: 3 },
    ),
  })
  .map((icon) => ({
    ...icon,
    preselected: icon.preselected === null ? null : icon.preselected % icon.count,
    behindEdit: icon.behindEdit || icon.dialog !== null,
  }));

const layoutArb: fc.Arbitrary<ScopeLayout> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<ScopeLayout>({ kind: 'flat' }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('collapsed' as const), exclusive: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('hidden-sections' as const),
      as: fc.constantFrom<'details' | 'panel'>('details', 'panel'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('virtual' as const), mounted: fc.integer({ min: 3, max: 10 }) }),
  },
  { weight: 1, arbitrary: fc.constant<ScopeLayout>({ kind: 'listbox' }) },
);

/** Scope names that begin with another page scope's name (`x:y` → `x:y_write`): the substring trap. */
const prefixTrap = (scope: string, suffix: string) => `${scope}${suffix}`;

export const pageSpecArb: fc.Arbitrary<PageSpec> = fc
  .record({
    picked: fc.shuffledSubarray(CATALOG, { minLength: 4, maxLength: 24 }),
    wantedCount: fc.integer({ min: 1, max: 8 }),
    missingCount: fc.integer({ min: 0, max: 2 }),
    traps: fc.array(fc.record({ at: fc.nat(), suffix: fc.constantFrom('_write', '_all', 's', '_read') }), {
      maxLength: 3,
    }),
    mentions: fc.array(
      fc.record({ at: fc.nat(), of: fc.nat(), as: fc.constantFrom<'text' | 'code'>('text', 'code') }),
      {
        maxLength: 4,
      },
    ),
    extrasChecked: fc.array(fc.nat(), { maxLength: 2 }),
    styles: fc.array(rowStyle, { minLength: 40, maxLength: 40 }),
    order: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
    fields: fc.record({
      name: fieldArb,
      description: fieldArb,
      redirect: fieldArb,
      contactEmail: fc.option(fieldArb, { freq: 3 }),
    }),
    mobileSdk: fc.constantFrom<PageSpec['mobileSdk']>('radiogroup', 'fieldset', 'heading', 'select', null),
    redirectShape: fc.constantFrom<RedirectShape>('input', 'chips-enter', 'chips-add', 'textarea', 'rows-numbered'),
    twoUris: fc.boolean(),
    layout: layoutArb,
    icon: iconArb,
    lateMs: fc.constantFrom(0, 0, 15, 40),
    batches: fc.constantFrom<1 | 2>(1, 2),
    busy: fc.boolean(),
    result: resultArb,
    nameSuffix: fc.nat({ max: 999 }),
  })
  .map((d) => {
    const wanted = d.picked.slice(0, Math.min(d.wantedCount, d.picked.length - 1));
    const missing = wanted.slice(0, Math.min(d.missingCount, wanted.length - 1)).map((e) => e.scope);
    const offered = d.picked.filter((e) => !missing.includes(e.scope));
    // Traps: a longer scope that starts with an offered one, listed just before it.
    const entries = offered.map((e) => ({ scope: e.scope, description: e.description }));
    for (const trap of d.traps) {
      const base = offered[trap.at % offered.length]!;
      const scope = prefixTrap(base.scope, trap.suffix);
      if (!entries.some((e) => e.scope === scope) && !wanted.some((w) => w.scope === scope)) {
        entries.splice(
          entries.findIndex((e) => e.scope === base.scope),
          0,
          { scope, description: `Like ${base.scope}, and more` },
        );
      }
    }
    const all = [{ scope: FIXED_SCOPE, description: 'Permission to interact with encrypted content' }, ...entries];
    // Row order: a permutation drawn from `order`, so wanted scopes land anywhere.
    const ordered = all
      .map((e, i) => ({ e, key: d.order[i % d.order.length]! * 1000 + i }))
      .sort((a, b) => a.key - b.key)
      .map((x) => x.e);
    const wantedNames = wanted.map((w) => w.scope);
    const extras = d.extrasChecked
      .map((n) => ordered[n % ordered.length]!.scope)
      .filter((s) => s !== FIXED_SCOPE && !wantedNames.includes(s));
    const rows: ScopeRowSpec[] = ordered.map((e, i) => ({
      ...e,
      ...d.styles[i % d.styles.length]!,
      checked: e.scope === FIXED_SCOPE || extras.includes(e.scope),
      disabled: e.scope === FIXED_SCOPE,
    }));
    for (const m of d.mentions) {
      const row = rows[m.at % rows.length]!;
      const other = rows[m.of % rows.length]!;
      if (row !== other) row.mention = { scope: other.scope, as: m.as };
    }
    const uris = [`https://vendor${d.nameSuffix}.example.com/oauth/webex`];
    // One plain input holds one URI; every other shape takes a list.
    if (d.twoUris && d.redirectShape !== 'input') uris.push(`https://backup${d.nameSuffix}.example.com/oauth/webex`);
    const spec: PageSpec = {
      fields: d.fields,
      redirectShape: d.redirectShape,
      mobileSdk: d.mobileSdk,
      icon: d.icon,
      scopes: { layout: d.layout, rows, lateMs: d.lateMs, batches: d.batches, busy: d.busy },
      preset: {
        name: `Generated ${d.nameSuffix}`,
        description: `Reads what vendor ${d.nameSuffix} needs`,
        redirectUris: uris,
        contactEmail: `admin${d.nameSuffix}@example.com`,
        scopes: wantedNames,
        exact: extras.length > 0,
      },
      missing,
      result: d.result,
    };
    return spec;
  });

/** What the portal must receive after the fill and the user's "Add Integration". */
export function expectedSubmission(spec: PageSpec) {
  const offered = new Set(spec.scopes.rows.map((r) => r.scope));
  const iconIndex = spec.icon.preselected ?? 0;
  return {
    name: spec.preset.name,
    description: spec.preset.description,
    redirectUris: spec.preset.redirectUris,
    contactEmail: spec.fields.contactEmail ? spec.preset.contactEmail : null,
    mobileSdk: spec.mobileSdk ? 'no' : null,
    icon: `icon-${iconIndex + 1}`,
    scopes: [...new Set([...spec.preset.scopes.filter((s) => offered.has(s)), FIXED_SCOPE])].sort(),
  };
}

/** The credentials the result view shows. */
export function shownCredentials(spec: PageSpec) {
  const clientId = `C${spec.result.clientIdHex}`;
  const scopes = expectedSubmission(spec).scopes;
  return {
    integrationName: spec.preset.name,
    clientId,
    clientSecret: spec.result.secretHex,
    integrationId: btoa(`ciscospark://us/APPLICATION/${clientId}`).replace(/=+$/, ''),
    oauthUrl: `https://webexapis.com/v1/authorize?client_id=${clientId}&response_type=code&redirect_uri=${encodeURIComponent(spec.preset.redirectUris[0]!)}&scope=${scopes.map(encodeURIComponent).join('%20')}&state=set_state_here`,
  };
}

/** What a fill report must say of a generated page: every scope it lacks, and no failed field. */
export function expectedReport(spec: PageSpec) {
  return { notOffered: [...spec.missing].sort(), failedFields: [] as string[] };
}

export function reportSummary(report: {
  scopes: Array<{ scope: string; status: string }>;
  fields: Array<{ field: string; status: string }>;
}) {
  return {
    notOffered: report.scopes
      .filter((s) => s.status === 'not offered')
      .map((s) => s.scope)
      .sort(),
    failedFields: report.fields.filter((f) => f.status === 'failed').map((f) => f.field),
  };
}
