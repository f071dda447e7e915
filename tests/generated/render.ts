/**
 * Renders a generated `PageSpec` into a document, with a portal's behaviour: controlled inputs
 * (a value written with `el.value = x` is ignored, as React's value tracker does), checkboxes
 * that change only through user-like events (Lit-style ones a microtask later), a scope list
 * that may come late and in batches, and a result view in place after "Add Integration".
 * What the portal would receive is recorded in sessionStorage['generated:submission'].
 * DOM APIs only, text always as text: runs the same in happy-dom and in a browser.
 */
import { trackValue } from '../replica/src/dom';
import {
  type FieldSpec,
  FIXED_SCOPE,
  type IconSpec,
  type NameNoise,
  type PageSpec,
  type ResultSpec,
  type ScopeRowSpec,
  shownCredentials,
} from './spec';

export interface GeneratedSubmission {
  name: string;
  description: string;
  redirectUris: string[];
  contactEmail: string | null;
  mobileSdk: 'no' | 'yes' | null;
  icon: string | null;
  scopes: string[];
}

export const SUBMISSION_KEY = 'generated:submission';

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined>;

const ICON_NAMES = ['Blue bubble', 'Green calendar', 'Orange phone', 'Purple chart', 'Teal shield', 'Grey gear'];
const ICON_SRC = (i: number) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><circle cx="4" cy="4" r="4" fill="hsl(${i * 60},60%,45%)"/></svg>`)}`;
/** What a section shows before any icon is chosen: a grey silhouette, not a choice. */
const PLACEHOLDER_SRC = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8" fill="#ccc"/></svg>')}`;

/** The invisible characters a page may put into a scope name (the scope itself is unchanged). */
export function noisy(scope: string, noise: NameNoise): string {
  const at = scope.indexOf(':') + 1;
  switch (noise) {
    case 'none':
      return scope;
    case 'zwsp':
      return `${scope.slice(0, at)}\u200b${scope.slice(at)}`;
    case 'wj':
      return `${scope.slice(0, at)}\u2060${scope.slice(at)}`;
    case 'shy': {
      const cut = scope.indexOf('_', at);
      return cut < 0 ? `${scope}\u00ad` : `${scope.slice(0, cut)}\u00ad${scope.slice(cut)}`;
    }
    case 'nbsp':
      return `\u00a0${scope}\u00a0`;
  }
}

/** Row height and viewport of a generated virtual list. */
const ROW_PX = 40;

/**
 * happy-dom lays nothing out (every height is 0): give a viewport the heights a browser would
 * compute from its styles, and clamp scrolling as a browser does. In a browser, its own values win.
 */
function emulateLayout(el: HTMLElement, clientHeight: number, scrollHeight: number) {
  const native = (name: string) => {
    for (let p: object | null = el; p; p = Object.getPrototypeOf(p)) {
      const d = Object.getOwnPropertyDescriptor(p, name);
      if (d) return d;
    }
    return undefined;
  };
  const client = native('clientHeight');
  const scroll = native('scrollHeight');
  const top = native('scrollTop');
  const laidOut = () => (client?.get?.call(el) as number) > 0;
  Object.defineProperties(el, {
    clientHeight: { configurable: true, get: () => (laidOut() ? client!.get!.call(el) : clientHeight) },
    scrollHeight: { configurable: true, get: () => (laidOut() ? scroll!.get!.call(el) : scrollHeight) },
    scrollTop: {
      configurable: true,
      get: () => top!.get!.call(el),
      set: (v: number) =>
        top!.set!.call(el, laidOut() ? v : Math.max(0, Math.min(Number(v) || 0, scrollHeight - clientHeight))),
    },
  });
}

