import { useEffect, useState } from 'preact/hooks';
import type { HandOffAnswer } from '@/core/handoff/guard';
import type { HandOffMessage } from '@/core/messages';
import type { Preset } from '@/core/presets/schema';
import type { CaptureRecord } from '@/core/session/credentials-store';
import { HAND_OFF_FILE, type InjectApi, injectScript } from '@/core/tabs/inject-fill-engine';
import { isPortalUrl } from '@/core/tabs/pick-portal-tab';
import { NEW_INTEGRATION_PATH } from '@/core/portal/knowledge';
import { nextPart, siblingsOf } from '@/core/presets/choose-part';
import { partLabel } from '@/core/presets/parts';
import { CredentialsView } from './CredentialsView';
import { HandOffView, type RunHandOff, type VendorTab } from './HandOffView';

/**
 * The tab a hand-off would fill: the active tab of this window when it is not a portal page or
 * one of ours. (When this popup runs as a tab itself, as in tests, the most recently used other tab.)
 */
async function findVendorTab(): Promise<VendorTab | null> {
  const own = await browser.tabs.getCurrent();
  const ours = browser.runtime.getURL('/');
  const tabs = (await browser.tabs.query({ currentWindow: true })).filter(
    (t) => t.id !== undefined && t.id !== own?.id && !t.url?.startsWith(ours),
  );
  const tab = tabs.find((t) => t.active) ?? [...tabs].sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  if (!tab?.id || isPortalUrl(tab.url) || (tab.url && !/^https?:/.test(tab.url))) return null;
  return { id: tab.id, url: tab.url };
}

/** Into the tab's top frame only (the injection's default), and the order to that frame only. */
const runHandOff: RunHandOff = async (tabId, orders, dryRun, expect) => {
  await injectScript(browser as unknown as InjectApi, tabId, HAND_OFF_FILE);
  const message: HandOffMessage = { type: 'webex-helper/hand-off', orders, dryRun, expect };
  return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as HandOffAnswer;
};

/** In a private window when the user allowed the extension there; else a tab, saying how to allow it. */
async function openOAuthUrl(url: string): Promise<string> {
  if (await browser.extension.isAllowedIncognitoAccess()) {
    await browser.windows.create({ url, incognito: true });
    return 'Opened in a private window: sign in there and accept.';
  }
  await browser.tabs.create({ url });
  return 'Opened in a new tab. To use a private window instead (as SphereShield recommends), allow this extension in private windows: Chrome: chrome://extensions → Details → “Allow in Incognito”; Firefox: about:addons → the extension → “Run in Private Windows”.';
}

const openTokens = (clientId: string) =>
  void browser.tabs.create({ url: `${browser.runtime.getURL('/tokens.html')}#${encodeURIComponent(clientId)}` });

interface Props {
  record: CaptureRecord;
  /** Every live capture: a bundle's other integrations among them. */
  captures: readonly CaptureRecord[];
  presets: readonly Preset[];
  onCopy: (label: string, text: string) => void;
  onForget: () => void;
}

/** The popup's part after a capture: the credentials (and "Get tokens…"), the bundle's next integration, then the vendor hand-off. */
export function AfterCapture({ record, captures, presets, onCopy, onForget }: Props) {
  const [vendorTab, setVendorTab] = useState<VendorTab | null>(null);
  useEffect(() => void findVendorTab().then(setVendorTab), []);
  const preset = presets.find((p) => p.id === record.applied?.presetId) ?? null;
  const next = preset && record.applied?.part ? nextPart(preset, captures) : null;
  return (
    <>
      <CredentialsView
        record={record}
        onCopy={onCopy}
        onForget={onForget}
        onGetTokens={() => openTokens(record.credentials.clientId)}
      />
      {next && (
        <section aria-labelledby="next-title">
          <h2 id="next-title">Next: {partLabel(next)}</h2>
          <p class="help">
            “{preset!.name}” needs it too. Open the New Integration page on {next.portal}, then this popup: the preset
            is chosen with this integration.
          </p>
          <button
            type="button"
            class="primary"
            onClick={() => void browser.tabs.create({ url: `https://${next.portal}${NEW_INTEGRATION_PATH}` })}
          >
            Open {next.portal}
          </button>
        </section>
      )}
      <HandOffView
        record={record}
        preset={preset}
        siblings={siblingsOf(record, captures)}
        tab={vendorTab}
        run={runHandOff}
        openOAuthUrl={openOAuthUrl}
      />
    </>
  );
}
