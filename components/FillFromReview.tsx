import { useState } from 'preact/hooks';
import type { FillReport } from '@/core/fill/report';
import { choosePart } from '@/core/presets/choose-part';
import { fillRequestOf } from '@/core/presets/fill-request';
import { normalizeValue } from '@/core/presets/parameter-rules';
import { partLabel, partsOf } from '@/core/presets/parts';
import { defaultGroups, resolvePreset } from '@/core/presets/resolve-preset';
import type { Preset } from '@/core/presets/schema';
import { FillReportView } from './FillReportView';
import { LAST_PRESET, portalTabForPage, sendFill } from './fill-tab';
import { ParameterFields } from './ParameterFields';
import { FeatureChoices, PartChooser } from './PresetChoices';

/** "Fill now", right after saving a preset from a guide: fills the open portal tab, as the popup's "Fill form" does. */
export function FillFromReview({ preset }: { preset: Preset }) {
  const parts = partsOf(preset);
  const [partKey, setPartKey] = useState(parts[0]!.key);
  const part = choosePart(preset, partKey, [], null);
  const [groups, setGroups] = useState<Set<string> | undefined>(undefined);
  const chosen = groups ?? defaultGroups(part);
  const [values, setValues] = useState<Record<string, string>>({});
  const [report, setReport] = useState<FillReport | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const fill = async () => {
    setReport(null);
    const tab = await portalTabForPage();
    if (!tab) {
      setStatus(`Open ${part.portal} on the New Integration form in a tab, then Fill now.`);
      return;
    }
    const host = new URL(tab.url).host;
    if (host !== part.portal) {
      setStatus(
        `${parts.length > 1 ? partLabel(part) : 'This preset'} is created on ${part.portal}; the portal tab is on ${host}.`,
      );
      return;
    }
    const resolved = resolvePreset(preset, values, { part: part.key, groups: chosen });
    if (!resolved.ok) {
      setStatus(`Fill in the values above first: ${resolved.problems[0]!.message}.`);
      return;
    }
    setBusy(true);
    setStatus('');
    try {
      // The popup opens on this preset next: the capture after "Add Integration" is labelled with it.
      await browser.storage.local.set({ [LAST_PRESET]: preset.id });
      const request = fillRequestOf(preset, part, resolved.value, {
        exact: 'auto',
        values: Object.fromEntries(preset.parameters.map((p) => [p.key, normalizeValue(p, values[p.key] ?? '')])),
      });
      setReport(await sendFill(tab.id, request));
      setStatus(`Filled the ${host} tab: switch to it, review the form, and click “Add Integration” there.`);
    } catch (error) {
      setStatus(`The portal page did not answer (${(error as Error).message}). Reload it and try again.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="fill-now">
      <h4>Fill now</h4>
      {parts.length > 1 && (
        <PartChooser
          parts={parts}
          chosen={part.key}
          created={new Set()}
          onChoose={(k) => (setPartKey(k), setGroups(undefined))}
        />
      )}
      {(part.integration.featureGroups?.length ?? 0) > 0 && (
        <FeatureChoices part={part} chosen={chosen} onChange={setGroups} />
      )}
      <ParameterFields
        preset={preset}
        values={values}
        idPrefix="fill-param"
        onChange={(key, value) => setValues({ ...values, [key]: value })}
      />
      <button type="button" class="primary" disabled={busy} onClick={() => void fill()}>
        {busy ? 'Filling…' : 'Fill now'}
      </button>
      <p role="status" aria-live="polite">
        {status}
      </p>
      {report && (
        <FillReportView
          report={report}
          next="Review the portal page, then click “Add Integration” there. Then open the extension’s popup (its toolbar button) to copy the credentials."
        />
      )}
    </div>
  );
}
