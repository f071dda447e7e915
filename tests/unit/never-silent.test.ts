/**
 * One named test for each class of page that a second set of independently built portal pages
 * (Radix/shadcn, React Aria, Headless UI, Angular Material, MUI, virtual lists, accordions)
 * found reported as done while the page did not hold it, reported late, or lost. Each page is
 * the generator's (tests/generated) with one choice set; each test failed on the engine before
 * the change. A fill that waits out its timeout fails by the test's own timeout: the fills get
 * 60 s to wait, the tests 5 s to pass.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ResultCredentials } from '@/core/capture/read-credentials';
import { isComplete, watchResult } from '@/core/capture/watch-result';
import { deepQueryAll } from '@/core/dom/deep';
import { applyPreset } from '@/core/fill/apply-preset';
import { readSubmission, renderGeneratedPage } from '../generated/render';
import { fillRequestFor } from '../generated/request';
import type { FieldSpec, PageSpec, ScopeRowSpec } from '../generated/spec';
import { expectedSubmission, shownCredentials } from '../generated/spec';

const labelled: FieldSpec = { control: 'native', tie: 'for', help: 'none', depth: 0, star: true };
const row = (scope: string, over: Partial<ScopeRowSpec> = {}): ScopeRowSpec => ({
  scope,
  description: `Allows ${scope.split(':')[1]}`,
  control: 'native',
  noise: 'none',
  tie: 'for',
  desc: 'beside',
  depth: 0,
  id: 'none',
  nameTag: 'span',
  checked: scope === 'spark:kms',
  disabled: scope === 'spark:kms',
  ...over,
});
const SCOPES = [
  'spark:kms',
  'spark:people_read',
  'meeting:schedules_read',
  'meeting:recordings_read',
  'spark-admin:people_read',
  'spark-admin:licenses_read',
  'meeting:admin_schedule_read',
  'spark:rooms_read',
  'spark:messages_write',
  'spark:memberships_read',
  'spark-compliance:events_read',
  'audit:events_read',
];
const WANTED = ['spark:people_read', 'spark-admin:licenses_read', 'audit:events_read'];

/** A plain, fully labelled page; each test changes one thing. */
function page(change: (s: PageSpec) => void = () => {}): PageSpec {
  const spec: PageSpec = {
    fields: { name: labelled, description: labelled, redirect: labelled, contactEmail: null },
    redirectShape: 'input',
    mobileSdk: 'radiogroup',
    icon: { style: 'pressed', count: 3, preselected: null, behindEdit: false, placeholder: false, dialog: null },
    scopes: { layout: { kind: 'flat' }, rows: SCOPES.map((s) => row(s)), lateMs: 0, batches: 1, busy: false },
    preset: {
      name: 'Class test',
      description: 'One class of page',
      redirectUris: ['https://vendor.example.com/oauth/webex'],
      contactEmail: 'admin@example.com',
      scopes: WANTED,
      exact: false,
    },
    missing: [],
    result: {
      layout: 'dl',
      copyButtons: true,
      secretAs: 'text',
      late: false,
      masked: false,
      clientIdHex: 'ab'.repeat(32),
      secretHex: 'cd'.repeat(32),
    },
  };
  change(spec);
  return spec;
}

function render(spec: PageSpec) {
  sessionStorage.clear();
  document.body.replaceChildren();
  const app = document.createElement('main');
  document.body.append(app);
  renderGeneratedPage(document, spec, app);
}

async function fill(spec: PageSpec) {
  render(spec);
  const { report } = await applyPreset(document, fillRequestFor(spec, { settleMs: 40, timeoutMs: 60_000 }));
  return report;
}

function submit() {
  document.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  return readSubmission(window);
}

const fieldOf = (report: Awaited<ReturnType<typeof fill>>, name: string) => report.fields.find((f) => f.field === name);

beforeEach(() => document.body.replaceChildren());

