import { beforeEach, describe, expect, it } from 'vitest';
import { locateField } from '@/core/dom/locate-field';
import { indexScopeRows } from '@/core/dom/locate-scopes';
import { isChecked, setChecked, setText } from '@/core/dom/set-value';
import { FIELD_LABELS } from '@/core/portal/knowledge';

const html = (markup: string) => {
  document.body.innerHTML = markup;
};
beforeEach(() => html(''));

describe('locateField', () => {
  it.each([
    [
      'label for',
      '<label for="x1">Integration name<span>*</span></label><p>Name of your integration</p><input id="x1">',
    ],
    ['wrapping label', '<label>Integration name* <input id="x1"></label>'],
    ['aria-labelledby', '<span id="l">Integration Name</span><div><input id="x1" aria-labelledby="l"></div>'],
    ['aria-label', '<input id="x1" aria-label="Integration name">'],
    [
      'section heading',
      '<div class="row"><div><h4>Integration name*</h4><p>Helper text</p></div><div><input id="x1"></div></div>',
    ],
  ])('finds the name field by %s', (_how, markup) => {
    html(
      `<form>${markup}<div><label for="other">App Hub Description</label><textarea id="other"></textarea></div></form>`,
    );
    expect(locateField(document, FIELD_LABELS.name, 'text')?.control.id).toBe('x1');
  });

  it('ignores helper text that merely mentions the label', () => {
    html('<p>Use the Integration name field below</p><label for="a">Integration name*</label><input id="a">');
    expect(locateField(document, FIELD_LABELS.name, 'text')?.control.id).toBe('a');
  });

  it('returns null when the form has no such field', () => {
    html('<label for="a">Integration name</label><input id="a">');
    expect(locateField(document, FIELD_LABELS.contactEmail, 'text')).toBeNull();
  });
});

describe('indexScopeRows', () => {
  const row = (scope: string, id: string | null, desc = 'desc') =>
    `<div class="r"><input type="checkbox"${id ? ` id="${id}"` : ''}><label${id ? ` for="${id}"` : ''}>${scope}</label><p>${desc}</p></div>`;

  it('maps each scope to its own row even when a longer name comes first (no substring matching)', () => {
    html(`<div>${row('cjp:config_write', 'cjp:config_write')}${row('cjp:config', 'cjp:config')}</div>`);
    const ix = indexScopeRows(document, ['cjp:config', 'cjp:config_write']);
    expect(ix.byScope.get('cjp:config')?.control.id).toBe('cjp:config');
    expect(ix.byScope.get('cjp:config_write')?.control.id).toBe('cjp:config_write');
  });

  it('is not fooled by a description that names another scope, even as <code>', () => {
    html(
      `<div>${row('spark:people_read', null, 'Admins should use <code>spark-admin:people_read</code>.')}${row('spark-admin:people_read', null)}</div>`,
    );
    const ix = indexScopeRows(document, ['spark-admin:people_read']);
    const rows = document.querySelectorAll('.r');
    expect(ix.byScope.get('spark-admin:people_read')?.row).toBe(rows[1]);
    expect(ix.byScope.get('spark:people_read')?.row).toBe(rows[0]);
  });

  it('finds rows with no id by their row text, and by prefixed id when there is no name', () => {
    html(`${row('spark:all', null)}<div><input type="checkbox" id="scope-meeting:controls_read"></div>`);
    const ix = indexScopeRows(document, ['spark:all', 'meeting:controls_read']);
    // The <label> has no `for` and does not wrap the box: not its name, but the row's text.
    expect(ix.byScope.get('spark:all')?.by).toBe('row text');
    expect(ix.byScope.get('meeting:controls_read')?.by).toBe('id');
  });

  it('keeps case: Identity: and identity: are different scopes', () => {
    html(`${row('Identity:Config', null)}${row('identity:groups_read', null)}`);
    const ix = indexScopeRows(document, ['identity:config']);
    expect(ix.byScope.has('identity:config')).toBe(false);
    expect(ix.byScope.has('Identity:Config')).toBe(true);
  });

  it('sees ARIA checkboxes and controls inside open shadow roots', () => {
    html(
      '<div class="r"><div role="checkbox" aria-checked="false" aria-labelledby="n1"></div><span id="n1">spark:all</span></div><x-opt></x-opt>',
    );
    const host = document.querySelector('x-opt')!;
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<div><input type="checkbox"><label>meeting:schedules_read</label><p>d</p></div>';
    const ix = indexScopeRows(document, ['spark:all', 'meeting:schedules_read']);
    expect(ix.byScope.get('spark:all')?.control.getAttribute('role')).toBe('checkbox');
    expect(ix.byScope.get('meeting:schedules_read')?.control.getRootNode()).toBe(host.shadowRoot);
  });
});

describe('setters', () => {
  it('setText goes through the native setter, so a React-style value tracker sees the change', () => {
    html('<input id="a">');
    const input = document.getElementById('a') as HTMLInputElement;
    const desc = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
    let tracked = '';
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => desc.get!.call(input),
      set: (v: string) => {
        tracked = v;
        desc.set!.call(input, v);
      },
    });
    const seen: string[] = [];
    input.addEventListener('input', () => {
      if (input.value !== tracked) seen.push(input.value);
    });
    expect(setText(input, 'SphereShield')).toBe('changed');
    expect(seen).toEqual(['SphereShield']);
    expect(setText(input, 'SphereShield')).toBe('unchanged');
  });

  it('setChecked clicks only when the state differs, and never a disabled box', () => {
    html('<input type="checkbox" id="a"><input type="checkbox" id="b" disabled>');
    const clicks: string[] = [];
    document.addEventListener('click', (e) => clicks.push((e.target as Element).id));
    const a = document.getElementById('a')!;
    expect(setChecked(a, true)).toBe('changed');
    expect(setChecked(a, true)).toBe('unchanged');
    expect(setChecked(document.getElementById('b')!, true)).toBe('failed');
    expect(clicks).toEqual(['a']);
    expect(isChecked(a)).toBe(true);
  });

  it('ARIA checkboxes are read from aria-checked', () => {
    html('<div role="checkbox" aria-checked="false" id="a"></div>');
    const a = document.getElementById('a')!;
    a.addEventListener('click', () =>
      a.setAttribute('aria-checked', String(a.getAttribute('aria-checked') !== 'true')),
    );
    expect(setChecked(a, true)).toBe('changed');
    expect(a.getAttribute('aria-checked')).toBe('true');
  });
});
