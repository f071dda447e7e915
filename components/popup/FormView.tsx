import { useEffect, useState } from 'preact/hooks';
import type { FormSnapshot } from '@/core/fill/read-form';
import type { FillReport } from '@/core/fill/report';
import type { ContentRequest, FillRequest } from '@/core/messages';
import { expectationOf } from '@/core/outline/header';
import { choosePart, createdParts } from '@/core/presets/choose-part';
import { DRAFT_KEY, draftFromForm } from '@/core/presets/draft';
import { fillRequestOf } from '@/core/presets/fill-request';
import { normalizeValue, sampleValues } from '@/core/presets/parameter-rules';
import { partLabel, partsOf, presetSummary } from '@/core/presets/parts';
import type { Problem } from '@/core/presets/problems';
import { defaultGroups, resolvePreset } from '@/core/presets/resolve-preset';
import type { Preset } from '@/core/presets/schema';
import type { CaptureRecord } from '@/core/session/credentials-store';
import { type InjectApi, injectFillEngine } from '@/core/tabs/inject-fill-engine';
import { FillReportView } from '../FillReportView';
import { saveLastValues, sendFill } from '../fill-tab';
import { ParameterFields } from '../ParameterFields';
import { FeatureChoices, GuideCorrections, PartChooser } from '../PresetChoices';
import { PresetPicker } from '../PresetPicker';
import { requestOptional } from '../request-permissions';
import { Icon } from '../ui/icons';
import type { TargetTab } from './use-target-tab';
import type { PresetLibrary } from './use-preset-library';

/** Why Fill is disabled, naming the parameter; the detail is under the field itself. */
function parameterReason(preset: Preset, values: Record<string, string>, problem: Problem): string {
  const param = preset.parameters.find((p) => problem.path === `values.${p.key}`);
  if (!param) return `The preset cannot be filled in as given: ${problem.message}.`;
  return (values[param.key] ?? '').trim() === '' ? `Fill in ${param.label}.` : `Fix ${param.label} above.`;
}

interface Props {
  tab: TargetTab;
  library: PresetLibrary;
  captures: readonly CaptureRecord[];
  setStatus: (text: string) => void;
}

