/**
 * A replica of the Webex developer portal's "My Webex Apps" pages, as demanding as the real one
 * could be (docs/portal.md): client-side routing, state changed only by user-like events, a
 * late scope list in server order, generated ids, and a result view shown once.
 * Ground truth for tests: every "Add Integration" / "Save" is recorded in
 * sessionStorage['replica:submissions'] exactly as the server would receive it.
 */
import { loadConfig, type ReplicaConfig } from './config';
import { append, genId, h, hex, trackValue } from './dom';
import { type ServerScope, serverScopes } from './scopes';

type Portal = 'developer.webex.com' | 'developer.webex-cx.com';
const PORTAL: Portal = location.host === 'developer.webex-cx.com' ? 'developer.webex-cx.com' : 'developer.webex.com';
const CX = PORTAL === 'developer.webex-cx.com';
const config: ReplicaConfig = loadConfig();
const app = document.getElementById('app')!;

export interface Submission {
  kind: 'create' | 'save';
  portal: Portal;
  slug: string;
  mobileSdk: 'no' | 'yes' | null;
  name: string;
  contactEmail: string | null;
  icon: string | null;
  description: string;
  redirectUris: string[];
  scopes: string[];
  termsAccepted: boolean | null;
}

interface Stored {
  slug: string;
  name: string;
  description: string;
  contactEmail: string | null;
  icon: string | null;
  mobileSdk: 'no' | 'yes';
  redirectUris: string[];
  scopes: string[];
  clientId: string;
}

// ---------------------------------------------------------------- "server"

const DB_KEY = 'replica:db';
const FIXED = 'spark:kms';

function loadDb(): Record<string, Stored> {
  const raw = localStorage.getItem(DB_KEY);
  if (raw) return JSON.parse(raw);
  const seedScopes = CX
    ? ['cjp:config', 'cjp:user', FIXED]
    : ['spark-admin:people_read', 'spark:people_read', 'meeting:schedules_read', 'identity:groups_read', FIXED];
  const seed: Record<string, Stored> = {
    'ccbi-for-webex': {
      slug: 'ccbi-for-webex',
      name: 'CCBI for Webex',
      description: 'Integration of b+s CCBI for customer Example Corp',
      contactEmail: null,
      icon: 'default-2',
      mobileSdk: 'no',
      redirectUris: ['https://oauth.pstmn.io/v1/callback', 'https://old.example.com/callback'],
      scopes: seedScopes,
      clientId: `C${'a1b2c3d4'.repeat(8)}`,
    },
  };
  localStorage.setItem(DB_KEY, JSON.stringify(seed));
  return seed;
}

function saveDb(db: Record<string, Stored>) {
  localStorage.setItem(DB_KEY, JSON.stringify(db));
}

function recordSubmission(submission: Submission) {
  const list = JSON.parse(sessionStorage.getItem('replica:submissions') ?? '[]') as Submission[];
  list.push(submission);
  sessionStorage.setItem('replica:submissions', JSON.stringify(list));
}

/** The secret exists only in this page's memory: a reload never shows it again. */
let justCreated: { slug: string; secret: string } | null = null;

// ---------------------------------------------------------------- routing

function navigate(path: string) {
  history.pushState({}, '', path);
  route();
}

function link(text: string, path: string) {
  return h(
    'a',
    {
      href: path,
      onclick: ((e: MouseEvent) => {
        e.preventDefault();
        navigate(path);
      }) as EventListener,
    },
    text,
  );
}

function route() {
  app.replaceChildren();
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const db = loadDb();
  document.title = 'My Webex Apps | Webex for Developers';
  if (path === '/my-apps/new/integration') return renderForm({ mode: 'new' });
  if (path === '/my-apps/new') return renderPicker();
  if (path === '/my-apps') return renderList(db);
  const slug = /^\/my-apps\/([\w-]+)$/.exec(path)?.[1];
  if (slug && justCreated?.slug === slug && db[slug]) return renderResult(db[slug], justCreated.secret);
  if (slug && db[slug]) return renderForm({ mode: 'edit', existing: db[slug] });
  append(app, [h('h1', {}, 'Webex for Developers'), h('p', {}, link('My Webex Apps', '/my-apps'))]);
}

function renderList(db: Record<string, Stored>) {
  append(app, [
    h('h1', {}, 'My Webex Apps'),
    h('p', {}, link('Create a New App', '/my-apps/new')),
    h('ul', {}, ...Object.values(db).map((i) => h('li', {}, link(i.name, `/my-apps/${i.slug}`)))),
  ]);
}

function renderPicker() {
  append(app, [
    h('h1', {}, 'Create a New App'),
    h(
      'div',
      { className: 'tiles' },
      h(
        'div',
        { className: 'tile' },
        h('h2', {}, 'Integration'),
        link('Create an Integration', '/my-apps/new/integration'),
      ),
    ),
  ]);
}

