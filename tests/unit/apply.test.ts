import { beforeEach, describe, expect, it } from 'vitest';
import { applyPreset } from '@/core/fill/apply-preset';
import { PANEL_TAG, reportLines, showReportPanel } from '@/core/fill/report-panel';
import type { FillRequest } from '@/core/messages';
import { fillRequestFixture } from './fixtures';

const scopeRow = (scope: string, checked = false, disabled = false) =>
  `<div class="row"><input type="checkbox" id="${scope}"${checked ? ' checked' : ''}${disabled ? ' disabled title="Added automatically"' : ''}><label for="${scope}">${scope}</label><p>desc</p></div>`;

function form({ scopes = '', email = false, submit = 'Add Integration', icon = true } = {}) {
  document.body.innerHTML = `
    <h1>New Integration</h1>
    <div><span id="sdk">Will this integration use a mobile SDK?</span>
      <label><input type="radio" name="sdk" value="no"> No</label><label><input type="radio" name="sdk" value="yes"> Yes</label></div>
    <div><label for="n">Integration name*</label><input id="n" maxlength="100"></div>
    ${email ? '<div><label for="e">Contact Email*</label><input id="e" type="email"></div>' : ''}
    ${icon ? '<div><span>Icon*</span><div><img alt="Integration icon"><button type="button" id="edit">Edit</button><div id="picker" hidden><button type="button" aria-label="Default icon 1: Blue">1</button></div></div></div>' : ''}
    <div><label for="d">App Hub Description*</label><textarea id="d"></textarea></div>
    <div><div><span>Redirect URI(s)*</span></div><div id="uris"><div><input type="url" value="https://old.example.com"></div><button type="button" id="add">⊕ Add URI</button></div></div>
    <div><span>Scopes*</span><div id="list">${scopes}</div></div>
    <button type="submit">${submit}</button>`;
  // The icon picker behaves like the portal's: Edit opens it, a default icon sets the preview.
  document
    .getElementById('edit')
    ?.addEventListener('click', () => ((document.getElementById('picker') as HTMLElement).hidden = false));
  document.querySelector('[aria-label^="Default icon"]')?.addEventListener('click', () => {
    document.querySelector('img')!.setAttribute('src', 'data:image/png;base64,AA==');
    (document.getElementById('picker') as HTMLElement).hidden = true;
  });
  document.getElementById('add')!.addEventListener('click', () => {
    const row = document.createElement('div');
    const input = document.createElement('input');
    input.type = 'url';
    row.append(input);
    document.getElementById('add')!.before(row);
  });
}

