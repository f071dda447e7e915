import type { fakeBrowser } from 'wxt/testing';
import type { SessionArea } from '@/core/session/credentials-store';
import type { CapturedCredentials, FillRequest } from '@/core/messages';

export function fillRequestFixture(): FillRequest {
  return {
    presetId: 'p',
    presetName: 'P',
    portal: 'developer.webex.com',
    exact: 'auto',
    integration: {
      name: 'App',
      description: 'Desc',
      redirectUris: ['https://a.example.com/cb'],
      scopes: ['spark:all'],
      optionalScopes: [],
      mobileSdk: false,
    },
  };
}

/** What the content script reports from a result page, for a given Client ID and time. */
export function credentialsFixture(clientId: string, capturedAt: number): CapturedCredentials {
  return {
    integrationName: 'App',
    clientId,
    clientSecret: 'f'.repeat(64),
    integrationId: null,
    oauthUrl: null,
    portal: 'developer.webex.com',
    capturedAt,
  };
}

/** storage.session as a plain object, with the browser's copy-on-write semantics. */
export function memoryArea(): SessionArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (keys) => {
      const list = keys === null ? Object.keys(data) : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    set: async (items) => void Object.assign(data, structuredClone(items)),
    remove: async (keys) => {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k];
    },
  };
}

type Menus = typeof fakeBrowser.contextMenus;
type MenuClick = Parameters<Menus['onClicked']['addListener']>[0];

/**
 * The fake browser has no contextMenus: stand in for the three calls the background makes, and
 * keep the click listener so a test can click the menu item as the browser would.
 */
export function stubContextMenus(menus: Menus, commands?: typeof fakeBrowser.commands) {
  if (commands) commands.onCommand.addListener = () => {};
  const created: object[] = [];
  const listeners: MenuClick[] = [];
  menus.removeAll = async () => void created.splice(0);
  menus.create = (item) => created.push(item);
  menus.onClicked.addListener = (fn) => void listeners.push(fn);
  return { created, listeners };
}