/** On a portal form: choose the preset, its values and features, Fill form; then the report, the items needing you first. */
export function FormView({ tab, library, captures, setStatus }: Props) {
  const { presets, org, orgIds, customIds, builtins } = library;
  const [selectedId, setSelectedId] = useState(library.lastId ?? '');
  /** A bundle's integration to fill (by key); undefined: the first not created yet, else the tab's portal's. */
  const [partKey, setPartKey] = useState<string | undefined>(undefined);
  /** The feature groups chosen for the part, by key; undefined: the preset's defaults. */
  const [groups, setGroups] = useState<Set<string> | undefined>(undefined);
  // The values last used with the chosen preset (parameter values only: sites and names, never a
  // secret), read with the library so the first paint already holds them (nothing moves after).
  const [values, setValues] = useState<Record<string, string>>(library.lastValues[library.lastId ?? ''] ?? {});
  const [exact, setExact] = useState(org.defaults.exactMode ?? false);
  /** "Also register this browser for token retrieval": its identity.getRedirectURL(), added to the redirect URIs. */
  const [browserRedirect, setBrowserRedirect] = useState<string | null>(null);
  const [report, setReport] = useState<FillReport | null>(null);
  const [busy, setBusy] = useState(false);
  const tabHost = new URL(tab.url).host;

  useEffect(() => {
    if (org.defaults.exactMode !== undefined) setExact(org.defaults.exactMode);
  }, [org]);

  const preset = presets.find((p) => p.id === selectedId) ?? null;
  /** A trusted preset (built-in or organisation) with the same name as the chosen custom one. */
  const namesake =
    preset && customIds.has(preset.id)
      ? [...org.presets, ...builtins].find(
          (p) => p.id !== preset.id && p.name.trim().toLowerCase() === preset.name.trim().toLowerCase(),
        )
      : undefined;
  const part = preset ? choosePart(preset, partKey, captures, tabHost) : null;
  const chosenGroups = part ? (groups ?? defaultGroups(part)) : new Set<string>();
  const resolved = preset && part ? resolvePreset(preset, values, { part: part.key, groups: chosenGroups }) : null;
  const reason = !preset
    ? 'Choose a preset.'
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
    setValues(library.lastValues[id] ?? {});
    if (id) library.remember(id);
  };

  const fill = async () => {
    if (!preset || !part || !resolved?.ok) return;
    setBusy(true);
    setReport(null);
    setStatus('');
    const used = Object.fromEntries(
      preset.parameters.map((p) => [p.key, normalizeValue(p, (values[p.key] ?? '').trim())]),
    );
    const request: FillRequest = fillRequestOf(
      preset,
      part,
      browserRedirect
        ? { ...resolved.value, redirectUris: [...new Set([...resolved.value.redirectUris, browserRedirect])] }
        : resolved.value,
      { exact: exact ? true : 'auto', values: used },
    );
    try {
      setReport(await sendFill(tab.id, request));
      library.remember(preset.id);
      await saveLastValues(browser.storage.local, preset.id, used);
      library.keepValues(preset.id, used);
    } catch (error) {
      setStatus(`The portal page did not answer (${(error as Error).message}). Reload it and try again.`);
    } finally {
      setBusy(false);
    }
  };

  /** "Make a preset from this page": the form as it is now becomes a draft in the options page. */
  const makePreset = async () => {
    try {
      await injectFillEngine(browser as unknown as InjectApi, tab.id);
      const form = (await browser.tabs.sendMessage(tab.id, {
        type: 'webex-helper/read-form',
      } satisfies ContentRequest)) as FormSnapshot;
      await browser.storage.session.set({ [DRAFT_KEY]: draftFromForm(form, tabHost) });
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

  /** After a fill that went wrong: the page's outline, for an issue. */
  const outlineWanted = tab.ping && report && (!report.ok || report.totals.needsUser > 0);
  const copyOutline = async () => {
    try {
      // Loaded on use: most popups never need it.
      const { copyPageOutline } = await import('../copy-page-outline');
      setStatus(
        await copyPageOutline(tab.id, {
          version: browser.runtime.getManifest().version,
          host: tabHost,
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

  return (
    <>
      <PresetPicker
        presets={presets}
        selectedId={selectedId}
        onSelect={select}
        preferredPortal={tabHost}
        orgIds={orgIds}
        customIds={customIds}
        recentIds={library.recentIds}
      />
      {preset && (
        <section class="preset" aria-label="Preset details">
          <p class="summary">
            <span>
              {preset.vendor} · {presetSummary(preset)}
            </span>
            {orgIds.has(preset.id) && <span class="tag accent">organisation</span>}
            {customIds.has(preset.id) && <span class="tag">custom</span>}
          </p>
          {customIds.has(preset.id) && namesake && (
            <p class="warning">
              One of your own presets, named like the {orgIds.has(namesake.id) ? 'organisation' : 'built-in'} preset “
              {namesake.name}”: check it is the one you mean.
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
          <ParameterFields preset={preset} values={values} onChange={(k, v) => setValues({ ...values, [k]: v })} />
          <details class="options">
            <summary>
              Options
              {exact || browserRedirect
                ? ` (${[exact && 'exact mode', browserRedirect && 'this browser'].filter(Boolean).join(', ')})`
                : ''}
            </summary>
            <label class="switch">
              <input
                type="checkbox"
                checked={exact}
                onChange={(e) => setExact((e.target as HTMLInputElement).checked)}
              />
              Exact mode (untick scopes the preset does not list)
            </label>
            <label class="switch">
              <input
                type="checkbox"
                checked={browserRedirect !== null}
                aria-describedby={browserRedirect ? 'browser-redirect' : undefined}
                onChange={(e) => void registerBrowser((e.target as HTMLInputElement).checked)}
              />
              Also register this browser for token retrieval
            </label>
            {browserRedirect && (
              <p class="help" id="browser-redirect">
                Adds <code>{browserRedirect}</code> to the redirect URIs, so “Get tokens” can sign in through the
                browser’s own window.
              </p>
            )}
          </details>
        </section>
      )}
      <button
        type="button"
        class="primary wide"
        disabled={reason !== null || busy}
        aria-describedby="fill-reason"
        onClick={fill}
      >
        <Icon name="fill" />
        {busy ? 'Filling…' : 'Fill form'}
      </button>
      {reason && (
        <p class="help" id="fill-reason">
          {reason}
        </p>
      )}
      <div role="status" aria-live="polite" class="report">
        {report && <FillReportView report={report} />}
      </div>
      {outlineWanted && (
        <p class="help">
          Something on this page is not as the extension expects.{' '}
          <button type="button" class="link" onClick={() => void copyOutline()}>
            Copy page outline
          </button>{' '}
          and attach it to an issue: it shows us the page’s structure, without anything private.
        </p>
      )}
      {preset && (
        <details>
          <summary>About this preset</summary>
          <p class="help">Source: {preset.source}</p>
          {preset.corrections?.length ? <GuideCorrections corrections={preset.corrections} /> : null}
          {preset.notes.length > 0 && (
            <ul class="notes">
              {preset.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
        </details>
      )}
      {(tab.ping?.page === 'edit-integration' || tab.ping?.page === 'new-integration') && (
        <p class="help">
          <button type="button" class="link" onClick={() => void makePreset()}>
            Make a preset from this page
          </button>
        </p>
      )}
    </>
  );
}