// ---------------------------------------------------------------- the form

interface FormState {
  mobileSdk: 'no' | 'yes' | null;
  name: string;
  contactEmail: string;
  icon: string | null;
  iconSrc: string | null;
  description: string;
  redirectUris: string[];
  scopes: Set<string>;
  terms: boolean;
}

type ErrorKey = 'mobileSdk' | 'name' | 'contactEmail' | 'icon' | 'description' | 'redirectUris' | 'scopes' | 'terms';

const DEFAULT_ICONS = [
  'Blue speech bubble',
  'Green calendar',
  'Orange phone',
  'Purple chart',
  'Teal shield',
  'Grey gear',
];
const ICON_COLORS = ['#0a6ed1', '#2e9e4f', '#e8731c', '#7b4fc9', '#16898f', '#6b7280'];
const iconSrc = (i: number) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="30" fill="${ICON_COLORS[i]}"/></svg>`)}`;

const isUri = (v: string) => {
  try {
    const u = new URL(v);
    return (u.protocol === 'https:' || u.protocol === 'http:') && !/\s/.test(v);
  } catch {
    return false;
  }
};

function validate(s: FormState): Partial<Record<ErrorKey, string>> {
  const errors: Partial<Record<ErrorKey, string>> = {};
  if (!s.mobileSdk) errors.mobileSdk = 'Select whether this integration uses a mobile SDK.';
  if (!s.name.trim()) errors.name = 'Integration name is required.';
  else if (s.name.length > 100) errors.name = 'Integration name must be 100 characters or less.';
  if (config.contactEmail) {
    if (!s.contactEmail.trim()) errors.contactEmail = 'Contact email is required.';
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.contactEmail)) errors.contactEmail = 'Enter a valid email address.';
  }
  if (!s.icon) errors.icon = 'Choose an icon.';
  if (!s.description.trim()) errors.description = 'App Hub Description is required.';
  else if (s.description.length > 1000) errors.description = 'App Hub Description must be 1000 characters or less.';
  const uris = s.redirectUris.filter((u) => u.trim());
  if (uris.length === 0) errors.redirectUris = 'Enter at least one redirect URI.';
  else if (!uris.every(isUri)) errors.redirectUris = `${uris.find((u) => !isUri(u))} is not a valid URI.`;
  if ([...s.scopes].filter((x) => x !== FIXED).length === 0) errors.scopes = 'Select at least one scope.';
  if ((CX || config.terms) && !s.terms) errors.terms = 'You must accept the Terms of Service and Privacy Policy.';
  return errors;
}

