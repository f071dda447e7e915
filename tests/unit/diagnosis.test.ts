/**
 * Self-diagnosis: when the fill cannot find a field or the scope list, the report says what it
 * looked for and what the page has nearest instead.
 */
import { describe, expect, it } from 'vitest';
import { applyPreset } from '@/core/fill/apply-preset';
import { likeness, nearestControl } from '@/core/dom/nearest';
import { fillRequestFixture } from './fixtures';

const request = (scopes: string[] = ['spark:all']) => {
  const r = fillRequestFixture();
  r.integration.scopes = scopes;
  r.timeoutMs = 200;
  r.settleMs = 20;
  return r;
};

function page(redirectLabel: string, rows: string) {
  document.body.innerHTML = `
    <h1>New Integration</h1>
    <div><label for="n">Integration name</label><input id="n"></div>
    <div><label for="d">App Hub Description</label><textarea id="d"></textarea></div>
    <div><label for="r">${redirectLabel}</label><input id="r" type="url"></div>
    <div><span>Scopes</span><div>${rows}</div></div>
    <button type="submit">Add Integration</button>`;
}
const row = (name: string, description = '') =>
  `<label><input type="checkbox"> ${name}</label>${description ? `<span>${description}</span>` : ''}`;

describe('the report says what it looked for, and what it found nearest', () => {
  it('a renamed field: "Redirect URL" instead of "Redirect URI(s)"', async () => {
    page('Redirect URL', row('spark:all'));
    const { report } = await applyPreset(document, request());
    const redirect = report.fields.find((f) => f.field === 'redirectUris')!;
    expect(redirect.status).toBe('not on this form');
    expect(redirect.detail).toBe(
      'looked for a text box labelled "Redirect URI(s)" or "Redirect URIs" or "Redirect URI"; nearest on the page: a text box labelled "Redirect URL"',
    );
  });

  it('no form at all: what the page has instead of "Integration name"', async () => {
    document.body.innerHTML = '<main><label>Integration title <input></label><button>Save</button></main>';
    const { report } = await applyPreset(document, request());
    expect(report.error).toContain('looked for a text box labelled "Integration name"');
    expect(report.error).toContain('nearest on the page: a text box labelled "Integration title"');
  });

  it('a scope list whose checkboxes are named by their descriptions', async () => {
    page('Redirect URI(s)', row('Read your meetings') + row('Write your meetings'));
    const { report } = await applyPreset(document, request());
    expect(report.scopes[0]!.detail).toContain(
      'found 2 checkboxes, none named like a scope, e.g. "Read your meetings"',
    );
  });

  it('a scope the page lacks, with the one it has that is closest', async () => {
    page('Redirect URI(s)', row('meeting:admin_schedule_read') + row('spark:kms'));
    const { report } = await applyPreset(document, request(['meeting:admin_schedule_write']));
    expect(report.scopes[0]).toMatchObject({
      status: 'not offered',
      detail:
        'not on this page; the portal may not offer it to your account (nearest on the page: meeting:admin_schedule_read)',
    });
  });

  it('nothing alike is said as such, never a wild guess', () => {
    document.body.innerHTML = '<label>Favourite colour <input></label>';
    expect(nearestControl(document, ['Redirect URI(s)'])).toBeNull();
    expect(likeness('Redirect URI(s)', 'Redirect URL')).toBeGreaterThan(0.5);
    expect(likeness('Redirect URI(s)', 'Favourite colour')).toBeLessThan(0.5);
  });
});
