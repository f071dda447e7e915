import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export const GECKO_ID = 'webex-integration-helper@webex-helper.dev';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Webex Integration Helper',
    description:
      'Fills the Webex developer portal’s “New Integration” form from vendor presets, ticks exactly the right scopes, and copies the credentials safely.',
    permissions: ['storage', 'alarms', 'clipboardWrite', ...(browser === 'firefox' ? [] : ['offscreen'])],
    optional_permissions: ['clipboardRead'],
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
});