function renderForm(opts: { mode: 'new' } | { mode: 'edit'; existing: Stored }) {
  const existing = opts.mode === 'edit' ? opts.existing : null;
  const state: FormState = {
    mobileSdk: existing?.mobileSdk ?? null,
    name: existing?.name ?? '',
    contactEmail: existing?.contactEmail ?? '',
    icon: existing?.icon ?? (config.iconChosen ? `default-${config.iconChosen}` : null),
    iconSrc: null,
    description: existing?.description ?? '',
    redirectUris: existing ? [...existing.redirectUris] : config.redirect === 'rows' ? [''] : [],
    scopes: new Set(existing?.scopes ?? [FIXED]),
    terms: false,
  };
  if (state.icon?.startsWith('default-')) state.iconSrc = iconSrc(Number(state.icon.slice(8)) - 1);
  const errorEls = new Map<ErrorKey, HTMLElement>();
  const errorEl = (key: ErrorKey) => {
    const el = h('p', { className: 'error', role: 'alert', hidden: true });
    errorEls.set(key, el);
    return el;
  };
  /** Re-renders what depends on state (what a framework's reconciliation would do). */
  const syncers: Array<() => void> = [];
  const sync = () => {
    for (const s of syncers) s();
  };

  const row = (labelEl: Element, help: string | Node | null, control: Node, key: ErrorKey) =>
    h(
      'div',
      { className: 'form-row' },
      h('div', { className: 'left' }, labelEl, help ? h('p', { className: 'help' }, help) : null),
      h('div', { className: 'right' }, control, errorEl(key)),
    );
  const labelText = (text: string, required = true) => [text, required ? h('span', { className: 'req' }, '*') : null];

  // Text input bound to state, ignoring events its own tracker has already seen.
  const textInput = (
    key: 'name' | 'contactEmail' | 'description',
    tag: 'input' | 'textarea',
    attrs: Record<string, string | number>,
  ) => {
    const el = h(tag, { id: genId(), ...attrs }) as HTMLInputElement | HTMLTextAreaElement;
    el.value = state[key];
    const isNews = trackValue(el);
    el.addEventListener('input', () => {
      if (!isNews()) return;
      state[key] = el.value;
      sync();
    });
    syncers.push(() => {
      if (el.value !== state[key]) el.value = state[key];
    });
    return el;
  };

  // 1. Mobile SDK
  const sdkLabelId = genId();
  const sdkRadios = (['no', 'yes'] as const).map((value) => {
    const input = h('input', { type: 'radio', name: `sdk-${sdkLabelId}`, value }) as HTMLInputElement;
    input.addEventListener('click', () => {
      state.mobileSdk = value;
      sync();
    });
    syncers.push(() => {
      input.checked = state.mobileSdk === value;
    });
    return h('label', { className: 'radio' }, input, ` ${value === 'no' ? 'No' : 'Yes'}`);
  });
  const sdkRow = row(
    h('span', { className: 'label', id: sdkLabelId }, 'Will this integration use a mobile SDK?'),
    '(Webex iOS or Android SDK 3.0+)',
    h('div', { role: 'radiogroup', 'aria-labelledby': sdkLabelId }, ...sdkRadios),
    'mobileSdk',
  );

  // 2. Name (and the old Contact Email row)
  const nameInput = textInput('name', 'input', { type: 'text', maxlength: 100 });
  const nameRow = row(
    h('label', { for: nameInput.id }, ...labelText('Integration name')),
    'Name of your integration as it will appear in Webex.',
    nameInput,
    'name',
  );
  const emailInput = textInput('contactEmail', 'input', { type: 'email' });
  const emailRow = config.contactEmail
    ? row(h('label', { for: emailInput.id }, ...labelText('Contact Email')), null, emailInput, 'contactEmail')
    : null;

  // 3. Icon: default icons or a 512×512 PNG/JPEG upload.
  const preview = h('img', { className: 'icon-preview', alt: 'Integration icon' }) as HTMLImageElement;
  // The preview style hides its picker behind "Edit"; a picker that shows its choice by state stays open.
  const picker = h('div', { className: 'icon-picker', hidden: config.icon === 'preview' });
  const iconError = h('p', { className: 'error', role: 'alert', hidden: true });
  const choose = (icon: string, src: string) => {
    state.icon = icon;
    state.iconSrc = src;
    if (config.icon === 'preview') picker.hidden = true;
    sync();
  };
  const upload = h('input', {
    type: 'file',
    accept: 'image/png,image/jpeg',
    'aria-label': 'Upload an icon',
  }) as HTMLInputElement;
  upload.addEventListener('change', async () => {
    const file = upload.files?.[0];
    iconError.hidden = true;
    if (!file) return;
    const fail = (msg: string) => {
      iconError.textContent = msg;
      iconError.hidden = false;
    };
    if (!['image/png', 'image/jpeg'].includes(file.type)) return fail('The icon must be a PNG or JPEG image.');
    try {
      const bitmap = await createImageBitmap(file);
      if (bitmap.width !== 512 || bitmap.height !== 512)
        return fail(`The icon must be exactly 512x512px; this one is ${bitmap.width}x${bitmap.height}.`);
      choose(`upload:${file.name}:${file.type}:${bitmap.width}x${bitmap.height}`, URL.createObjectURL(file));
    } catch {
      fail('The icon could not be read as an image.');
    }
  });
  append(picker, [
    h('p', {}, 'Select one of our defaults'),
    iconChoices(
      (i) => state.icon === `default-${i + 1}`,
      (i) => choose(`default-${i + 1}`, iconSrc(i)),
      (sync) => syncers.push(sync),
    ),
    h('label', { className: 'upload' }, 'or upload your own ', upload),
    iconError,
  ]);
  syncers.push(() => {
    if (state.iconSrc) preview.setAttribute('src', state.iconSrc);
    else preview.removeAttribute('src');
  });
  const iconRow = row(
    h('span', { className: 'label' }, ...labelText('Icon')),
    'Upload your own or select from our defaults. Must be exactly 512x512px in JPEG or PNG format.',
    h(
      'div',
      { className: 'icon-field' },
      // With a state-showing picker (icon=pressed|checked|selected) there is no preview at all.
      config.icon === 'preview' ? preview : null,
      h('button', { type: 'button', className: 'link', onclick: () => (picker.hidden = !picker.hidden) }, 'Edit'),
      picker,
    ),
    'icon',
  );

  // 4. Description with its markdown toolbar.
  const descInput = textInput('description', 'textarea', { rows: 5, maxlength: 1000 });
  const counter = h('span', { className: 'counter' });
  syncers.push(() => {
    counter.textContent = `${state.description.length}/1000`;
  });
  const insert = (md: string) => () => {
    state.description += md;
    sync();
  };
  const descRow = row(
    h('label', { for: descInput.id }, ...labelText('App Hub Description')),
    'What does your app do, how does it benefit users, how do users get started? Does your app require a non-Webex account? If your app is not free or has in-app purchases, mention that here.',
    h(
      'div',
      {},
      h(
        'div',
        { role: 'toolbar', 'aria-label': 'Formatting', className: 'toolbar' },
        h('button', { type: 'button', 'aria-label': 'Insert link', onclick: insert('[text](https://)') }, '🔗'),
        h('button', { type: 'button', 'aria-label': 'Bulleted list', onclick: insert('\n- ') }, '•'),
        h('button', { type: 'button', 'aria-label': 'Numbered list', onclick: insert('\n1. ') }, '1.'),
        h('button', { type: 'button', 'aria-label': 'Markdown', onclick: insert('**bold**') }, 'M'),
      ),
      descInput,
      counter,
    ),
    'description',
  );

  // 5. Redirect URIs: rows with "Add URI", or Enter-to-add chips.
  const uriBox = h('div', { className: 'uris' });
  const renderUris = () => {
    uriBox.replaceChildren();
    if (config.redirect === 'rows') {
      state.redirectUris.forEach((uri, i) => {
        const input = h('input', { type: 'url', id: genId(), placeholder: 'https://' }) as HTMLInputElement;
        input.value = uri;
        const isNews = trackValue(input);
        input.addEventListener('input', () => {
          if (!isNews()) return;
          state.redirectUris[i] = input.value;
        });
        const remove =
          state.redirectUris.length > 1
            ? h(
                'button',
                {
                  type: 'button',
                  'aria-label': 'Remove URI',
                  onclick: () => {
                    state.redirectUris.splice(i, 1);
                    renderUris();
                  },
                },
                '✕',
              )
            : null;
        uriBox.append(h('div', { className: 'uri-row' }, input, remove));
      });
      uriBox.append(
        h(
          'button',
          {
            type: 'button',
            className: 'link',
            onclick: () => {
              state.redirectUris.push('');
              renderUris();
            },
          },
          '⊕ Add URI',
        ),
      );
    } else {
      const chips = h('div', { className: 'chips' });
      for (const uri of state.redirectUris) {
        chips.append(
          h(
            'span',
            { className: 'chip' },
            h('span', {}, uri),
            h(
              'button',
              {
                type: 'button',
                'aria-label': `Remove ${uri}`,
                onclick: () => {
                  state.redirectUris = state.redirectUris.filter((u) => u !== uri);
                  renderUris();
                },
              },
              '×',
            ),
          ),
        );
      }
      const draft = h('input', {
        type: 'url',
        id: genId(),
        placeholder: 'Enter a URI and press Enter',
        'aria-label': 'Redirect URI',
      }) as HTMLInputElement;
      let draftValue = '';
      const isNews = trackValue(draft);
      draft.addEventListener('input', () => {
        if (isNews()) draftValue = draft.value;
      });
      draft.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter') return;
        e.preventDefault();
        const uri = draftValue.trim();
        if (!uri || !isUri(uri) || state.redirectUris.includes(uri)) return;
        state.redirectUris.push(uri);
        renderUris();
      });
      uriBox.append(chips, draft);
    }
  };
  renderUris();
  const uriRow = row(
    h('span', { className: 'label' }, ...labelText('Redirect URI(s)')),
    h(
      'span',
      {},
      'One or more URIs that a user will be redirected to when completing an OAuth grant flow. ',
      h('a', { href: '#learn-more' }, 'Learn more'),
    ),
    uriBox,
    'redirectUris',
  );

  // 6. Scopes: rendered late, in server order, in the configured markup.
  const list = h('div', { className: 'scope-list', 'aria-busy': 'true' }, 'Loading scopes…');
  const scopeRow = row(
    h('span', { className: 'label' }, ...labelText('Scopes')),
    'Scopes define the level of access that your integration requires.',
    list,
    'scopes',
  );
  const scopeSyncers: Array<() => void> = [];
  syncers.push(() => {
    for (const s of scopeSyncers) s();
  });
  const toggle = (scope: string, on: boolean) => {
    if (scope === FIXED || isScopeDisabled(scope)) return sync();
    if (on) state.scopes.add(scope);
    else state.scopes.delete(scope);
    if (config.sparkAllExclusive && scope === 'spark:all' && on) {
      for (const s of [...state.scopes]) if (isUserScope(s)) state.scopes.delete(s);
    }
    sync();
  };
  const isUserScope = (s: string) => s.startsWith('spark:') && s !== 'spark:all' && s !== FIXED;
  const isScopeDisabled = (s: string) =>
    s === FIXED || (config.sparkAllExclusive && isUserScope(s) && state.scopes.has('spark:all'));
  const disabledTitle = (s: string) =>
    s === FIXED ? 'Added automatically to every integration' : isScopeDisabled(s) ? 'Included in spark:all' : null;

  window.setTimeout(() => {
    list.replaceChildren(
      ...serverScopes(PORTAL, config).map((s) =>
        scopeRowEl(s, { state, toggle, isScopeDisabled, disabledTitle, scopeSyncers }),
      ),
    );
    list.setAttribute('aria-busy', 'false');
    sync();
  }, config.delay);

  // 7. Terms (Contact Center portal, or when switched on).
  let termsRow: HTMLElement | null = null;
  if (CX || config.terms) {
    const box = h('input', { type: 'checkbox' }) as HTMLInputElement;
    box.addEventListener('click', () => {
      state.terms = box.checked;
      sync();
    });
    syncers.push(() => {
      box.checked = state.terms;
    });
    termsRow = h(
      'div',
      { className: 'form-row terms' },
      h(
        'label',
        {},
        box,
        ' I accept the ',
        h('a', { href: '#terms' }, 'Terms of Service'),
        ' and ',
        h('a', { href: '#privacy' }, 'Privacy Policy'),
      ),
      errorEl('terms'),
    );
  }

  const banner = h('p', { className: 'banner', role: 'status', hidden: true });
  const form = h(
    'form',
    { novalidate: true, className: 'integration-form' },
    sdkRow,
    nameRow,
    emailRow,
    iconRow,
    descRow,
    uriRow,
    scopeRow,
    termsRow,
    banner,
    h(
      'div',
      { className: 'actions' },
      h('button', { type: 'submit', className: 'primary' }, existing ? 'Save' : 'Add Integration'),
    ),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const errors = validate(state);
    for (const [key, el] of errorEls) {
      el.textContent = errors[key] ?? '';
      el.hidden = !errors[key];
    }
    if (Object.keys(errors).length) {
      errorEls.get(Object.keys(errors)[0] as ErrorKey)?.scrollIntoView({ block: 'center' });
      return;
    }
    submit(state, existing, banner);
  });

  append(app, [
    h(
      'nav',
      { className: 'crumbs' },
      link('My Webex Apps', '/my-apps'),
      ' / ',
      existing ? existing.name : 'New Integration',
    ),
    h('h1', {}, existing ? existing.name : 'New Integration'),
    existing
      ? h(
          'p',
          { className: 'muted' },
          `Client ID: ${existing.clientId}. The client secret is not shown again; regenerate it if it was lost.`,
        )
      : null,
    form,
  ]);
  sync();
}