describe('silent: success only from what the page holds', () => {
  it('mobile SDK as a <select> with a placeholder option: "No" is chosen and read back', async () => {
    const spec = page((s) => (s.mobileSdk = 'select'));
    const report = await fill(spec);
    expect(fieldOf(report, 'mobileSdk')).toMatchObject({ status: 'filled', detail: 'No' });
    expect(submit()?.mobileSdk).toBe('no');
  });

  it('redirect URIs as chips committed only by an "Add" button: both URIs are in the list', async () => {
    const spec = page((s) => {
      s.redirectShape = 'chips-add';
      s.preset.redirectUris.push('https://backup.example.com/oauth/webex');
    });
    const report = await fill(spec);
    expect(fieldOf(report, 'redirectUris')?.status).toBe('filled');
    expect(submit()?.redirectUris).toEqual(spec.preset.redirectUris);
  });

  it('redirect URIs typed into a chip input but never added are reported, not "filled"', async () => {
    const spec = page((s) => (s.redirectShape = 'chips-add'));
    render(spec);
    // The page's "Add" does nothing (broken): the URI stays typed, uncommitted.
    for (const b of deepQueryAll<HTMLButtonElement>(document, 'button'))
      if (b.textContent === 'Add') b.replaceWith(b.cloneNode(true));
    const { report } = await applyPreset(document, fillRequestFor(spec, { settleMs: 40, timeoutMs: 60_000 }));
    expect(fieldOf(report, 'redirectUris')).toMatchObject({ status: 'failed' });
    expect(report.ok).toBe(false);
  });

  it('redirect URIs in one text area: one per line', async () => {
    const spec = page((s) => {
      s.redirectShape = 'textarea';
      s.preset.redirectUris.push('https://backup.example.com/oauth/webex');
    });
    const report = await fill(spec);
    expect(fieldOf(report, 'redirectUris')?.status).toBe('filled');
    expect(submit()?.redirectUris).toEqual(spec.preset.redirectUris);
  });

  it('redirect URI rows labelled "Redirect URI 1", "Redirect URI 2": the same field', async () => {
    const spec = page((s) => {
      s.redirectShape = 'rows-numbered';
      s.preset.redirectUris.push('https://backup.example.com/oauth/webex');
    });
    const report = await fill(spec);
    expect(fieldOf(report, 'redirectUris')?.status).toBe('filled');
    expect(submit()?.redirectUris).toEqual(spec.preset.redirectUris);
  });

  it('an icon preview showing a placeholder before any choice is not a choice: a default icon is chosen', async () => {
    const spec = page((s) => (s.icon = { ...s.icon, style: 'preview', placeholder: true, behindEdit: true }));
    const report = await fill(spec);
    expect(fieldOf(report, 'icon')?.status).toBe('filled');
    expect(submit()?.icon).toBe('icon-1');
  });

  it('an icon picker in a modal dialog that "Edit" opens: chosen there, applied, and closed', async () => {
    const spec = page((s) => (s.icon = { ...s.icon, dialog: { confirm: 'Apply', controls: false }, behindEdit: true }));
    const report = await fill(spec);
    expect(fieldOf(report, 'icon')?.status).toBe('filled');
    expect(document.querySelector('[role=dialog]')).toBeNull();
    expect(submit()?.icon).toBe('icon-1');
  });

  it('an icon dialog showing the user’s earlier choice: kept, and the dialog closed without changing it', async () => {
    const spec = page(
      (s) => (s.icon = { ...s.icon, preselected: 2, placeholder: true, dialog: { confirm: 'Done', controls: true } }),
    );
    const report = await fill(spec);
    expect(fieldOf(report, 'icon')?.status).toBe('unchanged');
    expect(document.querySelector('[role=dialog]')).toBeNull();
    expect(submit()?.icon).toBe('icon-3');
  });

  it('a result view whose values arrive after its heading, with the secret masked until "Show": all captured', async () => {
    const spec = page((s) => (s.result = { ...s.result, late: true, masked: true }));
    await fill(spec);
    const reads: ResultCredentials[] = [];
    const stop = new AbortController();
    watchResult(document, (c) => reads.push(c), { signal: stop.signal, setTimeout, rereadMs: 5 });
    submit();
    const show = await vi.waitFor(() => {
      const b = document.querySelector<HTMLButtonElement>('button[aria-label="Show Client Secret"]');
      if (!b) throw new Error('no Show button yet');
      return b;
    });
    expect(reads.every((r) => r.clientSecret === null)).toBe(true);
    show.click();
    await vi.waitFor(() => expect(reads.some(isComplete)).toBe(true));
    stop.abort();
    expect(reads.at(-1)).toEqual(shownCredentials(spec));
  });

  it('a field the form lacks is never under a headline "Filled."', async () => {
    const spec = page();
    render(spec);
    document.querySelector('textarea')!.closest('.field')!.remove();
    const { report } = await applyPreset(document, fillRequestFor(spec, { settleMs: 40, timeoutMs: 60_000 }));
    expect(fieldOf(report, 'description')?.status).toBe('not on this form');
    expect(report.ok).toBe(false);
  });
});

