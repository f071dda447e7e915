import { createRequire } from 'node:module';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { FILL_COMMAND, FILL_COMMAND_KEY, FILL_COMMAND_TITLE } from './core/shortcut/command';

const nativeBrowser = createRequire(import.meta.url).resolve('wxt/browser');

/**
 * Asked for only from the click that needs them: Webex's API (named on its own, so the prompt and
 * the browser's settings say what it is), and the one redirect URI's host, which may be any
 * https site (vendors' redirect URIs are anywhere) or this machine.
 */
const OPTIONAL_HOSTS = ['https://webexapis.com/*', 'https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

/**
 * What the Chrome build needs: offscreen documents for the clipboard timer (Chrome 109),
 * `storage.session` (102), and the code itself, which Vite transpiles for Chrome 111 and later
 * (its "baseline widely available" target).
 */
const MINIMUM_CHROME = '111';

export const GECKO_ID = 'webex-integration-helper@webex-helper.dev';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Webex Integration Helper',
    description:
      'Fills the Webex developer portal’s “New Integration” form from vendor presets, ticks exactly the right scopes, and copies the credentials safely.',
    // Least privilege: the two portal hosts (content script + finding the portal tab), session
    // storage for captured credentials, an alarm to forget them, clipboard write for "Copy" and
    // read to clear it only if it still holds what was copied; Chrome's offscreen document hosts
    // that clear timer (a service worker has no clipboard), and `scripting` puts the fill engine
    // into the portal tab on "Fill form" (Firefox MV2 does that with the host permission alone).
    // `activeTab` lets "Fill this page" put the hand-off engine into the vendor's page the popup
    // was opened on, then only (no install warning, no host permission for vendors' sites).
    // `contextMenus` adds "Make a Webex preset from the selection" (no install warning; the
    // selected text comes with the click, so no access to the guide's site is needed).
    // Optional, asked for from the click that needs them ("Get tokens", "Also register this
    // browser"): webexapis.com and the one redirect URI's host (any https host, since vendors'
    // redirect URIs are anywhere, or loopback), and `identity` for the browser's own redirect URI.
    // Firefox MV2 lists optional hosts with the optional permissions (WXT does not move them), and
    // cannot make `identity` optional: there it is required, and it has no install prompt.
    ...(browser === 'firefox'
      ? { optional_permissions: OPTIONAL_HOSTS }
      : { optional_permissions: ['identity'], optional_host_permissions: OPTIONAL_HOSTS }),
    permissions: [
      'activeTab',
      'contextMenus',
      'storage',
      'alarms',
      'clipboardWrite',
      'clipboardRead',
      ...(browser === 'firefox' ? ['identity'] : ['offscreen', 'scripting']),
    ],
    host_permissions: ['https://developer.webex.com/*', 'https://developer.webex-cx.com/*'],
    // Alt+Shift+W: the last preset into the portal form of the active tab (the key grants activeTab).
    commands: {
      [FILL_COMMAND]: { suggested_key: { default: FILL_COMMAND_KEY }, description: FILL_COMMAND_TITLE },
    },
    // Organisation presets by policy: Chrome needs the schema of its managed storage (generated
    // by npm run presets:schema); Firefox reads policies.json's 3rdparty.Extensions without one.
    ...(browser !== 'firefox' && { storage: { managed_schema: 'managed-schema.json' } }),
    ...(browser !== 'firefox' && { minimum_chrome_version: MINIMUM_CHROME }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  vite: () => ({ plugins: [preact()] }),
  // The Firefox sources zip holds what rebuilds the add-on, not local run output.
  zip: { excludeSources: ['screenshots/**', 'reports/**', 'test-results/**', 'playwright-report/**'] },
  hooks: {
    // The content script (every portal page) and the fill engine (injected on "Fill form") only
    // send and answer runtime messages (answering through sendResponse, which both browsers
    // support natively): they get the native `browser`, not webextension-polyfill, which saves
    // 3.3 kB gzip of the content script's ≤ 10 kB budget.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script' || e.type === 'unlisted-script')) return;
      const alias = config.resolve?.alias;
      const entries = Array.isArray(alias)
        ? alias
        : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = {
        ...config.resolve,
        alias: [
          { find: /^wxt\/browser$/, replacement: nativeBrowser },
          ...entries.filter((a) => a.find !== 'wxt/browser'),
        ],
      };
    },
  },
});