function scopeRowEl(
  s: ServerScope,
  env: {
    state: FormState;
    toggle: (scope: string, on: boolean) => void;
    isScopeDisabled: (scope: string) => boolean;
    disabledTitle: (scope: string) => string | null;
    scopeSyncers: Array<() => void>;
  },
): HTMLElement {
  const id = config.ids === 'scope' ? s.scope : config.ids === 'prefixed' ? `scope-${s.scope}` : null;
  const desc = h(
    'p',
    { className: 'scope-desc' },
    s.description,
    s.mention ? ' ' : null,
    s.mention ? h('code', {}, s.mention) : null,
    s.mention ? '.' : null,
  );
  const bindNative = (input: HTMLInputElement, rowEl: HTMLElement) => {
    // Like React: the click is what counts; a bare `checked = true` is reverted on the next render.
    input.addEventListener('click', () => env.toggle(s.scope, input.checked));
    env.scopeSyncers.push(() => {
      input.checked = env.state.scopes.has(s.scope);
      input.disabled = env.isScopeDisabled(s.scope);
      const title = env.disabledTitle(s.scope);
      if (title) rowEl.setAttribute('title', title);
      else rowEl.removeAttribute('title');
    });
  };

  if (config.markup === 'aria') {
    const nameId = genId();
    const box = h('div', {
      role: 'checkbox',
      tabindex: 0,
      'aria-checked': 'false',
      'aria-labelledby': nameId,
      id,
      className: 'aria-box',
    });
    const rowEl = h(
      'div',
      { className: 'scope-row' },
      box,
      h('span', { className: 'scope-name', id: nameId }, s.scope),
      desc,
    );
    const flip = () => env.toggle(s.scope, box.getAttribute('aria-checked') !== 'true');
    box.addEventListener('click', flip);
    box.addEventListener('keydown', (e) => {
      if (e.key === ' ') {
        e.preventDefault();
        flip();
      }
    });
    env.scopeSyncers.push(() => {
      box.setAttribute('aria-checked', String(env.state.scopes.has(s.scope)));
      const disabled = env.isScopeDisabled(s.scope);
      if (disabled) box.setAttribute('aria-disabled', 'true');
      else box.removeAttribute('aria-disabled');
      const title = env.disabledTitle(s.scope);
      if (title) rowEl.setAttribute('title', title);
      else rowEl.removeAttribute('title');
    });
    return rowEl;
  }

  if (config.markup === 'aria-wrapper') {
    // role=checkbox named through aria-labelledby by an element beside the description, inside a wrapper without the box.
    const nameId = genId();
    const box = h('div', {
      role: 'checkbox',
      tabindex: 0,
      'aria-checked': 'false',
      'aria-labelledby': nameId,
      id,
      className: 'aria-box',
    });
    desc.id = genId();
    box.setAttribute('aria-describedby', desc.id);
    const rowEl = h(
      'div',
      { className: 'scope-row' },
      box,
      h('div', { className: 'scope-text' }, h('div', { className: 'scope-name', id: nameId }, s.scope), desc),
    );
    const flip = () => env.toggle(s.scope, box.getAttribute('aria-checked') !== 'true');
    box.addEventListener('click', flip);
    env.scopeSyncers.push(() => {
      box.setAttribute('aria-checked', String(env.state.scopes.has(s.scope)));
      if (env.isScopeDisabled(s.scope)) box.setAttribute('aria-disabled', 'true');
      else box.removeAttribute('aria-disabled');
      const title = env.disabledTitle(s.scope);
      if (title) rowEl.setAttribute('title', title);
      else rowEl.removeAttribute('title');
    });
    return rowEl;
  }

  if (config.markup === 'shadow-row') {
    // One custom element per row; its shadow root holds the box and a label with name and description.
    const host = document.createElement('wx-scope-row');
    const shadow = host.attachShadow({ mode: 'open' });
    const boxId = id ?? genId();
    const input = h('input', { type: 'checkbox', id: boxId }) as HTMLInputElement;
    const style = h(
      'style',
      {},
      '.row{display:flex;gap:8px;padding:6px 0}label{display:grid}.scope-name{font-weight:600}.scope-desc{margin:0;color:#6b7280;font-size:13px}',
    );
    shadow.append(
      style,
      h(
        'div',
        { className: 'row' },
        input,
        h('label', { for: boxId }, h('span', { className: 'scope-name' }, s.scope), desc),
      ),
    );
    bindNative(input, host);
    return host;
  }

  if (config.markup === 'mdc') return mdcCheckbox(s, id, env, bindNative);

  if (config.markup === 'shadow') {
    const host = document.createElement('wx-scope-option');
    const shadow = host.attachShadow({ mode: 'open' });
    const input = h('input', { type: 'checkbox', id }) as HTMLInputElement;
    const name = id
      ? h('label', { for: id, className: 'scope-name' }, s.scope)
      : h('label', { className: 'scope-name' }, input, ' ', s.scope);
    const style = h(
      'style',
      {},
      '.row{display:grid;grid-template-columns:24px 1fr;gap:2px 8px;padding:6px 0}.scope-name{font-weight:600}.scope-desc{grid-column:2;margin:0;color:#6b7280;font-size:13px}',
    );
    const rowEl = h('div', { className: 'row' }, id ? input : null, name, desc);
    shadow.append(style, rowEl);
    bindNative(input, host);
    return host;
  }

  const input = h('input', { type: 'checkbox', id }) as HTMLInputElement;
  if (config.markup === 'label-desc') {
    // <input> + <label for> holding the name and the description as two elements.
    input.id = id ?? genId();
    const rowEl = h(
      'div',
      { className: 'scope-row' },
      input,
      h('label', { for: input.id, className: 'scope-label' }, h('span', { className: 'scope-name' }, s.scope), desc),
    );
    bindNative(input, rowEl);
    return rowEl;
  }
  if (config.markup === 'cui') {
    // Momentum UI React: div.cui-checkbox > input (aria-checked mirrored) + <label for={htmlId}> + helper child.
    input.id = id ?? genId();
    input.className = 'cui-input cui-checkbox__input';
    const rowEl = h(
      'div',
      { className: 'cui-input-group cui-checkbox scope-row' },
      input,
      h('label', { className: 'cui-checkbox__label', for: input.id }, h('span', {}, s.scope)),
      h('div', { className: 'cui-input__help-text' }, desc),
    );
    bindNative(input, rowEl);
    env.scopeSyncers.push(() => input.setAttribute('aria-checked', String(env.state.scopes.has(s.scope))));
    return rowEl;
  }
  if (config.markup === 'wrap') {
    const rowEl = h(
      'div',
      { className: 'scope-row' },
      h('label', { className: 'scope-label' }, input, ' ', h('span', { className: 'scope-name' }, s.scope)),
      desc,
    );
    bindNative(input, rowEl);
    return rowEl;
  }
  // 'for': <input> + <label for>; without ids, the name is tied by aria-labelledby instead.
  let name: HTMLElement;
  if (id) name = h('label', { for: id, className: 'scope-name' }, s.scope);
  else {
    name = h('span', { className: 'scope-name', id: genId() }, s.scope);
    input.setAttribute('aria-labelledby', name.id);
  }
  const rowEl = h('div', { className: 'scope-row' }, input, name, desc);
  bindNative(input, rowEl);
  return rowEl;
}