describe('late: a settled page is settled', () => {
  it('Radix button[role=checkbox] with its hidden form <input> beside it, named by the row text', async () => {
    const spec = page((s) => (s.scopes.rows = SCOPES.map((x) => row(x, { control: 'radix', tie: 'adjacent' }))));
    const report = await fill(spec);
    expect(report.scopes.map((x) => x.status)).toEqual(['ticked', 'ticked', 'ticked']);
    expect(submit()?.scopes).toEqual(expectedSubmission(spec).scopes);
  });

  it('scope names with zero-width spaces, word joiners, soft hyphens and no-break spaces', async () => {
    const noises = ['zwsp', 'wj', 'shy', 'nbsp'] as const;
    const spec = page(
      (s) => (s.scopes.rows = SCOPES.map((x, i) => row(x, { noise: noises[i % 4]!, tie: 'adjacent' }))),
    );
    const report = await fill(spec);
    expect(report.scopes.map((x) => x.status)).toEqual(['ticked', 'ticked', 'ticked']);
  });

  it('a multi-select list box (role=option, aria-selected) as the scope list', async () => {
    const spec = page((s) => (s.scopes.layout = { kind: 'listbox' }));
    const report = await fill(spec);
    expect(report.scopes.map((x) => x.status)).toEqual(['ticked', 'ticked', 'ticked']);
    expect(submit()?.scopes).toEqual(expectedSubmission(spec).scopes);
  });

  it('a settled page whose scope list is not recognisable is reported as settled, not after the timeout', async () => {
    const spec = page((s) => (s.scopes.rows = []));
    render(spec);
    const list = document.querySelector('.scope-list')!;
    list.innerHTML = '<label><input type="checkbox"> Full access to your account</label>';
    const { report } = await applyPreset(document, fillRequestFor(spec, { settleMs: 40, timeoutMs: 60_000 }));
    expect(report.scopes[0]!.detail).toMatch(/^no scope list was recognised on this page/);
  });
});

describe('what the list hides is brought into view', () => {
  it('sections that render nothing until expanded are opened, ticked, and left open for review', async () => {
    const spec = page((s) => (s.scopes.layout = { kind: 'collapsed', exclusive: false }));
    const report = await fill(spec);
    expect(report.scopes.map((x) => x.status)).toEqual(['ticked', 'ticked', 'ticked']);
    const open = Array.from(document.querySelectorAll('button[aria-expanded=true]'), (b) => b.textContent);
    expect(open).toEqual(expect.arrayContaining(['spark scopes', 'spark-admin scopes', 'audit scopes']));
    expect(submit()?.scopes).toEqual(expectedSubmission(spec).scopes);
  });

  it('an accordion that keeps one section open: each opened in turn, every scope ticked', async () => {
    const spec = page((s) => (s.scopes.layout = { kind: 'collapsed', exclusive: true }));
    const report = await fill(spec);
    expect(report.scopes.map((x) => x.status)).toEqual(['ticked', 'ticked', 'ticked']);
    expect(submit()?.scopes).toEqual(expectedSubmission(spec).scopes);
  });

  it('sections rendered but hidden (<details>): the ones holding ticked scopes are opened', async () => {
    const spec = page((s) => (s.scopes.layout = { kind: 'hidden-sections', as: 'details' }));
    const report = await fill(spec);
    expect(report.scopes.map((x) => x.status)).toEqual(['ticked', 'ticked', 'ticked']);
    const open = Array.from(document.querySelectorAll('details[open] > summary'), (x) => x.textContent);
    expect(open.sort()).toEqual(['audit scopes', 'spark scopes', 'spark-admin scopes']);
  });

  it('a virtual list that mounts a few rows: scrolled through, every wanted scope ticked', async () => {
    const spec = page((s) => (s.scopes.layout = { kind: 'virtual', mounted: 3 }));
    const report = await fill(spec);
    expect(report.scopes.map((x) => x.status)).toEqual(['ticked', 'ticked', 'ticked']);
    expect(submit()?.scopes).toEqual(expectedSubmission(spec).scopes);
  });

  it('a section that will not open: its scopes are "not found in the list as shown", with the reason', async () => {
    const spec = page((s) => (s.scopes.layout = { kind: 'collapsed', exclusive: false }));
    render(spec);
    const audit = Array.from(document.querySelectorAll('button')).find((b) => b.textContent === 'audit scopes')!;
    audit.replaceWith(audit.cloneNode(true)); // its click does nothing any more
    const { report } = await applyPreset(document, fillRequestFor(spec, { settleMs: 40, timeoutMs: 60_000 }));
    expect(report.scopes.find((x) => x.scope === 'audit:events_read')).toMatchObject({
      status: 'not found',
      detail: 'not found in the list as shown: the section "audit scopes" did not open',
      needsUser: true,
    });
  });
});
