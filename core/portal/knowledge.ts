/**
 * Everything this extension knows about the Webex developer portal's pages, in one place.
 *
 * The real page's element ids are not known (see docs/portal.md), so nothing here is an id:
 * fields are found by their visible label, scopes by their visible name. When the portal is
 * redesigned, this is the file to change. `expected` counts are what the project's replica
 * shows; the real portal may differ and the content script never relies on them to work.
 */

export const PORTAL_HOSTS = ['developer.webex.com', 'developer.webex-cx.com'] as const;
export type PortalHost = (typeof PORTAL_HOSTS)[number];

export const PORTAL_MATCHES = PORTAL_HOSTS.map((host) => `https://${host}/*`);

export const NEW_INTEGRATION_PATH = '/my-apps/new/integration';

/** Label texts, compared case-insensitively with `*` and trailing `:` removed. First is current. */
export const FIELD_LABELS = {
  mobileSdk: ['Will this integration use a mobile SDK?'],
  name: ['Integration name', 'Integration Name'],
  contactEmail: ['Contact Email', 'Contact email'],
  icon: ['Icon'],
  // TODO(2023-01): "Description" is the pre-2023 label; drop when no portal shows it.
  description: ['App Hub Description', 'Description'],
  // A list's rows may be numbered ("Redirect URI 1", "Redirect URI 2"): the same field.
  redirectUris: ['Redirect URI(s)', 'Redirect URIs', 'Redirect URI'],
  scopes: ['Scopes'],
  terms: ['I accept the Terms of Service and Privacy Policy', 'Terms of Service'],
} as const;

export type FieldKey = keyof typeof FIELD_LABELS;

/** Texts of buttons and options, matched exactly (case-insensitive, symbols like ⊕ ignored). */
export const BUTTON_TEXTS = {
  addUri: ['Add URI', 'Add another URI', 'Add redirect URI'],
  /** Commits the URI typed in a chip list's input (where Enter does nothing). */
  commitUri: ['Add'],
  removeUri: ['Remove', 'Remove URI', 'Delete'],
  iconEdit: ['Edit', 'Edit icon', 'Choose icon', 'Choose an icon', 'Change', 'Change icon'],
  /** Confirms the choice in an icon picker dialog. */
  dialogConfirm: ['Apply', 'Done', 'Save', 'OK', 'Select', 'Use icon', 'Use this icon', 'Confirm'],
  /** Closes a dialog without deciding anything. */
  dialogClose: ['Close', 'Close dialog', '×', '✕'],
  mobileSdkNo: ['No'],
  mobileSdkYes: ['Yes'],
  submitNew: ['Add Integration'],
  submitEdit: ['Save'],
} as const;

/** Accessible names of the default icons on the icon picker start with this. */
export const DEFAULT_ICON_NAME = /^default icon\b/i;

/** A choice (icon, option) shows it is the selected one through one of these, checked in this order. */
export const SELECTED_STATES = ['aria-checked', 'aria-pressed', 'aria-selected'] as const;

/** The page says it is still loading: the fill waits (up to the timeout) instead of reporting what is missing. */
export const LOADING_SELECTOR = '[aria-busy=true], [role=progressbar]:not([aria-valuenow])';

/** A scope name as the portal shows it: `prefix:name`, no spaces. Case matters (`Identity:` ≠ `identity:`). */
export const SCOPE_NAME = /^[A-Za-z][\w.-]*:[\w.:-]+$/;

/** What the portal accepts (the bot form's stated limits; the integration form is its sibling). */
export const PORTAL_LIMITS = { name: 100, description: 1000 } as const;

/** Scopes the portal ticks and locks by itself; exact mode never unticks them. */
export const PORTAL_FIXED_SCOPES: readonly string[] = ['spark:kms'];

/** Separators after which an element id may end in the scope name (`scope-spark:all`). */
export const ID_SEPARATORS = ['-', '_', '.', '/', '|', '#'];

export const RESULT_PAGE = {
  heading: /^Congratulations!?/i,
  labels: {
    clientId: ['Client ID'],
    clientSecret: ['Client Secret'],
    oauthUrl: ['OAuth Authorization URL', 'OAuth URL'],
    integrationId: ['Integration ID'],
  },
  patterns: {
    clientId: /^C[0-9a-f]{64}$/,
    clientSecret: /^[0-9a-f]{64}$/,
    oauthUrl: /^https:\/\/(webexapis\.com|api\.ciscospark\.com)\/v1\/authorize\?\S+$/,
    integrationId: /^[A-Za-z0-9+/_-]{40,}$/,
  },
} as const;

/** Webex's OAuth and REST endpoints (docs/portal.md, "OAuth facts"). */
export const WEBEX_API = {
  origin: 'https://webexapis.com',
  authorize: 'https://webexapis.com/v1/authorize',
  accessToken: 'https://webexapis.com/v1/access_token',
  peopleMe: 'https://webexapis.com/v1/people/me',
} as const;

/** How long to wait for late-rendered parts of the form, and how long a list must be quiet to be complete. */
export const TIMING = {
  waitTimeoutMs: 10_000,
  settleMs: 300,
  /** A page quiet this long with no form (and not loading) is not a form page. */
  noFormSettleMs: 1_000,
  panelVisibleMs: 15_000,
  /** "Get tokens" gives up on a consent tab that has not reached the redirect URI after this long. */
  consentTimeoutMs: 5 * 60_000,
} as const;

/** Token lifetimes Webex states (docs/portal.md §4.2): what "in 14 days" / "in 90 days" mean. */
export const TOKEN_LIFETIMES = { accessSeconds: 1_209_599, refreshSeconds: 7_776_000 } as const;

/** Counts on the project's replica (tests/replica); a drift here means the replica or portal changed. */
export const EXPECTED_ON_REPLICA = {
  scopeRows: { 'developer.webex.com': 145, 'developer.webex-cx.com': 12 },
  redirectInputsOnNewForm: 1,
  defaultIcons: 6,
} as const;