/**
 * Momentum Design's mdc-checkbox as its Lit template renders it: the host carries `label` and a
 * reflected `checked`; its shadow root holds the input (same id, `aria-label=""`,
 * `aria-describedby` to the help text) and a `<label for>` as a slot's fallback content; the help
 * text sits in an `mdc-text` with its own shadow root.
 */
function mdcCheckbox(
  s: ServerScope,
  id: string | null,
  env: {
    state: FormState;
    toggle: (scope: string, on: boolean) => void;
    isScopeDisabled: (scope: string) => boolean;
    disabledTitle: (scope: string) => string | null;
    scopeSyncers: Array<() => void>;
  },
  bindNative: (input: HTMLInputElement, rowEl: HTMLElement) => void,
): HTMLElement {
  const hostId = id ?? `mdc-input-${genId()}`;
  const helperId = `helper-text-id-${genId()}`;
  const host = document.createElement('mdc-checkbox');
  host.id = hostId;
  host.setAttribute('label', s.scope);
  host.setAttribute('help-text', s.description);
  const input = h('input', {
    id: hostId,
    type: 'checkbox',
    className: 'input',
    'aria-label': '',
    'aria-describedby': helperId,
  }) as HTMLInputElement;
  const text = document.createElement('mdc-text');
  text.id = helperId;
  text.attachShadow({ mode: 'open' }).append(h('p', {}, h('slot')));
  text.append(s.description, s.mention ? ` ${s.mention}` : '');
  host
    .attachShadow({ mode: 'open' })
    .append(
      h(
        'style',
        {},
        ':host{display:flex;gap:8px;padding:6px 0}.mdc-label{font-weight:600}mdc-text{color:#6b7280;font-size:13px}',
      ),
      h('div', { className: 'container' }, input),
      h(
        'div',
        { className: 'text-container' },
        h(
          'div',
          { className: 'mdc-label-text' },
          h('slot', { name: 'label' }, h('label', { for: hostId, className: 'mdc-label' }, s.scope)),
        ),
        h('div', { className: 'mdc-help-text' }, h('slot', { name: 'help-text' }, text)),
      ),
    );
  bindNative(input, host);
  env.scopeSyncers.push(() => {
    if (env.state.scopes.has(s.scope)) host.setAttribute('checked', '');
    else host.removeAttribute('checked');
  });
  return host;
}

