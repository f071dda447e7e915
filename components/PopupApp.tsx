import { useEffect, useMemo, useState } from 'preact/hooks';
import { copyText, pageCopyDeps } from '@/core/clipboard/copy-text';
import type { FormSnapshot } from '@/core/fill/read-form';
import type { FillReport } from '@/core/fill/report';
import { expectationOf } from '@/core/outline/header';
import type { ClipboardStatus, ContentRequest, FillRequest, PingResponse } from '@/core/messages';
import { NEW_INTEGRATION_PATH, PORTAL_MATCHES } from '@/core/portal/knowledge';
import { loadBuiltinPresets } from '@/core/presets/builtin';
import { loadCustomPresets } from '@/core/presets/custom-store';
import { DRAFT_KEY, draftFromForm } from '@/core/presets/draft';
import { mergeLibrary } from '@/core/presets/library';
import { loadOrgPresets, NO_ORG, type OrgLoad } from '@/core/presets/managed';
import type { Preset } from '@/core/presets/schema';
import { normalizeValue, sampleValues } from '@/core/presets/parameter-rules';
import { fillRequestOf } from '@/core/presets/fill-request';
import { partLabel, partsOf, presetSummary } from '@/core/presets/parts';
import { defaultGroups } from '@/core/presets/resolve-preset';
import { choosePart, createdParts } from '@/core/presets/choose-part';
import { type Problem } from '@/core/presets/problems';
import { resolvePreset } from '@/core/presets/resolve-preset';
import { type CaptureRecord, forgetCaptures, listCaptures } from '@/core/session/credentials-store';
import { pickPortalTab } from '@/core/tabs/pick-portal-tab';
import { type InjectApi, injectFillEngine } from '@/core/tabs/inject-fill-engine';
import type { AfterCapture as AfterCaptureComponent } from './AfterCapture';
import { ClipboardCountdown } from './ClipboardCountdown';
import { FillReportView } from './FillReportView';
import { LAST_PRESET, sendFill } from './fill-tab';
import { ParameterFields } from './ParameterFields';
import { FeatureChoices, GuideCorrections, PartChooser } from './PresetChoices';
import { PresetPicker } from './PresetPicker';
import { requestOptional } from './request-permissions';

interface PortalTab {
  id: number;
  url: string;
  ping: PingResponse | null;
}

async function findPortalTab(): Promise<PortalTab | null> {
  const [current] = await browser.tabs.query({ active: true, currentWindow: true });
  const tabs = await browser.tabs.query({ url: PORTAL_MATCHES });
  const tab = pickPortalTab(tabs, current?.windowId);
  if (!tab?.id || !tab.url) return null;
  const ping = (await browser.tabs
    .sendMessage(tab.id, { type: 'webex-helper/ping' } satisfies ContentRequest)
    .catch(() => null)) as PingResponse | null;
  return { id: tab.id, url: tab.url, ping };
}

/** Why Fill is disabled, naming the parameter; the detail is under the field itself. */
function parameterReason(preset: Preset, values: Record<string, string>, problem: Problem): string {
  const param = preset.parameters.find((p) => problem.path === `values.${p.key}`);
  if (!param) return `The preset cannot be filled in as given: ${problem.message}.`;
  return (values[param.key] ?? '').trim() === '' ? `Fill in ${param.label}.` : `Fix ${param.label} above.`;
}

type AfterCaptureView = typeof AfterCaptureComponent;

