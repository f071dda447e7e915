/** The fill report: what was done to each field and scope, and what still needs the user. */

export type PageKind = 'new-integration' | 'edit-integration' | 'result' | 'other';

export type FieldName = 'mobileSdk' | 'name' | 'contactEmail' | 'icon' | 'description' | 'redirectUris' | 'terms';

export type FieldStatus = 'filled' | 'unchanged' | 'not on this form' | 'failed' | 'left to you';
/** `not found`: not in the list as the extension could see it (a section that would not open, a list not scrolled to its end). */
export type ScopeStatus = 'ticked' | 'already' | 'unticked' | 'not offered' | 'not found' | 'disabled' | 'failed';

export interface FieldResult {
  field: FieldName;
  label: string;
  status: FieldStatus;
  detail?: string;
  /** True when this item is a problem the user must look at. */
  needsUser: boolean;
}

export interface ScopeResult {
  scope: string;
  status: ScopeStatus;
  optional: boolean;
  detail?: string;
  needsUser: boolean;
}

export interface FillReport {
  ok: boolean;
  page: PageKind;
  url: string;
  presetId: string;
  exact: boolean;
  /** Set when nothing could be filled at all (no form on this page). */
  error?: string;
  fields: FieldResult[];
  scopes: ScopeResult[];
  totals: {
    fields: Record<FieldStatus, number>;
    scopes: Record<ScopeStatus, number>;
    needsUser: number;
  };
  elapsedMs: number;
  /** Milliseconds per step (page detection, each field, scopes), for the benchmark and bug reports. */
  timings?: Record<string, number>;
}

/** What a step returns: its result and, when the user must act, the element to show them. */
export interface StepOutcome<R = FieldResult> {
  result: R;
  target?: Element;
}

const FIELD_STATUSES: FieldStatus[] = ['filled', 'unchanged', 'not on this form', 'failed', 'left to you'];
const SCOPE_STATUSES: ScopeStatus[] = [
  'ticked',
  'already',
  'unticked',
  'not offered',
  'not found',
  'disabled',
  'failed',
];

function count<S extends string>(statuses: S[], items: Array<{ status: S }>): Record<S, number> {
  const out = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<S, number>;
  for (const item of items) out[item.status]++;
  return out;
}

export function summarize(
  base: Pick<FillReport, 'page' | 'url' | 'presetId' | 'exact' | 'error'>,
  fields: FieldResult[],
  scopes: ScopeResult[],
  elapsedMs: number,
): FillReport {
  const needsUser = fields.filter((f) => f.needsUser).length + scopes.filter((s) => s.needsUser).length;
  // Anything that needs the user, except the Terms box (always theirs to tick), is a problem the
  // headline must say.
  const hardFailure =
    base.error !== undefined ||
    fields.some((f) => f.status === 'failed' || (f.needsUser && f.status !== 'left to you')) ||
    scopes.some((s) => s.needsUser && s.status !== 'already');
  return {
    ...base,
    ok: !hardFailure,
    fields,
    scopes,
    totals: { fields: count(FIELD_STATUSES, fields), scopes: count(SCOPE_STATUSES, scopes), needsUser },
    elapsedMs,
  };
}

export function field(
  name: FieldName,
  label: string,
  status: FieldStatus,
  detail?: string,
  needsUser = status === 'failed',
): FieldResult {
  return detail === undefined
    ? { field: name, label, status, needsUser }
    : { field: name, label, status, detail, needsUser };
}

/** An item of the report worth showing the user: what needs them, and scopes the portal did not offer. */
export interface AttentionItem {
  name: string;
  status: FieldStatus | ScopeStatus;
  detail?: string;
}

/** The one list the popup and the in-page panel both show, in report order: fields, then scopes. */
export function attentionItems(report: FillReport): AttentionItem[] {
  const item = (name: string, status: AttentionItem['status'], detail?: string): AttentionItem =>
    detail === undefined ? { name, status } : { name, status, detail };
  return [
    ...report.fields.filter((f) => f.needsUser).map((f) => item(f.label, f.status, f.detail)),
    ...report.scopes
      .filter(
        (x) =>
          x.needsUser ||
          x.status === 'not offered' ||
          x.status === 'not found' ||
          x.detail?.includes('open it to review'),
      )
      .map((x) => item(x.scope, x.status, x.detail)),
  ];
}