const request = (change: (r: FillRequest) => void = () => {}) => {
  const r = fillRequestFixture();
  r.integration.scopes = ['spark:all', 'meeting:schedules_read'];
  r.integration.redirectUris = ['https://a.example.com/cb', 'https://b.example.com/cb'];
  change(r);
  return r;
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('applyPreset', () => {
  it('fills every field, ticks the scopes, and reports each item', async () => {
    form({
      scopes:
        scopeRow('spark:kms', true, true) +
        scopeRow('meeting:schedules_read') +
        scopeRow('spark:all') +
        scopeRow('spark:people_read', true),
    });
    const { report } = await applyPreset(document, request());
    expect(report.ok).toBe(true);
    expect(report.page).toBe('new-integration');
    expect(Object.fromEntries(report.fields.map((f) => [f.field, f.status]))).toEqual({
      mobileSdk: 'filled',
      name: 'filled',
      icon: 'filled',
      description: 'filled',
      redirectUris: 'filled',
    });
    expect(report.scopes.map((s) => [s.scope, s.status])).toEqual([
      ['spark:all', 'ticked'],
      ['meeting:schedules_read', 'ticked'],
    ]);
    expect((document.getElementById('n') as HTMLInputElement).value).toBe('App');
    const uris = Array.from(document.querySelectorAll<HTMLInputElement>('#uris input'), (i) => i.value);
    expect(uris).toEqual(['https://a.example.com/cb', 'https://b.example.com/cb']);
    expect((document.getElementById('spark:people_read') as HTMLInputElement).checked).toBe(true); // not exact: left alone
  });

  it('exact mode unticks what the preset does not list, never a portal-fixed scope', async () => {
    form({
      scopes:
        scopeRow('spark:kms', true, true) +
        scopeRow('spark:all') +
        scopeRow('meeting:schedules_read') +
        scopeRow('spark:people_read', true),
    });
    const { report } = await applyPreset(
      document,
      request((r) => (r.exact = true)),
    );
    expect(report.scopes.find((s) => s.scope === 'spark:people_read')?.status).toBe('unticked');
    expect((document.getElementById('spark:people_read') as HTMLInputElement).checked).toBe(false);
    expect((document.getElementById('spark:kms') as HTMLInputElement).checked).toBe(true);
  });

  it('reports a contact email the form lacks as "not on this form", without failing', async () => {
    form({ scopes: scopeRow('spark:all') + scopeRow('meeting:schedules_read') });
    const { report } = await applyPreset(
      document,
      request((r) => (r.integration.contactEmail = 'a@example.com')),
    );
    expect(report.fields.find((f) => f.field === 'contactEmail')).toMatchObject({
      status: 'not on this form',
      needsUser: false,
    });
    expect(report.ok).toBe(true);
  });

  it('fails a name longer than the form accepts, pointing at the field', async () => {
    form({ scopes: scopeRow('spark:all') + scopeRow('meeting:schedules_read') });
    const { report, firstNeedingUser } = await applyPreset(
      document,
      request((r) => (r.integration.name = 'x'.repeat(101))),
    );
    expect(report.fields.find((f) => f.field === 'name')).toMatchObject({
      status: 'failed',
      detail: 'the form accepts at most 100 characters; the preset has 101',
    });
    expect(firstNeedingUser).toBe(document.getElementById('n'));
  });

  it('says what to open on a page without a form', async () => {
    document.body.innerHTML = '<h1>My Webex Apps</h1>';
    const { report } = await applyPreset(
      document,
      request((r) => (r.timeoutMs = 50)),
    );
    expect(report.ok).toBe(false);
    expect(report.error).toContain('No integration form on this page');
  });

  it('reports every scope when the scope list never renders, within the timeout', async () => {
    form();
    const { report } = await applyPreset(
      document,
      request((r) => (r.timeoutMs = 100)),
    );
    const detail =
      'the scope list did not appear within 100 ms (looked for checkboxes named like a scope, "prefix:name" (e.g. "spark:kms"); found no checkbox at all); reload the page or tick them yourself';
    expect(report.scopes.map((s) => [s.status, s.detail])).toEqual([
      ['failed', detail],
      ['failed', detail],
    ]);
  });

  it('waits for a late scope list and ticks as soon as it is there', async () => {
    form();
    setTimeout(
      () => (document.getElementById('list')!.innerHTML = scopeRow('spark:all') + scopeRow('meeting:schedules_read')),
      50,
    );
    const { report } = await applyPreset(document, request());
    expect(report.totals.scopes.ticked).toBe(2);
  });

  it('works on the edit page (Save) and exact mode is automatic there', async () => {
    form({
      submit: 'Save',
      scopes: scopeRow('spark:all', true) + scopeRow('meeting:schedules_read') + scopeRow('spark:people_read', true),
    });
    const { report } = await applyPreset(document, request());
    expect(report.page).toBe('edit-integration');
    expect(report.exact).toBe(true);
    expect(report.totals.scopes).toMatchObject({ ticked: 1, already: 1, unticked: 1 });
  });
});

describe('report panel', () => {
  it('shows page-supplied text as text only, and removes itself after the delay', async () => {
    form({ scopes: scopeRow('spark:all') });
    const { report } = await applyPreset(
      document,
      request((r) => (r.integration.scopes = ['spark:all', '<img src=x onerror=alert(1)>:x'])),
    );
    let expire: () => void = () => {};
    const host = showReportPanel(document, report, { setTimeout: (fn) => (expire = fn) }, 1000);
    expect(document.querySelectorAll(PANEL_TAG)).toHaveLength(1);
    expect(reportLines(report).items.join('\n')).toContain('<img src=x onerror=alert(1)>:x: not offered');
    expect(document.querySelectorAll('img[src=x]')).toHaveLength(0);
    expire();
    expect(host.isConnected).toBe(false);
  });
});

describe('late form', () => {
  it('finds a form that renders after the request arrives', async () => {
    document.body.innerHTML = '<div id="app">Loading…</div>';
    setTimeout(() => {
      document.body.innerHTML = '';
      form({ scopes: scopeRow('spark:all') + scopeRow('meeting:schedules_read') });
    }, 50);
    const { report } = await applyPreset(document, request());
    expect(report.page).toBe('new-integration');
    expect(report.fields.find((f) => f.field === 'name')?.status).toBe('filled');
  });
});
