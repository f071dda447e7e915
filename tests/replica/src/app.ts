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
    redirectUris: existing
      ? [...existing.redirectUris]
      : config.redirect === 'rows' || config.redirect === 'rows-numbered'
        ? ['']
        : [],
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
  // sdk=select: a drop-down whose first option is a placeholder ("Select…"): nothing chosen yet.
  const sdkSelect = h(
    'select',
    { id: genId() },
    h('option', { value: '' }, 'Select…'),
    h('option', { value: 'no' }, 'No'),
    h('option', { value: 'yes' }, 'Yes'),
  ) as HTMLSelectElement;
  sdkSelect.addEventListener('change', () => {
    state.mobileSdk = (sdkSelect.value || null) as FormState['mobileSdk'];
    sync();
  });
  syncers.push(() => {
    if (sdkSelect.value !== (state.mobileSdk ?? '')) sdkSelect.value = state.mobileSdk ?? '';
  });
  const sdkRow =
    config.sdk === 'select'
      ? row(
          h('label', { for: sdkSelect.id }, 'Will this integration use a mobile SDK?'),
          '(Webex iOS or Android SDK 3.0+)',
          sdkSelect,
          'mobileSdk',
        )
      : row(
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
  const picker = h('div', { className: 'icon-picker', hidden: config.icon === 'preview' && !config.iconDialog });
  // iconDialog: a click marks the choice; "Apply" puts it into the form.
  let pending: { icon: string; src: string } | null = null;
  const iconError = h('p', { className: 'error', role: 'alert', hidden: true });
  const choose = (icon: string, src: string) => {
    if (config.iconDialog && !icon.startsWith('upload:')) {
      pending = { icon, src };
      sync();
      return;
    }
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
      (i) => (config.iconDialog ? (pending?.icon ?? state.icon) : state.icon) === `default-${i + 1}`,
      (i) => choose(`default-${i + 1}`, iconSrc(i)),
      (sync) => syncers.push(sync),
    ),
    h('label', { className: 'upload' }, 'or upload your own ', upload),
    iconError,
  ]);
  // iconPlaceholder: a grey silhouette until an icon is chosen (it is not a choice).
  const PLACEHOLDER = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="32" fill="#d1d5db"/></svg>')}`;
  syncers.push(() => {
    if (state.iconSrc) preview.setAttribute('src', state.iconSrc);
    else if (config.iconPlaceholder) preview.setAttribute('src', PLACEHOLDER);
    else preview.removeAttribute('src');
  });
  const dialogId = genId();
  let dialog: HTMLElement | null = null;
  const editButton = h('button', { type: 'button', className: 'link' }, 'Edit') as HTMLButtonElement;
  const closeDialog = () => {
    dialog?.remove();
    dialog = null;
    pending = null;
    editButton.setAttribute('aria-expanded', 'false');
    sync();
  };
  if (config.iconDialog) {
    editButton.setAttribute('aria-haspopup', 'dialog');
    editButton.setAttribute('aria-expanded', 'false');
    editButton.setAttribute('aria-controls', dialogId);
  }
  editButton.addEventListener('click', () => {
    if (!config.iconDialog) {
      picker.hidden = !picker.hidden;
      return;
    }
    if (dialog) return;
    // A modal dialog attached to <body>, outside the form, as modal libraries render it.
    dialog = h(
      'div',
      {
        role: 'dialog',
        'aria-modal': 'true',
        'aria-labelledby': `${dialogId}-title`,
        id: dialogId,
        className: 'modal',
      },
      h('h2', { id: `${dialogId}-title` }, 'Choose an icon'),
      picker,
      h(
        'div',
        { className: 'modal-actions' },
        h('button', { type: 'button', onclick: closeDialog }, 'Cancel'),
        h(
          'button',
          {
            type: 'button',
            className: 'primary',
            onclick: () => {
              if (pending) {
                state.icon = pending.icon;
                state.iconSrc = pending.src;
              }
              closeDialog();
            },
          },
          'Apply',
        ),
      ),
    );
    dialog.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') closeDialog();
    });
    document.body.append(dialog);
    editButton.setAttribute('aria-expanded', 'true');
    sync();
  });
  const iconRow = row(
    h('span', { className: 'label' }, ...labelText('Icon')),
    'Upload your own or select from our defaults. Must be exactly 512x512px in JPEG or PNG format.',
    h(
      'div',
      { className: 'icon-field' },
      // With a state-showing picker (icon=pressed|checked|selected) there is no preview, unless
      // the picker is in a dialog (the form then shows the chosen picture).
      config.icon === 'preview' || config.iconDialog ? preview : null,
      editButton,
      config.iconDialog ? null : picker,
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
  const uriBox = h('div', { className: 'uris', id: genId() });
  const renderUris = () => {
    uriBox.replaceChildren();
    if (config.redirect === 'textarea') {
      const area = h('textarea', {
        id: genId(),
        rows: 3,
        'aria-describedby': `${uriBox.id}-help`,
      }) as HTMLTextAreaElement;
      area.value = state.redirectUris.join('\n');
      const isNews = trackValue(area);
      area.addEventListener('input', () => {
        if (!isNews()) return;
        state.redirectUris = area.value.split('\n');
      });
      uriBox.append(area, h('p', { className: 'help', id: `${uriBox.id}-help` }, 'One URI per line.'));
      return;
    }
    if (config.redirect === 'rows' || config.redirect === 'rows-numbered') {
      const numbered = config.redirect === 'rows-numbered';
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
        uriBox.append(
          h(
            'div',
            { className: 'uri-row' },
            numbered ? h('label', { for: input.id, className: 'uri-label' }, `Redirect URI ${i + 1}`) : null,
            input,
            remove,
          ),
        );
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
      const byButton = config.redirect === 'chips-add';
      const draft = h('input', {
        type: 'url',
        id: genId(),
        placeholder: byButton ? 'https://' : 'Enter a URI and press Enter',
        'aria-label': 'Redirect URI',
      }) as HTMLInputElement;
      let draftValue = '';
      const isNews = trackValue(draft);
      draft.addEventListener('input', () => {
        if (isNews()) draftValue = draft.value;
      });
      const commit = () => {
        const uri = draftValue.trim();
        if (!uri || !isUri(uri) || state.redirectUris.includes(uri)) return;
        state.redirectUris.push(uri);
        renderUris();
      };
      draft.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter') return;
        e.preventDefault();
        // chips-add: Enter does nothing; only the "Add" button commits.
        if (!byButton) commit();
      });
      append(uriBox, [chips, draft, byButton ? h('button', { type: 'button', onclick: commit }, 'Add') : null]);
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
    const env = { state, toggle, isScopeDisabled, disabledTitle, scopeSyncers };
    list.replaceChildren(...scopeListContent(serverScopes(PORTAL, config), env, sync));
    if (config.markup === 'listbox' && config.sections === 'flat') {
      list.setAttribute('role', 'listbox');
      list.setAttribute('aria-multiselectable', 'true');
      list.setAttribute('aria-label', 'Scopes');
    }
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

interface ScopeEnv {
  state: FormState;
  toggle: (scope: string, on: boolean) => void;
  isScopeDisabled: (scope: string) => boolean;
  disabledTitle: (scope: string) => string | null;
  scopeSyncers: Array<() => void>;
}

/** noise=1: invisible line-break helpers in a scope's name (a zero-width space after the colon, soft hyphens). */
function shownScope(scope: string): string {
  if (!config.noise) return scope;
  const at = scope.indexOf(':') + 1;
  return `${scope.slice(0, at)}\u200b${scope.slice(at).replace(/_/g, '\u00ad_')}`;
}

/** A panel of rows as a list box when the markup is one (each section its own list). */
function rowsPanel(rows: HTMLElement[], attrs: Record<string, string> = {}): HTMLElement {
  const listbox = config.markup === 'listbox' ? { role: 'listbox', 'aria-multiselectable': 'true' } : {};
  return h('div', { ...attrs, ...listbox }, ...rows);
}

/**
 * The scope list as the `sections` switch lays it out: flat; sections (by prefix) that render
 * their rows only when expanded; `<details>` sections rendered but closed; a virtual list that
 * mounts 25 rows around what is in view of a 12-row viewport.
 */
function scopeListContent(scopes: ServerScope[], env: ScopeEnv, sync: () => void): HTMLElement[] {
  const row = (s: ServerScope) => scopeRowEl(s, env);
  const groups = () => {
    const out = new Map<string, ServerScope[]>();
    for (const s of scopes) {
      const key = s.scope.split(':')[0]!;
      out.set(key, [...(out.get(key) ?? []), s]);
    }
    return [...out].map(([prefix, list]) => ({ title: `${prefix} (${list.length})`, list }));
  };
  switch (config.sections) {
    case 'flat':
      return scopes.map(row);
    case 'collapsed':
      return groups().map(({ title, list }) => {
        const panelId = genId();
        const panel = rowsPanel([], { id: panelId, className: 'scope-panel', 'aria-label': title });
        const button = h('button', {
          type: 'button',
          className: 'section-toggle',
          'aria-expanded': 'false',
          'aria-controls': panelId,
        });
        button.textContent = title;
        button.addEventListener('click', () => {
          const open = button.getAttribute('aria-expanded') !== 'true';
          button.setAttribute('aria-expanded', String(open));
          // Rendered only while expanded (nothing of it is in the page before).
          panel.replaceChildren(...(open ? list.map(row) : []));
          sync();
        });
        return h('div', { className: 'scope-section' }, h('h3', {}, button), panel);
      });
    case 'hidden':
      return groups().map(({ title, list }) =>
        h('details', { className: 'scope-section' }, h('summary', {}, title), rowsPanel(list.map(row))),
      );
    case 'virtual': {
      const ROW = 44;
      const MOUNTED = 25;
      const viewport = h('div', {
        className: 'scope-viewport',
        style: `height:${12 * ROW}px;overflow-y:auto;position:relative`,
      });
      const inner = rowsPanel([], { style: `height:${scopes.length * ROW}px;position:relative` });
      viewport.append(inner);
      const render = () => {
        const first = Math.max(0, Math.floor(viewport.scrollTop / ROW) - 6);
        inner.replaceChildren(
          ...scopes
            .slice(first, first + MOUNTED)
            .map((s, i) =>
              h(
                'div',
                { style: `position:absolute;top:${(first + i) * ROW}px;left:0;right:0;height:${ROW}px` },
                row(s),
              ),
            ),
        );
        sync();
      };
      viewport.addEventListener('scroll', render);
      render();
      return [viewport];
    }
  }
}

function scopeRowEl(s: ServerScope, env: ScopeEnv): HTMLElement {
  const id = config.ids === 'scope' ? s.scope : config.ids === 'prefixed' ? `scope-${s.scope}` : null;
  const name = shownScope(s.scope);
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
      h('span', { className: 'scope-name', id: nameId }, name),
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
      h('div', { className: 'scope-text' }, h('div', { className: 'scope-name', id: nameId }, name), desc),
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
        h('label', { for: boxId }, h('span', { className: 'scope-name' }, name), desc),
      ),
    );
    bindNative(input, host);
    return host;
  }

  if (config.markup === 'radix') {
    // Radix/shadcn: button[role=checkbox] named by <label for>, and, inside a form, the hidden
    // native input Radix renders beside it (aria-hidden, for form submission).
    const boxId = id ?? genId();
    const button = h('button', {
      type: 'button',
      role: 'checkbox',
      id: boxId,
      'aria-checked': 'false',
      'data-state': 'unchecked',
      className: 'radix-box',
    }) as HTMLButtonElement;
    const twin = h('input', {
      type: 'checkbox',
      'aria-hidden': 'true',
      tabindex: -1,
      style: 'position:absolute;pointer-events:none;opacity:0;margin:0;transform:translateX(-100%)',
    }) as HTMLInputElement;
    const rowEl = h(
      'div',
      { className: 'scope-row' },
      h('span', { style: 'position:relative' }, button, twin),
      // Named by nothing but the text beside it (no <label for>): the row is found from that text.
      h('div', {}, h('span', { className: 'scope-name' }, name), desc),
    );
    button.addEventListener('click', () => env.toggle(s.scope, button.getAttribute('aria-checked') !== 'true'));
    env.scopeSyncers.push(() => {
      const on = env.state.scopes.has(s.scope);
      button.setAttribute('aria-checked', String(on));
      button.setAttribute('data-state', on ? 'checked' : 'unchecked');
      button.disabled = env.isScopeDisabled(s.scope);
      twin.checked = on;
      const title = env.disabledTitle(s.scope);
      if (title) rowEl.setAttribute('title', title);
      else rowEl.removeAttribute('title');
    });
    return rowEl;
  }

  if (config.markup === 'listbox') {
    // React Aria's multi-select ListBox: each scope an option named by its label, described by its description.
    const nameId = genId();
    desc.id = genId();
    const option = h(
      'div',
      {
        role: 'option',
        id,
        tabindex: -1,
        'aria-selected': 'false',
        'aria-labelledby': nameId,
        'aria-describedby': desc.id,
        className: 'scope-option',
      },
      h('span', { className: 'scope-name', id: nameId }, name),
      desc,
    );
    option.addEventListener('click', () => env.toggle(s.scope, option.getAttribute('aria-selected') !== 'true'));
    env.scopeSyncers.push(() => {
      option.setAttribute('aria-selected', String(env.state.scopes.has(s.scope)));
      if (env.isScopeDisabled(s.scope)) option.setAttribute('aria-disabled', 'true');
      else option.removeAttribute('aria-disabled');
      const title = env.disabledTitle(s.scope);
      if (title) option.setAttribute('title', title);
      else option.removeAttribute('title');
    });
    return option;
  }

  if (config.markup === 'desc-only') {
    const input = h('input', { type: 'checkbox', id: id ?? genId() }) as HTMLInputElement;
    const rowEl = h('div', { className: 'scope-row' }, input, h('label', { for: input.id }, s.description));
    bindNative(input, rowEl);
    return rowEl;
  }

  if (config.markup === 'mdc') return mdcCheckbox(s, id, env, bindNative);

  if (config.markup === 'shadow') {
    const host = document.createElement('wx-scope-option');
    const shadow = host.attachShadow({ mode: 'open' });
    const input = h('input', { type: 'checkbox', id }) as HTMLInputElement;
    const label = id
      ? h('label', { for: id, className: 'scope-name' }, name)
      : h('label', { className: 'scope-name' }, input, ' ', name);
    const style = h(
      'style',
      {},
      '.row{display:grid;grid-template-columns:24px 1fr;gap:2px 8px;padding:6px 0}.scope-name{font-weight:600}.scope-desc{grid-column:2;margin:0;color:#6b7280;font-size:13px}',
    );
    const rowEl = h('div', { className: 'row' }, id ? input : null, label, desc);
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
      h('label', { for: input.id, className: 'scope-label' }, h('span', { className: 'scope-name' }, name), desc),
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
      h('label', { className: 'cui-checkbox__label', for: input.id }, h('span', {}, name)),
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
      h('label', { className: 'scope-label' }, input, ' ', h('span', { className: 'scope-name' }, name)),
      desc,
    );
    bindNative(input, rowEl);
    return rowEl;
  }
  // 'for': <input> + <label for>; without ids, the name is tied by aria-labelledby instead.
  let nameEl: HTMLElement;
  if (id) nameEl = h('label', { for: id, className: 'scope-name' }, name);
  else {
    nameEl = h('span', { className: 'scope-name', id: genId() }, name);
    input.setAttribute('aria-labelledby', nameEl.id);
  }
  const rowEl = h('div', { className: 'scope-row' }, input, nameEl, desc);
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
  env: ScopeEnv,
  bindNative: (input: HTMLInputElement, rowEl: HTMLElement) => void,
): HTMLElement {
  const hostId = id ?? `mdc-input-${genId()}`;
  const helperId = `helper-text-id-${genId()}`;
  const host = document.createElement('mdc-checkbox');
  host.id = hostId;
  host.setAttribute('label', shownScope(s.scope));
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
          h('slot', { name: 'label' }, h('label', { for: hostId, className: 'mdc-label' }, shownScope(s.scope))),
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
  // secretMasked: the secret shows as dots until "Show" (an input's value is set as a property,
  // which changes nothing in the DOM).
  const DOTS = '••••••••••••••••';
  const masked = (label: string) => label === 'Client Secret' && config.secretMasked;
  const showButton = (reveal: () => void) => {
    const button = h('button', { type: 'button', className: 'copy', 'aria-label': 'Show Client Secret' }, 'Show');
    button.addEventListener('click', () => {
      reveal();
      button.remove();
    });
    return button;
  };
  const readonlyInput = (value: string, attrs: Record<string, string> = {}, label = '') => {
    const input = h('input', {
      type: 'text',
      readonly: true,
      className: 'credential-input',
      ...attrs,
    }) as HTMLInputElement;
    input.value = masked(label) ? DOTS : value;
    if (!masked(label)) return input;
    return h(
      'span',
      {},
      input,
      showButton(() => (input.value = value)),
    );
  };
  const codeValue = (label: string, value: string, className = '') => {
    const code = h('code', { className }, masked(label) ? DOTS : value);
    if (!masked(label)) return code;
    return h(
      'span',
      {},
      code,
      showButton(() => (code.textContent = value)),
    );
  };
  switch (config.result) {
    case 'wrapped':
      return h(
        'div',
        { className: 'credentials' },
        ...fields.map(([label, value]) =>
          h(
            'div',
            { className: 'credential' },
            h('label', {}, label, ' ', readonlyInput(value, {}, label)),
            copy(label, value),
          ),
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
            readonlyInput(value, { id }, label),
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
            h('div', {}, readonlyInput(value, { 'aria-labelledby': id }, label), copy(label, value)),
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
            h('tr', {}, h('th', {}, label), h('td', {}, codeValue(label, value)), h('td', {}, copy(label, value))),
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
            h('dd', {}, codeValue(label, value, label.startsWith('OAuth') ? 'url' : ''), copy(label, value)),
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
  const values = h('div', { className: 'credential-values' });
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
    values,
    h('p', { className: 'warning' }, 'The Client Secret will only be shown once so please copy and keep it safe!'),
    h('p', {}, link('Back to My Webex Apps', '/my-apps')),
  ]);
  // resultLate: the heading first, the values loaded a moment later.
  if (config.resultLate > 0) window.setTimeout(() => values.append(credentialsView(fields)), config.resultLate);
  else values.append(credentialsView(fields));
}

window.addEventListener('popstate', route);
route();