export function PopupApp() {
  const { presets: builtins, broken } = useMemo(loadBuiltinPresets, []);
  const [custom, setCustom] = useState<Preset[]>([]);
  const [org, setOrg] = useState<OrgLoad>(NO_ORG);
  const presets = useMemo(
    () =>
      mergeLibrary(org.presets, custom, builtins, { hideBuiltins: org.defaults.hideBuiltinPresets === true }).map(
        (e) => e.preset,
      ),
    [builtins, custom, org],
  );
  const orgIds = useMemo(() => new Set(org.presets.map((p) => p.id)), [org]);
  const customIds = useMemo(() => new Set(custom.map((p) => p.id)), [custom]);
  const [selectedId, setSelectedId] = useState('');
  /** A bundle's integration to fill (by key); undefined: the first not created yet, else the tab's portal's. */
  const [partKey, setPartKey] = useState<string | undefined>(undefined);
  /** The feature groups chosen for the part, by key; undefined: the preset's defaults. */
  const [groups, setGroups] = useState<Set<string> | undefined>(undefined);
  const [values, setValues] = useState<Record<string, string>>({});
  const [exact, setExact] = useState(false);
  /** "Also register this browser for token retrieval": its identity.getRedirectURL(), added to the redirect URIs. */
  const [browserRedirect, setBrowserRedirect] = useState<string | null>(null);
  const [tab, setTab] = useState<PortalTab | null | undefined>(undefined);
  const [report, setReport] = useState<FillReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [captures, setCaptures] = useState<CaptureRecord[]>([]);
  const [status, setStatus] = useState('');
  const [clipboard, setClipboard] = useState<ClipboardStatus | null>(null);
  // What follows a capture (credentials, tokens, hand-off) loads only once there is one.
  const [AfterCapture, setAfterCapture] = useState<AfterCaptureView | null>(null);
  useEffect(() => {
    if (captures.length > 0 && !AfterCapture)
      void import('./AfterCapture').then((m) => setAfterCapture(() => m.AfterCapture));
  }, [captures.length > 0]);

  useEffect(() => {
    void browser.storage.local.get(LAST_PRESET).then((r) => setSelectedId((r[LAST_PRESET] as string) ?? ''));
    void findPortalTab().then(setTab);
    void loadCustomPresets(browser.storage.local).then((r) => setCustom(r.presets));
    void loadOrgPresets(browser.storage.managed).then((o) => {
      setOrg(o);
      if (o.defaults.exactMode !== undefined) setExact(o.defaults.exactMode);
    });
    void listCaptures(browser.storage.session, Date.now()).then(setCaptures);
    void browser.storage.session.get('clipboard').then((r) => setClipboard((r.clipboard as ClipboardStatus) ?? null));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && changes.clipboard)
        setClipboard((changes.clipboard.newValue as ClipboardStatus) ?? null);
      // Credentials captured (or forgotten) while the popup is open.
      if (area === 'session' && changes.captures)
        void listCaptures(browser.storage.session, Date.now()).then(setCaptures);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const preset = presets.find((p) => p.id === selectedId) ?? null;
  /** A trusted preset (built-in or organisation) with the same name as the chosen custom one. */
  const namesake =
    preset && customIds.has(preset.id)
      ? [...org.presets, ...builtins].find(
          (p) => p.id !== preset.id && p.name.trim().toLowerCase() === preset.name.trim().toLowerCase(),
        )
      : undefined;
  const tabHostNow = tab ? new URL(tab.url).host : null;
  const part = preset ? choosePart(preset, partKey, captures, tabHostNow) : null;
  const chosenGroups = part ? (groups ?? defaultGroups(part)) : new Set<string>();
  const resolved = preset && part ? resolvePreset(preset, values, { part: part.key, groups: chosenGroups }) : null;
  const tabHost = tab ? new URL(tab.url).host : null;
  const reason = !preset
    ? 'Choose a preset.'
    : !tab
      ? 'Open the Webex developer portal first.'
      : tab.ping === null
        ? 'The portal tab was open before the extension was installed or updated: reload it.'
        : part && part.portal !== tabHost
          ? `${part.count > 1 ? `${partLabel(part)} is created` : 'This preset is'} on ${part.portal}; the portal tab is on ${tabHost}. Open ${part.portal} to fill it.`
          : resolved && !resolved.ok
            ? parameterReason(preset, values, resolved.problems[0]!)
            : null;

  const select = (id: string) => {
    setSelectedId(id);
    setPartKey(undefined);
    setGroups(undefined);
    setReport(null);
    void browser.storage.local.set({ [LAST_PRESET]: id });
  };

  const fill = async () => {
    if (!preset || !part || !tab || !resolved?.ok) return;
    setBusy(true);
    setReport(null);
    const request: FillRequest = fillRequestOf(
      preset,
      part,
      browserRedirect
        ? { ...resolved.value, redirectUris: [...new Set([...resolved.value.redirectUris, browserRedirect])] }
        : resolved.value,
      {
        exact: exact ? true : 'auto',
        values: Object.fromEntries(
          preset.parameters.map((p) => [p.key, normalizeValue(p, (values[p.key] ?? '').trim())]),
        ),
      },
    );
    try {
      const result = await sendFill(tab.id, request);
      setReport(result);
    } catch (error) {
      setStatus(`The portal page did not answer (${(error as Error).message}). Reload it and try again.`);
    } finally {
      setBusy(false);
    }
  };

  const copy = async (label: string, text: string) => setStatus(await copyText(pageCopyDeps(), label, text));

  /** After a fill that went wrong, or on a page that was not recognised as a form. */
  const outlineWanted =
    tab?.ping && ((report && (!report.ok || report.totals.needsUser > 0)) || tab.ping.page === 'other');
  const copyOutline = async () => {
    if (!tab) return;
    try {
      // Loaded on use: most popups never need it.
      const { copyPageOutline } = await import('./copy-page-outline');
      setStatus(
        await copyPageOutline(tab.id, {
          version: browser.runtime.getManifest().version,
          host: new URL(tab.url).host,
          date: new Date().toISOString(),
          ...(report &&
            preset && {
              preset: { id: preset.id, values: sampleValues(preset), exact: exact ? true : 'auto' },
              expect: expectationOf(report),
            }),
        }),
      );
    } catch (error) {
      setStatus(`Could not make the page outline (${(error as Error).message}). Reload the portal tab and try again.`);
    }
  };

  /** "Make a preset from this page": the form as it is now becomes a draft in the options page. */
  const makePreset = async () => {
    if (!tab) return;
    try {
      await injectFillEngine(browser as unknown as InjectApi, tab.id);
      const form = (await browser.tabs.sendMessage(tab.id, {
        type: 'webex-helper/read-form',
      } satisfies ContentRequest)) as FormSnapshot;
      await browser.storage.session.set({ [DRAFT_KEY]: draftFromForm(form, new URL(tab.url).host) });
      await browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#draft` });
    } catch (error) {
      setStatus(`Could not read the form (${(error as Error).message}). Reload the portal tab and try again.`);
    }
  };

  const registerBrowser = async (checked: boolean) => {
    if (!checked) {
      setBrowserRedirect(null);
      return;
    }
    // Chrome asks for `identity` now (it has no prompt); Firefox has it from install.
    const granted = await requestOptional({ permissions: ['identity'] });
    if (!granted || !browser.identity) {
      setStatus('The browser did not allow the identity permission, so its redirect URI cannot be added.');
      return;
    }
    setBrowserRedirect(browser.identity.getRedirectURL());
  };

  const forget = async () => {
    await forgetCaptures(browser.storage.session);
    setCaptures([]);
    setStatus('Credentials forgotten.');
  };

  const openPortal = (host: string) => void browser.tabs.create({ url: `https://${host}${NEW_INTEGRATION_PATH}` });

  return (
    <main>
      <h1>Webex Integration Helper</h1>
      {broken.length > 0 && (
        <p class="error">Some built-in presets are invalid: {broken.map((b) => b.file).join(', ')}</p>
      )}
      <p class="target" id="target">
        {tab === undefined
          ? 'Looking for a portal tab…'
          : tab
            ? `Acts on: ${tabHost}${new URL(tab.url).pathname}${tab.ping ? ` (${tab.ping.page.replace('-', ' ')})` : ''}`
            : 'No Webex developer portal tab is open.'}
      </p>
      {tab === null && (
        <button type="button" onClick={() => openPortal(preset?.portal ?? 'developer.webex.com')}>
          Open {preset?.portal ?? 'developer.webex.com'} new integration page
        </button>
      )}
      {(tab?.ping?.page === 'edit-integration' || tab?.ping?.page === 'new-integration') && (
        <button type="button" onClick={() => void makePreset()}>
          Make a preset from this page
        </button>
      )}
      {tab?.ping === null && (
        <button type="button" onClick={() => void browser.tabs.reload(tab.id).then(() => window.close())}>
          Reload the portal tab
        </button>
      )}
      {org.broken.length > 0 && (
        <p class="error">
          Your organisation’s presets include invalid ones, left out:{' '}
          {org.broken
            .map((b) => `${b.id} (${b.problems[0]!.path || 'document'}: ${b.problems[0]!.message})`)
            .join('; ')}
        </p>
      )}
      <PresetPicker
        presets={presets}
        selectedId={selectedId}
        onSelect={select}
        preferredPortal={tabHost}
        orgIds={orgIds}
        customIds={customIds}
      />
      {preset && (
        <section class="preset" aria-label="Preset details">
          <p>
            {preset.vendor} · {presetSummary(preset)}
          </p>
          <p class="help">Source: {preset.source}</p>
          {customIds.has(preset.id) && (
            <p class={namesake ? 'warning' : 'help'}>
              Custom: one of your own presets
              {namesake &&
                `, named like the ${orgIds.has(namesake.id) ? 'organisation' : 'built-in'} preset “${namesake.name}”: check it is the one you mean`}
              .
            </p>
          )}
          {partsOf(preset).length > 1 && part && (
            <PartChooser
              parts={partsOf(preset)}
              chosen={part.key}
              created={createdParts(preset.id, captures)}
              onChoose={(key) => {
                setPartKey(key);
                setGroups(undefined);
              }}
            />
          )}
          {part?.integration.featureGroups?.length ? (
            <FeatureChoices part={part} chosen={chosenGroups} onChange={setGroups} />
          ) : null}
          {preset.corrections?.length ? <GuideCorrections corrections={preset.corrections} /> : null}
          {preset.notes.length > 0 && (
            <ul class="notes">
              {preset.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          <ParameterFields preset={preset} values={values} onChange={(k, v) => setValues({ ...values, [k]: v })} />
          <label class="switch">
            <input type="checkbox" checked={exact} onChange={(e) => setExact((e.target as HTMLInputElement).checked)} />{' '}
            Exact mode (untick scopes the preset does not list)
          </label>
          <label class="switch">
            <input
              type="checkbox"
              checked={browserRedirect !== null}
              aria-describedby={browserRedirect ? 'browser-redirect' : undefined}
              onChange={(e) => void registerBrowser((e.target as HTMLInputElement).checked)}
            />{' '}
            Also register this browser for token retrieval
          </label>
          {browserRedirect && (
            <p class="help" id="browser-redirect">
              Adds <code>{browserRedirect}</code> to the redirect URIs, so “Get tokens” can sign in through the
              browser’s own window.
            </p>
          )}
        </section>
      )}
      <button
        type="button"
        class="primary"
        disabled={reason !== null || busy}
        aria-describedby="fill-reason"
        onClick={fill}
      >
        {busy ? 'Filling…' : 'Fill form'}
      </button>
      {reason && (
        <p class="help" id="fill-reason">
          {reason}
        </p>
      )}
      <div role="status" aria-live="polite" class="report">
        {report && <FillReportView report={report} />}
        {status && <p>{status}</p>}
      </div>
      {outlineWanted && (
        <p class="help">
          Something on this page is not as the extension expects.{' '}
          <button type="button" onClick={() => void copyOutline()}>
            Copy page outline
          </button>{' '}
          and attach it to an issue: it shows us the page’s structure, without anything private.
        </p>
      )}
      {captures[0] && AfterCapture && (
        <AfterCapture record={captures[0]} captures={captures} presets={presets} onCopy={copy} onForget={forget} />
      )}
      <div role="status" aria-live="polite">
        <ClipboardCountdown status={clipboard} />
      </div>
      <p class="help">
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          Settings and custom presets
        </a>
      </p>
    </main>
  );
}