export function renderGeneratedPage(doc: Document, spec: PageSpec, mount: Element): void {
  let counter = 0;
  const uid = (prefix = 'g') => `${prefix}-${++counter}-${(counter * 7919).toString(36)}`;

  const h = (tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement => {
    const el = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
    return el;
  };
  const wrap = (el: Element, depth: number): Element => {
    let out = el;
    for (let i = 0; i < depth; i++) out = h(i % 2 ? 'span' : 'div', { class: `w${i}` }, out);
    return out;
  };
  const shadowHost = (tag: string, ...children: Child[]) => {
    const host = h(tag);
    const root = host.attachShadow({ mode: 'open' });
    for (const c of children) if (c) root.append(c);
    return host;
  };

  const state = {
    name: '',
    description: '',
    redirect: [] as string[],
    contactEmail: '',
    mobileSdk: null as 'no' | 'yes' | null,
    icon: spec.icon.preselected === null ? null : `icon-${spec.icon.preselected + 1}`,
    scopes: new Set(spec.scopes.rows.filter((r) => r.checked).map((r) => r.scope)),
  };

  // ------------------------------------------------------------ text fields

  type TextKey = 'name' | 'description' | 'contactEmail';
  /** A labelled control as the field spec ties it (label element, help, wrappers, shadow host). */
  const labelled = (control: HTMLElement, label: string, f: FieldSpec, help: string): Element => {
    if (!control.id) control.id = uid('f');
    const labelText = [label, f.star ? h('span', { class: 'req', 'aria-hidden': 'true' }, '*') : null];
    const helpEl = f.help === 'none' ? null : h('p', { class: 'help', id: uid('h') }, help);
    if (f.help === 'describedby') control.setAttribute('aria-describedby', helpEl!.id);
    const wrapped = wrap(control, f.depth);
    let parts: Child[];
    switch (f.tie) {
      case 'for':
        parts = [h('label', { for: control.id }, ...labelText), wrapped];
        break;
      case 'wrap':
        parts = [h('label', {}, ...labelText, ' ', wrapped)];
        break;
      case 'labelledby': {
        const l = h('span', { id: uid('l'), class: 'label' }, ...labelText);
        control.setAttribute('aria-labelledby', l.id);
        parts = [l, wrapped];
        break;
      }
      case 'aria-label':
        control.setAttribute('aria-label', label);
        parts = [wrapped];
        break;
      case 'adjacent':
        parts = [h('div', { class: 'label' }, ...labelText), wrapped];
        break;
    }
    const ordered: Child[] =
      f.help === 'after' ? [...parts, helpEl] : [parts[0], helpEl, ...parts.slice(1)].filter((x) => x !== undefined);
    if (f.control === 'shadow') return h('div', { class: 'field' }, shadowHost('x-text-field', ...ordered));
    return h('div', { class: 'field' }, ...ordered);
  };
  const textField = (key: TextKey, label: string, f: FieldSpec, help: string): Element => {
    const control = h(key === 'description' ? 'textarea' : 'input', {
      type: key === 'description' ? null : key === 'contactEmail' ? 'email' : 'text',
      id: uid('f'),
    }) as HTMLInputElement;
    const isNews = trackValue(control);
    control.addEventListener('input', () => {
      if (isNews()) state[key] = control.value;
    });
    return labelled(control, label, f, help);
  };

  // ------------------------------------------------------------ redirect URIs

  /** The URI list in the spec's shape; what it holds (committed entries only) is state.redirect. */
  const redirectField = (f: FieldSpec): Element => {
    const label = 'Redirect URI(s)';
    const help = 'One or more URIs that a user will be redirected to when completing an OAuth grant flow.';
    const shape = spec.redirectShape;
    if (shape === 'input' || shape === 'textarea') {
      const control = h(shape === 'input' ? 'input' : 'textarea', {
        type: shape === 'input' ? 'url' : null,
        id: uid('f'),
      }) as HTMLInputElement;
      const isNews = trackValue(control);
      control.addEventListener('input', () => {
        if (!isNews()) return;
        state.redirect = control.value
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean);
      });
      return labelled(control, label, f, shape === 'textarea' ? `${help} One per line.` : help);
    }
    if (shape === 'rows-numbered') {
      const box = h('div', { class: 'uri-rows' });
      const values: string[] = [];
      const addRow = () => {
        const i = values.length;
        values.push('');
        const input = h('input', { type: 'url', id: uid('u') }) as HTMLInputElement;
        const isNews = trackValue(input);
        input.addEventListener('input', () => {
          if (!isNews()) return;
          values[i] = input.value.trim();
          state.redirect = values.filter(Boolean);
        });
        box.append(labelled(input, `Redirect URI ${i + 1}`, { ...f, control: 'native' }, help));
      };
      addRow();
      const add = h('button', { type: 'button' }, '⊕ Add URI');
      add.addEventListener('click', addRow);
      return h('div', { class: 'field' }, box, add);
    }
    // Chips: the typed text is committed by Enter (chips-enter) or only by "Add" (chips-add).
    const input = h('input', { type: 'url', id: uid('f') }) as HTMLInputElement;
    let draft = '';
    const isNews = trackValue(input);
    input.addEventListener('input', () => {
      if (isNews()) draft = input.value;
    });
    const chipList = h('ul', { class: 'chips', 'aria-label': 'Redirect URIs added' });
    const renderChips = () =>
      chipList.replaceChildren(
        ...state.redirect.map((uri) => {
          const remove = h('button', { type: 'button', 'aria-label': `Remove ${uri}` }, '×');
          remove.addEventListener('click', () => {
            state.redirect = state.redirect.filter((u) => u !== uri);
            renderChips();
          });
          return h('li', { class: 'chip' }, h('span', {}, uri), remove);
        }),
      );
    const commit = () => {
      const uri = draft.trim();
      if (!uri || state.redirect.includes(uri)) return;
      state.redirect = [...state.redirect, uri];
      draft = '';
      input.value = '';
      renderChips();
    };
    input.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      e.preventDefault();
      if (shape === 'chips-enter') commit();
    });
    const field = labelled(input, label, f, help);
    if (shape === 'chips-add') {
      const add = h('button', { type: 'button' }, 'Add');
      add.addEventListener('click', commit);
      field.append(add);
    }
    field.append(chipList);
    return field;
  };

  // ------------------------------------------------------------ mobile SDK

  const mobileSdk = (): Element | null => {
    if (!spec.mobileSdk) return null;
    const question = 'Will this integration use a mobile SDK?';
    const radios = (['no', 'yes'] as const).map((value) => {
      const input = h('input', { type: 'radio', name: 'sdk', value }) as HTMLInputElement;
      input.addEventListener('click', () => (state.mobileSdk = value));
      return h('label', {}, input, value === 'no' ? ' No' : ' Yes');
    });
    if (spec.mobileSdk === 'select') {
      // A drop-down whose first option is a placeholder: nothing is chosen until the user picks.
      const select = h(
        'select',
        { id: uid('sdk') },
        h('option', { value: '' }, 'Select…'),
        h('option', { value: 'no' }, 'No'),
        h('option', { value: 'yes' }, 'Yes'),
      ) as HTMLSelectElement;
      select.addEventListener('change', () => (state.mobileSdk = (select.value || null) as 'no' | 'yes' | null));
      return h('div', { class: 'field' }, h('label', { for: select.id }, question), select);
    }
    if (spec.mobileSdk === 'fieldset') return h('fieldset', {}, h('legend', {}, question), ...radios);
    if (spec.mobileSdk === 'radiogroup') {
      const q = h('span', { id: uid('q') }, question);
      return h('div', { class: 'field' }, q, h('div', { role: 'radiogroup', 'aria-labelledby': q.id }, ...radios));
    }
    return h(
      'div',
      { class: 'field' },
      h('h4', {}, question),
      h('p', {}, '(Webex iOS or Android SDK 3.0+)'),
      h('div', {}, ...radios),
    );
  };

  // ------------------------------------------------------------ icon

  const iconField = (icon: IconSpec): Element => {
    const labelEl = h('span', { id: uid('il'), class: 'label' }, 'Icon', h('span', { 'aria-hidden': 'true' }, '*'));
    const syncers: Array<() => void> = [];
    const sync = () => {
      for (const s of syncers) s();
    };
    // In a dialog, a click only marks the choice; the dialog's confirm button puts it into the form.
    const inDialog = icon.dialog !== null;
    let pending = state.icon;
    const current = () => (inDialog ? pending : state.icon);
    const choose = (i: number) => {
      if (inDialog) pending = `icon-${i + 1}`;
      else state.icon = `icon-${i + 1}`;
      sync();
    };
    const isOn = (i: number) => current() === `icon-${i + 1}`;
    const indices = Array.from({ length: icon.count }, (_, i) => i);
    let picker: HTMLElement;
    switch (icon.style) {
      case 'preview': {
        picker = h(
          'div',
          { class: 'picker' },
          ...indices.map((i) => {
            const b = h(
              'button',
              { type: 'button', 'aria-label': `Default icon ${i + 1}: ${ICON_NAMES[i]}` },
              h('img', { src: ICON_SRC(i), alt: '' }),
            );
            b.addEventListener('click', () => choose(i));
            return b;
          }),
          h('label', {}, 'or upload your own ', h('input', { type: 'file', accept: 'image/png,image/jpeg' })),
        );
        break;
      }
      case 'pressed': {
        picker = h(
          'div',
          { class: 'picker' },
          ...indices.map((i) => {
            const b = h(
              'button',
              { type: 'button', 'aria-pressed': String(isOn(i)) },
              h('img', { src: ICON_SRC(i), alt: '' }),
              ICON_NAMES[i]!,
            );
            b.addEventListener('click', () => choose(i));
            syncers.push(() => b.setAttribute('aria-pressed', String(isOn(i))));
            return b;
          }),
        );
        break;
      }
      case 'radio-role':
      case 'option': {
        const itemRole = icon.style === 'option' ? 'option' : 'radio';
        const stateAttr = icon.style === 'option' ? 'aria-selected' : 'aria-checked';
        picker = h(
          icon.style === 'option' ? 'ul' : 'div',
          {
            role: icon.style === 'option' ? 'listbox' : 'radiogroup',
            'aria-labelledby': inDialog ? null : labelEl.id,
            'aria-label': inDialog ? 'Default icons' : null,
            class: 'picker',
          },
          ...indices.map((i) => {
            const item = h(
              icon.style === 'option' ? 'li' : 'div',
              { role: itemRole, tabindex: 0, [stateAttr]: String(isOn(i)), 'aria-label': ICON_NAMES[i] },
              h('img', { src: ICON_SRC(i), alt: '' }),
            );
            item.addEventListener('click', () => choose(i));
            syncers.push(() => item.setAttribute(stateAttr, String(isOn(i))));
            return item;
          }),
        );
        break;
      }
      case 'native-radio': {
        picker = h(
          'fieldset',
          { class: 'picker' },
          h('legend', {}, inDialog ? 'Default icons' : 'Icon'),
          ...indices.map((i) => {
            const input = h('input', { type: 'radio', name: 'icon', value: `icon-${i + 1}` }) as HTMLInputElement;
            input.checked = isOn(i);
            input.addEventListener('click', () => choose(i));
            syncers.push(() => (input.checked = isOn(i)));
            return h('label', {}, input, ` ${ICON_NAMES[i]}`);
          }),
        );
        break;
      }
    }
    // The section's preview: the chosen picture; before any choice, a placeholder or nothing.
    const showsPreview = icon.style === 'preview' || inDialog || icon.placeholder;
    const preview = showsPreview ? h('img', { class: 'preview', alt: 'Integration icon' }) : null;
    if (preview)
      syncers.push(() => {
        if (state.icon) preview.setAttribute('src', ICON_SRC(Number(state.icon.slice(5)) - 1));
        else if (icon.placeholder) preview.setAttribute('src', PLACEHOLDER_SRC);
        else preview.removeAttribute('src');
      });
    sync();
    const parts: Child[] = [
      labelEl,
      h('p', { class: 'help' }, 'Upload your own or select from our defaults.'),
      preview,
    ];
    if (icon.dialog) {
      const { confirm, controls } = icon.dialog;
      const dialogId = uid('dlg');
      const edit = h('button', {
        type: 'button',
        'aria-haspopup': 'dialog',
        'aria-expanded': 'false',
        'aria-controls': controls ? dialogId : null,
      });
      edit.textContent = 'Edit';
      let dialog: HTMLElement | null = null;
      const close = () => {
        dialog?.remove();
        dialog = null;
        edit.setAttribute('aria-expanded', 'false');
        sync();
      };
      edit.addEventListener('click', () => {
        if (dialog) return;
        pending = state.icon;
        sync();
        const ok = h('button', { type: 'button' }, confirm);
        ok.addEventListener('click', () => {
          state.icon = pending;
          close();
        });
        const cancel = h('button', { type: 'button' }, 'Cancel');
        cancel.addEventListener('click', close);
        dialog = h(
          'div',
          { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': `${dialogId}-t`, id: dialogId, class: 'dialog' },
          h('h2', { id: `${dialogId}-t` }, 'Choose an icon'),
          picker,
          h('div', { class: 'dialog-actions' }, cancel, ok),
        );
        dialog.addEventListener('keydown', (e) => {
          if ((e as KeyboardEvent).key === 'Escape') close();
        });
        // Attached to <body>, outside the form: where modal libraries put their dialogs.
        doc.body.append(dialog);
        edit.setAttribute('aria-expanded', 'true');
      });
      parts.push(edit);
      return h('div', { class: 'field' }, ...parts);
    }
    if (icon.behindEdit) {
      picker.hidden = true;
      const edit = h('button', { type: 'button' }, 'Edit');
      edit.addEventListener('click', () => (picker.hidden = !picker.hidden));
      parts.push(edit);
    }
    return h('div', { class: 'field' }, ...parts, picker);
  };

  // ------------------------------------------------------------ scope rows

  const rowSyncers: Array<() => void> = [];
  const toggle = (scope: string, on: boolean) => {
    if (scope === FIXED_SCOPE) return;
    if (on) state.scopes.add(scope);
    else state.scopes.delete(scope);
  };
  const syncAll = () => {
    for (const s of rowSyncers) s();
  };

  const description = (r: ScopeRowSpec, tag: string, id?: string) =>
    h(
      tag,
      { class: 'desc', id },
      r.description,
      r.mention ? ` Also see ` : null,
      r.mention ? (r.mention.as === 'code' ? h('code', {}, r.mention.scope) : r.mention.scope) : null,
      r.mention ? ' for more.' : null,
    );

  const idFor = (r: ScopeRowSpec) =>
    r.id === 'scope'
      ? r.scope
      : r.id === 'prefixed'
        ? `scope-${r.scope}`
        : r.id === 'suffixed'
          ? `${r.scope}-checkbox`
          : r.id === 'random'
            ? uid('cb')
            : null;

  /** Momentum Design's mdc-checkbox, as its Lit template renders it (label in a slot's fallback, help text via aria-describedby). */
  const mdcCheckbox = (r: ScopeRowSpec): Element => {
    const id = `mdc-input-${uid('u')}`;
    const helperId = `helper-text-id-${uid('u')}`;
    const host = h('mdc-checkbox', {
      id,
      label: noisy(r.scope, r.noise),
      'help-text': r.description,
      checked: state.scopes.has(r.scope),
      disabled: r.disabled,
    });
    const input = h('input', {
      id,
      type: 'checkbox',
      class: 'input',
      'aria-label': '',
      'aria-describedby': helperId,
    }) as HTMLInputElement;
    input.checked = state.scopes.has(r.scope);
    input.disabled = r.disabled;
    const text = shadowHost('mdc-text', h('p', {}, h('slot')));
    text.id = helperId;
    text.append(r.description);
    const root = host.attachShadow({ mode: 'open' });
    root.append(
      h('div', { class: 'container' }, input, h('div', { class: 'icon-container' })),
      h(
        'div',
        { class: 'text-container' },
        h(
          'div',
          { class: 'mdc-label-text' },
          h('slot', { name: 'label' }, h('label', { for: id, class: 'mdc-label' }, noisy(r.scope, r.noise))),
          h('slot', { name: 'label-info' }),
        ),
        h('div', { class: 'mdc-help-text' }, h('slot', { name: 'help-icon' }), h('slot', { name: 'help-text' }, text)),
      ),
    );
    // Lit: the change handler toggles the host's `checked` (reflected), re-rendered in a microtask.
    input.addEventListener('change', () => {
      queueMicrotask(() => {
        toggle(r.scope, !state.scopes.has(r.scope));
        syncAll();
      });
    });
    rowSyncers.push(() => {
      const on = state.scopes.has(r.scope);
      input.checked = on;
      if (on) host.setAttribute('checked', '');
      else host.removeAttribute('checked');
    });
    return wrap(host, r.depth);
  };

  const scopeRow = (r: ScopeRowSpec): Element => {
    if (r.control === 'mdc') return h('div', { class: 'scope-row' }, mdcCheckbox(r));
    let id = idFor(r);
    if (!id && r.tie === 'for') id = uid('cb');
    const control =
      r.control === 'role'
        ? h('div', {
            role: 'checkbox',
            tabindex: 0,
            id,
            'aria-checked': String(state.scopes.has(r.scope)),
            'aria-disabled': r.disabled ? 'true' : null,
            class: 'box',
          })
        : r.control === 'radix'
          ? h('button', {
              type: 'button',
              role: 'checkbox',
              id,
              'aria-checked': String(state.scopes.has(r.scope)),
              disabled: r.disabled,
              'data-state': state.scopes.has(r.scope) ? 'checked' : 'unchecked',
              class: 'radix-checkbox',
            })
          : (h('input', { type: 'checkbox', id }) as HTMLInputElement);
    // Radix renders, inside a form, a hidden native input beside its button (for form submission).
    const twin =
      r.control === 'radix'
        ? (h('input', {
            type: 'checkbox',
            'aria-hidden': 'true',
            tabindex: -1,
            style: 'position:absolute;pointer-events:none;opacity:0;margin:0;transform:translateX(-100%)',
          }) as HTMLInputElement)
        : null;
    if (twin) {
      twin.checked = state.scopes.has(r.scope);
      rowSyncers.push(() => {
        twin.checked = state.scopes.has(r.scope);
        control.setAttribute('data-state', state.scopes.has(r.scope) ? 'checked' : 'unchecked');
      });
    }
    if (control instanceof (doc.defaultView ?? globalThis).HTMLInputElement) {
      control.checked = state.scopes.has(r.scope);
      control.disabled = r.disabled;
      control.addEventListener('click', () => {
        toggle(r.scope, control.checked);
        syncAll();
      });
      rowSyncers.push(() => (control.checked = state.scopes.has(r.scope)));
    } else {
      control.addEventListener('click', () => {
        if (r.disabled) return;
        toggle(r.scope, !state.scopes.has(r.scope));
        syncAll();
      });
      rowSyncers.push(() => control.setAttribute('aria-checked', String(state.scopes.has(r.scope))));
    }
    const name = h(r.nameTag, { class: 'name' }, noisy(r.scope, r.noise));
    const descInside = r.desc === 'inside' && (r.tie === 'for' || r.tie === 'wrap' || r.tie === 'labelledby');
    const desc = description(
      r,
      r.nameTag === 'span' || r.nameTag === 'strong' ? 'span' : 'p',
      r.desc === 'describedby' ? uid('d') : undefined,
    );
    if (r.desc === 'describedby') control.setAttribute('aria-describedby', desc.id);
    const boxed = wrap(twin ? h('span', { class: 'radix-root' }, control, twin) : control, r.depth);
    let parts: Child[];
    switch (r.tie) {
      case 'for':
        parts = [boxed, h('label', { for: control.id }, name, descInside ? desc : null), descInside ? null : desc];
        break;
      case 'wrap':
        parts = [h('label', {}, boxed, ' ', name, descInside ? desc : null), descInside ? null : desc];
        break;
      case 'labelledby': {
        const target = descInside ? h('div', { id: uid('n') }, name, desc) : name;
        if (!descInside) name.id = uid('n');
        control.setAttribute('aria-labelledby', target.id);
        parts = [boxed, h('div', { class: 'text' }, target), descInside ? null : desc];
        break;
      }
      case 'aria-label':
        control.setAttribute('aria-label', noisy(r.scope, r.noise));
        parts = [boxed, h('div', { class: 'text' }, name, desc)];
        break;
      case 'adjacent':
        parts = [boxed, h('div', { class: 'text' }, name, desc)];
        break;
    }
    if (r.control === 'shadow')
      return h('div', { class: 'scope-row' }, shadowHost('x-scope-option', h('div', { class: 'row' }, ...parts)));
    return h('div', { class: 'scope-row' }, ...parts);
  };

  /** A multi-select list box's option (React Aria's ListBox): named by its name element, described by its description. */
  const scopeOption = (r: ScopeRowSpec): Element => {
    const nameEl = h('span', { id: uid('n'), class: 'name' }, noisy(r.scope, r.noise));
    const desc = description(r, 'span', uid('d'));
    const option = h(
      'div',
      {
        role: 'option',
        id: idFor(r),
        tabindex: -1,
        'aria-selected': String(state.scopes.has(r.scope)),
        'aria-disabled': r.disabled ? 'true' : null,
        'aria-labelledby': r.tie === 'adjacent' ? null : nameEl.id,
        'aria-describedby': desc.id,
        class: 'option',
      },
      nameEl,
      ' ',
      desc,
    );
    option.addEventListener('click', () => {
      if (r.disabled) return;
      toggle(r.scope, !state.scopes.has(r.scope));
      syncAll();
    });
    rowSyncers.push(() => option.setAttribute('aria-selected', String(state.scopes.has(r.scope))));
    return option;
  };

  const layout = spec.scopes.layout;
  const list = h('div', {
    class: 'scope-list',
    'aria-busy': spec.scopes.busy && spec.scopes.lateMs > 0 ? 'true' : null,
  });
  /** Rows grouped by prefix, as a portal might group scopes (Spark, Admin, Meetings…). */
  const sections = () => {
    const groups = new Map<string, ScopeRowSpec[]>();
    for (const r of spec.scopes.rows) {
      const key = r.scope.split(':')[0]!;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    return [...groups].map(([prefix, rows]) => ({ title: `${prefix} scopes`, rows }));
  };
  const renderCollapsed = (exclusive: boolean) => {
    const closers: Array<() => void> = [];
    return sections().map(({ title, rows }) => {
      const panelId = uid('panel');
      const button = h('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': panelId }, title);
      // Rendered only while expanded: nothing of it is in the page before.
      const panel = h('div', { id: panelId, role: 'region', 'aria-label': title });
      const close = () => {
        button.setAttribute('aria-expanded', 'false');
        panel.replaceChildren();
      };
      closers.push(close);
      button.addEventListener('click', () => {
        if (button.getAttribute('aria-expanded') === 'true') return close();
        if (exclusive) for (const c of closers) c();
        button.setAttribute('aria-expanded', 'true');
        panel.replaceChildren(...rows.map(scopeRow));
        syncAll();
      });
      return h('div', { class: 'section' }, h('h3', {}, button), panel);
    });
  };
  const renderHidden = (as: 'details' | 'panel') =>
    sections().map(({ title, rows }) => {
      if (as === 'details') return h('details', {}, h('summary', {}, title), ...rows.map(scopeRow));
      const panelId = uid('panel');
      const button = h('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': panelId }, title);
      const panel = h('div', { id: panelId, hidden: true }, ...rows.map(scopeRow));
      button.addEventListener('click', () => {
        const open = button.getAttribute('aria-expanded') !== 'true';
        button.setAttribute('aria-expanded', String(open));
        panel.hidden = !open;
      });
      return h('div', { class: 'section' }, h('h3', {}, button), panel);
    });
  /** A virtual list: a fixed viewport that mounts only the rows in view (fresh elements on each scroll). */
  const renderVirtual = (mounted: number) => {
    const rows = spec.scopes.rows;
    const viewport = h('div', {
      class: 'viewport',
      style: `height:${mounted * ROW_PX}px;overflow-y:auto;position:relative`,
    });
    const inner = h('div', { style: `height:${rows.length * ROW_PX}px;position:relative` });
    viewport.append(inner);
    emulateLayout(viewport, mounted * ROW_PX, rows.length * ROW_PX);
    const render = () => {
      const first = Math.max(0, Math.floor(viewport.scrollTop / ROW_PX));
      inner.replaceChildren(
        ...rows
          .slice(first, first + mounted)
          .map((r, i) =>
            h(
              'div',
              { style: `position:absolute;top:${(first + i) * ROW_PX}px;height:${ROW_PX}px;left:0;right:0` },
              scopeRow(r),
            ),
          ),
      );
      syncAll();
    };
    viewport.addEventListener('scroll', render);
    render();
    return viewport;
  };
  const fillList = () => {
    if (layout.kind !== 'flat') {
      const content =
        layout.kind === 'collapsed'
          ? renderCollapsed(layout.exclusive)
          : layout.kind === 'hidden-sections'
            ? renderHidden(layout.as)
            : layout.kind === 'virtual'
              ? [renderVirtual(layout.mounted)]
              : [
                  h(
                    'div',
                    { role: 'listbox', 'aria-multiselectable': 'true', 'aria-label': 'Scopes', class: 'listbox' },
                    ...spec.scopes.rows.map(scopeOption),
                  ),
                ];
      list.append(...content);
      if (spec.scopes.busy) list.setAttribute('aria-busy', 'false');
      return;
    }
    const rows = spec.scopes.rows.map(scopeRow);
    const half = spec.scopes.batches === 2 ? Math.ceil(rows.length / 2) : rows.length;
    list.append(...rows.slice(0, half));
    const finish = () => {
      list.append(...rows.slice(half));
      if (spec.scopes.busy) list.setAttribute('aria-busy', 'false');
    };
    if (half < rows.length) setTimeout(finish, 10);
    else finish();
  };
  if (spec.scopes.lateMs > 0) setTimeout(fillList, spec.scopes.lateMs);
  else fillList();

  // ------------------------------------------------------------ form

  const f = spec.fields;
  const form = h(
    'form',
    { novalidate: true },
    mobileSdk(),
    textField('name', 'Integration name', f.name, 'Name of your integration as it will appear in Webex.'),
    f.contactEmail ? textField('contactEmail', 'Contact Email', f.contactEmail, 'Where Webex can reach you.') : null,
    iconField(spec.icon),
    textField('description', 'App Hub Description', f.description, 'What does your app do?'),
    redirectField(f.redirect),
    h(
      'div',
      { class: 'field' },
      h('span', { class: 'label' }, 'Scopes'),
      h('p', { class: 'help' }, 'Scopes define the level of access.'),
      list,
    ),
    h('button', { type: 'submit' }, 'Add Integration'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const submission: GeneratedSubmission = {
      name: state.name,
      description: state.description,
      redirectUris: state.redirect,
      contactEmail: f.contactEmail ? state.contactEmail : null,
      mobileSdk: state.mobileSdk,
      icon: state.icon,
      scopes: [...state.scopes].sort(),
    };
    (doc.defaultView ?? globalThis).sessionStorage?.setItem(SUBMISSION_KEY, JSON.stringify(submission));
    mount.replaceChildren(renderResult(spec.result));
  });
  mount.replaceChildren(h('h1', {}, 'New Integration'), form);

  // ------------------------------------------------------------ result view

  function renderResult(result: ResultSpec): Element {
    const shown = shownCredentials(spec);
    const items: Array<[string, string]> = [
      ['Client ID', shown.clientId],
      ['Client Secret', shown.clientSecret],
      ['OAuth Authorization URL', shown.oauthUrl],
      ['Integration ID', shown.integrationId],
    ];
    const copy = (label: string) =>
      result.copyButtons ? h('button', { type: 'button', 'aria-label': `Copy ${label}` }, 'Copy') : null;
    const MASK = '••••••••••••••••';
    const valueEl = (label: string, value: string, id?: string, labelledBy?: string) => {
      if (label === 'Client Secret' && result.secretAs === 'password')
        return h('input', { type: 'password', readonly: true, value, id, 'aria-labelledby': labelledBy });
      // A masked secret: dots until "Show" (an input's value set as a property: no DOM change at all).
      const masked = label === 'Client Secret' && result.masked;
      const shown = masked ? MASK : value;
      const el =
        result.layout.endsWith('-input') || result.layout === 'shadow'
          ? h('input', { type: 'text', readonly: true, value: shown, id, 'aria-labelledby': labelledBy })
          : h('code', {}, shown);
      if (!masked) return el;
      const show = h('button', { type: 'button', 'aria-label': 'Show Client Secret' }, 'Show');
      show.addEventListener('click', () => {
        if (el instanceof (doc.defaultView ?? globalThis).HTMLInputElement) el.value = value;
        else el.textContent = value;
        show.remove();
      });
      return h('span', {}, el, ' ', show);
    };
    const entry = ([label, value]: [string, string]): Element => {
      switch (result.layout) {
        case 'dl':
          return h('div', {}, h('dt', {}, label), h('dd', {}, valueEl(label, value), copy(label)));
        case 'wrapped-input':
          return h('div', {}, h('label', {}, label, ' ', valueEl(label, value)), copy(label));
        case 'for-input': {
          const id = uid('v');
          return h('div', {}, h('label', { for: id }, label), h('div', {}, valueEl(label, value, id), copy(label)));
        }
        case 'labelledby-input': {
          const l = h('span', { id: uid('v') }, label);
          return h('div', {}, l, h('div', {}, valueEl(label, value, undefined, l.id)), copy(label));
        }
        case 'table':
          return h('tr', {}, h('th', {}, label), h('td', {}, valueEl(label, value)), h('td', {}, copy(label)));
        case 'heading-code':
          return h('section', {}, h('h3', {}, label), h('p', {}, valueEl(label, value)), copy(label));
        case 'shadow': {
          const id = uid('v');
          return shadowHost('x-credential', h('label', { for: id }, label), valueEl(label, value, id), copy(label));
        }
        case 'inline':
          return h('p', {}, h('strong', {}, `${label}:`), ' ', valueEl(label, value), copy(label));
      }
    };
    const holder = result.layout === 'table' ? h('tbody', {}) : result.layout === 'dl' ? h('dl', {}) : h('div', {});
    // Late: the heading first, the values loaded a moment after it.
    const fillValues = () => holder.append(...items.map(entry));
    if (result.late) setTimeout(fillValues, 30);
    else fillValues();
    return h(
      'div',
      { class: 'result' },
      h('h1', {}, 'Congratulations! 🎉'),
      h(
        'p',
        {},
        'Your integration has been created. Use the OAuth credentials below to finish building your integration.',
      ),
      h('h2', {}, spec.preset.name),
      result.layout === 'table' ? h('table', {}, holder) : holder,
      h('p', {}, 'The Client Secret will only be shown once so please copy and keep it safe!'),
    );
  }
}

/** What the page recorded on "Add Integration" (null before). */
export function readSubmission(win: Window): GeneratedSubmission | null {
  const raw = win.sessionStorage.getItem(SUBMISSION_KEY);
  return raw ? (JSON.parse(raw) as GeneratedSubmission) : null;
}

/** The same, as a function to evaluate in a browser page (no imports inside). */
export function readSubmissionScript(): GeneratedSubmission | null {
  const raw = sessionStorage.getItem('generated:submission');
  return raw ? (JSON.parse(raw) as GeneratedSubmission) : null;
}
