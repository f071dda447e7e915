import { useState } from 'preact/hooks';
import type { FieldOrder, FieldReport } from '@/core/handoff/fill-fields';
import { GENERIC_HAND_OFF } from '@/core/handoff/generic';
import { handOffPageProblem, type HandOffField, resolveHandOff, resolveHandOffPage } from '@/core/handoff/resolve';
import type { Preset } from '@/core/presets/schema';
import { registeredRedirectUris } from '@/core/oauth/token-target';
import type { CaptureRecord } from '@/core/session/credentials-store';
import { ParameterFields } from './ParameterFields';

export interface VendorTab {
  id: number;
  /** Unknown when the browser does not tell (no activeTab grant). */
  url: string | undefined;
}

interface Props {
  record: CaptureRecord;
  /** The preset the integration was filled with, if any (it may declare a hand-off). */
  preset: Preset | null;
  /** The tab the popup would fill: the active tab when it is not a portal page. */
  tab: VendorTab | null;
  /** Injects the hand-off engine into the tab and sends it the orders. */
  run: (tabId: number, orders: FieldOrder[], dryRun: boolean) => Promise<FieldReport[]>;
  /** Opens the OAuth URL (a private window when allowed); resolves with what to tell the user. */
  openOAuthUrl: (url: string) => Promise<string>;
}

const OUTCOME_TEXT: Record<FieldReport['outcome'], string> = {
  found: 'found',
  filled: 'filled',
  already: 'already filled',
  'not-found': 'not found on this page',
  ambiguous: 'several fields match; left alone',
  'read-only': 'read-only on this page; left alone',
  failed: 'the page did not keep the value',
};

function Reports({ reports }: { reports: FieldReport[] }) {
  return (
    <ul class="handoff-report" aria-label="Hand-off result">
      {reports.map((r) => (
        <li
          key={r.label}
          class={r.outcome === 'filled' || r.outcome === 'already' || r.outcome === 'found' ? '' : 'error'}
        >
          {r.label}: {OUTCOME_TEXT[r.outcome]}
          {r.detail && r.outcome === 'ambiguous' ? ` (${r.detail})` : ''}
        </li>
      ))}
    </ul>
  );
}

const shown = (f: HandOffField) => (f.secret ? '•'.repeat(12) : f.value);
const ordersOf = (fields: HandOffField[], withValues: boolean): FieldOrder[] =>
  fields.map((f) => ({ label: f.label, labels: f.labels, ...(withValues && { value: f.value }) }));

/**
 * "Fill this page": the preset's hand-off on the vendor's page (SphereShield's Admin Portal, a
 * Citrix microapp), or "Fill matching fields" on any page with fields labelled like "Client ID".
 * Lists what it will fill before it does; never submits; reports each field.
 */