/**
 * The default icons, shown as the `icon` switch says: buttons whose choice shows only in the
 * preview, or choices that carry their own state (aria-pressed buttons, a radiogroup of
 * aria-checked radios, a listbox of aria-selected options).
 */
function iconChoices(
  isChosen: (i: number) => boolean,
  choose: (i: number) => void,
  onSync: (sync: () => void) => void,
): HTMLElement {
  const style = config.icon;
  const stateAttr = style === 'pressed' ? 'aria-pressed' : style === 'checked' ? 'aria-checked' : 'aria-selected';
  const items = DEFAULT_ICONS.map((name, i) => {
    const label = `Default icon ${i + 1}: ${name}`;
    const img = h('img', { src: iconSrc(i), alt: '' });
    const item =
      style === 'preview' || style === 'pressed'
        ? h('button', { type: 'button', className: 'icon-choice', 'aria-label': label }, img)
        : h(
            'div',
            {
              role: style === 'checked' ? 'radio' : 'option',
              tabindex: 0,
              className: 'icon-choice',
              'aria-label': label,
            },
            img,
          );
    item.addEventListener('click', () => choose(i));
    if (style !== 'preview') onSync(() => item.setAttribute(stateAttr, String(isChosen(i))));
    return item;
  });
  const role = style === 'checked' ? 'radiogroup' : style === 'selected' ? 'listbox' : null;
  return h('div', { className: 'icon-grid', role, 'aria-label': role ? 'Default icons' : null }, ...items);
}

function slugify(name: string) {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'integration'
  );
}

function submit(state: FormState, existing: Stored | null, banner: HTMLElement) {
  const db = loadDb();
  const slug = existing?.slug ?? `${slugify(state.name)}-${hex(2)}`;
  const redirectUris = state.redirectUris.map((u) => u.trim()).filter(Boolean);
  const scopes = [...state.scopes].sort();
  recordSubmission({
    kind: existing ? 'save' : 'create',
    portal: PORTAL,
    slug,
    mobileSdk: state.mobileSdk,
    name: state.name,
    contactEmail: config.contactEmail ? state.contactEmail : null,
    icon: state.icon,
    description: state.description,
    redirectUris,
    scopes,
    termsAccepted: CX || config.terms ? state.terms : null,
  });
  const clientId = existing?.clientId ?? `C${hex(32)}`;
  db[slug] = {
    slug,
    name: state.name,
    description: state.description,
    contactEmail: config.contactEmail ? state.contactEmail : null,
    icon: state.icon,
    mobileSdk: state.mobileSdk ?? 'no',
    redirectUris,
    scopes,
    clientId,
  };
  saveDb(db);
  if (existing) {
    banner.textContent = 'Your changes have been saved.';
    banner.hidden = false;
    return;
  }
  justCreated = { slug, secret: hex(32) };
  navigate(`/my-apps/${slug}`);
}