export function HandOffView({ record, preset, tab, run, openOAuthUrl }: Props) {
  const [opened, setOpened] = useState('');
  const [extra, setExtra] = useState<Record<string, string>>({});
  const [reports, setReports] = useState<FieldReport[] | null>(null);
  const [preview, setPreview] = useState<FieldReport[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const values = { ...(record.applied?.values ?? {}), ...extra };
  const source = {
    credentials: record.credentials,
    redirectUri: registeredRedirectUris(record)[0] ?? null,
    tokens: record.tokens ?? null,
  };
  const handOff = preset?.handOff;
  const resolved = handOff && preset ? resolveHandOff(handOff, preset.parameters, values, source) : null;
  const page = handOff && preset ? resolveHandOffPage(handOff, preset.parameters, values) : null;
  const missingParams =
    resolved && !resolved.ok
      ? resolved.problems.filter((p) => p.path.startsWith('values.')).map((p) => p.path.slice(7))
      : [];
  const pageProblem = !tab
    ? 'Open the vendor’s page in this window, then open this popup on it.'
    : resolved?.ok && page
      ? handOffPageProblem(page, tab.url)
      : null;
  const generic = resolveHandOff(GENERIC_HAND_OFF, [], {}, source, { skipUnknown: true });

  const act = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await fn();
    } catch (e) {
      setError(`This page could not be filled: ${(e as Error).message}.`);
    } finally {
      setBusy(false);
    }
  };
  const fillPreset = () =>
    act(async () => {
      if (!tab || !resolved?.ok) return;
      setReports(await run(tab.id, ordersOf(resolved.value.fields, true), false));
    });
  const lookForMatches = () =>
    act(async () => {
      if (!tab || !generic.ok) return;
      setReports(null);
      setPreview(await run(tab.id, ordersOf(generic.value.fields, false), true));
    });
  const fillMatches = () =>
    act(async () => {
      if (!tab || !generic.ok || !preview) return;
      const found = new Set(preview.filter((r) => r.outcome === 'found').map((r) => r.label));
      setReports(
        await run(
          tab.id,
          ordersOf(
            generic.value.fields.filter((f) => found.has(f.label)),
            true,
          ),
          false,
        ),
      );
      setPreview(null);
    });

  return (
    <section aria-labelledby="handoff-title">
      <h2 id="handoff-title">Hand over to the vendor</h2>
      {record.credentials.oauthUrl && (
        <div class="actions">
          <button type="button" onClick={() => void openOAuthUrl(record.credentials.oauthUrl!).then(setOpened)}>
            Open the OAuth URL
          </button>
        </div>
      )}
      {opened && <p class="help">{opened}</p>}
      {handOff && preset && (
        <>
          <p class="help">
            {page
              ? `“${preset.name}” fills ${page.url}:`
              : handOff.url !== undefined
                ? `“${preset.name}” fills the vendor’s page at ${handOff.url}:`
                : `“${preset.name}” fills the vendor’s page you have open:`}
          </p>
          {resolved?.ok ? (
            <ul class="handoff-fields" aria-label="Fields to fill">
              {resolved.value.fields.map((f) => (
                <li key={f.label}>
                  {f.label}: <code>{shown(f)}</code>
                </li>
              ))}
            </ul>
          ) : (
            <ul class="error" aria-label="Needed first">
              {resolved?.problems
                .filter((p) => !p.path.startsWith('values.'))
                .map((p) => (
                  <li key={p.path + p.message}>{p.message}.</li>
                ))}
            </ul>
          )}
          {missingParams.length > 0 && (
            <ParameterFields
              preset={preset}
              values={values}
              only={missingParams}
              idPrefix="handoff-param"
              onChange={(k, v) => setExtra({ ...extra, [k]: v })}
            />
          )}
          {handOff.notes.length > 0 && (
            <ul class="notes">
              {handOff.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          <button
            type="button"
            class="primary"
            disabled={busy || !resolved?.ok || pageProblem !== null}
            aria-describedby={pageProblem ? 'handoff-reason' : undefined}
            onClick={fillPreset}
          >
            Fill this page
          </button>
          {pageProblem && (
            <p class="help" id="handoff-reason">
              {pageProblem}
            </p>
          )}
        </>
      )}
      {tab && (
        <div class="actions">
          <button type="button" disabled={busy} onClick={lookForMatches}>
            Fill matching fields…
          </button>
        </div>
      )}
      {preview && (
        <>
          {preview.some((r) => r.outcome !== 'not-found') ? (
            <>
              <p>This page has fields labelled:</p>
              <Reports reports={preview.filter((r) => r.outcome !== 'not-found')} />
            </>
          ) : (
            <p>No field on this page is labelled {preview.map((r) => `“${r.label}”`).join(', ')}.</p>
          )}
          <button type="button" disabled={busy || !preview.some((r) => r.outcome === 'found')} onClick={fillMatches}>
            Fill these {preview.filter((r) => r.outcome === 'found').length} fields
          </button>
          <button type="button" onClick={() => setPreview(null)}>
            Cancel
          </button>
        </>
      )}
      <div role="status" aria-live="polite">
        {reports && (
          <>
            <p>Nothing was submitted: check the page and save it yourself.</p>
            <Reports reports={reports} />
          </>
        )}
        {error && <p class="error">{error}</p>}
      </div>
    </section>
  );
}