/** OAuth Authorization URL as the portal makes it: scopes in no particular order, `:` → %3A, joined by %20. */
export function oauthUrl(clientId: string, redirectUri: string, scopes: string[]): string {
  const shuffled = [...scopes].sort(() => Math.random() - 0.5);
  return `https://webexapis.com/v1/authorize?client_id=${clientId}&response_type=code&redirect_uri=${encodeURIComponent(redirectUri)}&scope=${shuffled.map(encodeURIComponent).join('%20')}&state=set_state_here`;
}

/** The credentials in the layout the `result` switch names; each value with a Copy button. */
function credentialsView(fields: Array<[string, string]>): HTMLElement {
  const copy = (label: string, value: string) =>
    h(
      'button',
      {
        type: 'button',
        className: 'copy',
        'aria-label': `Copy ${label}`,
        onclick: () => void navigator.clipboard.writeText(value),
      },
      'Copy',
    );
  const readonlyInput = (value: string, attrs: Record<string, string> = {}) => {
    const input = h('input', {
      type: 'text',
      readonly: true,
      className: 'credential-input',
      ...attrs,
    }) as HTMLInputElement;
    input.value = value;
    return input;
  };
  switch (config.result) {
    case 'wrapped':
      return h(
        'div',
        { className: 'credentials' },
        ...fields.map(([label, value]) =>
          h('div', { className: 'credential' }, h('label', {}, label, ' ', readonlyInput(value)), copy(label, value)),
        ),
      );
    case 'for':
      return h(
        'div',
        { className: 'credentials' },
        ...fields.map(([label, value]) => {
          const id = genId();
          return h(
            'div',
            { className: 'credential' },
            h('label', { for: id }, label),
            readonlyInput(value, { id }),
            copy(label, value),
          );
        }),
      );
    case 'labelledby':
      return h(
        'div',
        { className: 'credentials' },
        ...fields.map(([label, value]) => {
          const id = genId();
          return h(
            'div',
            { className: 'credential' },
            h('span', { id, className: 'credential-label' }, label),
            h('div', {}, readonlyInput(value, { 'aria-labelledby': id }), copy(label, value)),
          );
        }),
      );
    case 'table':
      return h(
        'table',
        { className: 'credentials' },
        h(
          'tbody',
          {},
          ...fields.map(([label, value]) =>
            h('tr', {}, h('th', {}, label), h('td', {}, h('code', {}, value)), h('td', {}, copy(label, value))),
          ),
        ),
      );
    case 'dl':
      return h(
        'dl',
        { className: 'credentials' },
        ...fields.map(([label, value]) =>
          h(
            'div',
            { className: 'credential' },
            h('dt', {}, label),
            h('dd', {}, h('code', { className: label.startsWith('OAuth') ? 'url' : '' }, value), copy(label, value)),
          ),
        ),
      );
  }
}

function renderResult(stored: Stored, secret: string) {
  const integrationId = btoa(`ciscospark://us/APPLICATION/${stored.clientId}`).replace(/=+$/, '');
  const fields: Array<[string, string]> = [
    ['Client ID', stored.clientId],
    ['Client Secret', secret],
    [
      CX ? 'OAuth URL' : 'OAuth Authorization URL',
      oauthUrl(stored.clientId, stored.redirectUris[0] ?? '', stored.scopes),
    ],
    ['Integration ID', integrationId],
  ];
  append(app, [
    h(
      'div',
      { className: 'congrats' },
      h('h1', {}, 'Congratulations! 🎉'),
      h(
        'p',
        {},
        'Your integration has been created. Use the OAuth credentials below to finish building your integration. When you’re ready, return to submit your app to Webex App Hub.',
      ),
    ),
    h('h2', { className: 'integration-name' }, stored.name),
    h('hr'),
    credentialsView(fields),
    h('p', { className: 'warning' }, 'The Client Secret will only be shown once so please copy and keep it safe!'),
    h('p', {}, link('Back to My Webex Apps', '/my-apps')),
  ]);
}

window.addEventListener('popstate', route);
route();
