import { useState } from 'preact/hooks';
import type { FieldOrder, FieldReport } from '@/core/handoff/fill-fields';
import { GENERIC_HAND_OFF } from '@/core/handoff/generic';
import type { HandOffAnswer } from '@/core/handoff/guard';
import {
  type Destination,
  handOffDestination,
  type HandOffField,
  type HandOffSource,
  resolveHandOff,
  resolveHandOffPage,
} from '@/core/handoff/resolve';
import { partOf } from '@/core/presets/parts';
import type { HandOff, Preset } from '@/core/presets/schema';
import { registeredRedirectUris } from '@/core/oauth/token-target';
import type { CaptureRecord } from '@/core/session/credentials-store';
import { ParameterFields } from './ParameterFields';

export interface VendorTab {
  id: number;
  /** Unknown when the browser does not tell (no activeTab grant). */
  url: string | undefined;
}

export type RunHandOff = (
  tabId: number,
  orders: FieldOrder[],
  dryRun: boolean,
  expect: { origin: string; path?: string },
) => Promise<HandOffAnswer>;

interface Props {
  record: CaptureRecord;
  /** The preset the integration was filled with, if any (it may declare a hand-off). */
  preset: Preset | null;
  /** A bundle's other integrations already captured, by key (for `{key.clientId}` values). */
  siblings?: Record<string, CaptureRecord>;
  /** The tab the popup would fill: the active tab when it is not a portal page. */
  tab: VendorTab | null;
  /** Injects the hand-off engine into the tab's top frame and sends it the orders. */
  run: RunHandOff;
  /** Opens the OAuth URL (a private window when allowed); resolves with what to tell the user. */
  openOAuthUrl: (url: string) => Promise<string>;
  /** Shows the captured credentials instead (the popup's result view). */
  onShowCredentials?: () => void;
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

/** The page's answer to a fill, read out: each field's result, or why it refused. */
function AnswerView({ answer }: { answer: { reports: FieldReport[] | null; error: string } }) {
  return (
    <div role="status" aria-live="polite">
      {answer.reports && (
        <>
          <p>Nothing was submitted: check the page and save it yourself.</p>
          <Reports reports={answer.reports} />
        </>
      )}
      {answer.error && <p class="error">{answer.error}</p>}
    </div>
  );
}

/** "Client ID, Client Secret and Integration ID". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** What every fill button says, and so its accessible name: which values, and into which site. */
export const fillLabel = (labels: readonly string[], host: string) => `Fill ${joinAnd(labels)} into ${host}`;

const shown = (f: HandOffField) => (f.secret ? '•'.repeat(12) : f.value);
const ordersOf = (fields: HandOffField[], withValues: boolean): FieldOrder[] =>
  fields.map((f) => ({ label: f.label, labels: f.labels, ...(withValues && { value: f.value }) }));
const expectOf = (d: Destination) => ({ origin: d.origin, ...(d.path !== undefined && { path: d.path }) });

/** What the page answered: the reports, or why it refused (it navigated, or is a frame). */
function useAnswer() {
  const [reports, setReports] = useState<FieldReport[] | null>(null);
  const [error, setError] = useState('');
  const take = (answer: HandOffAnswer): FieldReport[] | null => {
    if ('refused' in answer) {
      setReports(null);
      setError(answer.refused);
      return null;
    }
    return answer.reports;
  };
  return { reports, setReports, error, setError, take };
}

/**
 * "Fill this page": the preset's hand-off on the vendor's page (SphereShield's Admin Portal, a
 * Citrix microapp), only where the preset says it may go, naming the site in the button. Then
 * "Fill matching fields" on any page with fields labelled like "Client ID", where each secret is
 * sent only once the user ticks it. Lists what it will fill before it does; never submits.
 */
export function HandOffView({ record, preset, siblings = {}, tab, run, openOAuthUrl, onShowCredentials }: Props) {
  const [opened, setOpened] = useState('');
  const handOff = preset ? partOf(preset, record.applied?.part?.key).handOff : undefined;
  const host = tab?.url && /^https?:/.test(tab.url) ? new URL(tab.url).host : null;
  return (
    <section aria-labelledby="handoff-title">
      <h2 id="handoff-title">Hand over to {host ?? 'the vendor'}</h2>
      <p class="help">
        “{record.credentials.integrationName || 'Your integration'}”’s credentials, into this page.
        {onShowCredentials && (
          <>
            {' '}
            <button type="button" class="link" onClick={onShowCredentials}>
              Show the credentials
            </button>
          </>
        )}
      </p>
      <p class="target" id="handoff-tab">
        {tab?.url ? `This tab: ${tab.url}` : 'This tab’s address is not visible to the extension.'}
      </p>
      {record.credentials.oauthUrl && (
        <div class="actions">
          <button type="button" onClick={() => void openOAuthUrl(record.credentials.oauthUrl!).then(setOpened)}>
            Open the OAuth URL
          </button>
        </div>
      )}
      {opened && <p class="help">{opened}</p>}
      {preset && handOff && (
        <PresetHandOff record={record} preset={preset} handOff={handOff} siblings={siblings} tab={tab} run={run} />
      )}
      {tab && <GenericHandOff record={record} tab={tab} run={run} />}
    </section>
  );
}

const ownSource = (record: CaptureRecord) => ({
  credentials: record.credentials,
  redirectUri: registeredRedirectUris(record)[0] ?? null,
  tokens: record.tokens ?? null,
});
const sourceOf = (record: CaptureRecord, siblings: Record<string, CaptureRecord> = {}): HandOffSource => ({
  ...ownSource(record),
  siblings: Object.fromEntries(Object.entries(siblings).map(([key, r]) => [key, ownSource(r)])),
});

function PresetHandOff({
  record,
  preset,
  handOff,
  siblings,
  tab,
  run,
}: {
  record: CaptureRecord;
  preset: Preset;
  handOff: HandOff;
  siblings: Record<string, CaptureRecord>;
  tab: VendorTab | null;
  run: RunHandOff;
}) {
  const [extra, setExtra] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const answer = useAnswer();
  const values = { ...(record.applied?.values ?? {}), ...extra };
  const resolved = resolveHandOff(handOff, preset.parameters, values, sourceOf(record, siblings));
  const page = resolveHandOffPage(handOff, preset.parameters, values);
  const missingParams = resolved.ok
    ? []
    : resolved.problems.filter((p) => p.path.startsWith('values.')).map((p) => p.path.slice(7));
  const destination = tab ? handOffDestination(handOff, preset.parameters, values, tab.url) : null;
  const reason = !tab
    ? 'Open the vendor’s page in this window, then open this popup on it.'
    : destination && !destination.ok
      ? destination.problem
      : null;
  const labels = resolved.ok ? resolved.value.fields.map((f) => f.label) : [];
  const fill = async () => {
    if (!tab || !resolved.ok || !destination?.ok) return;
    setBusy(true);
    answer.setError('');
    try {
      answer.setReports(
        answer.take(await run(tab.id, ordersOf(resolved.value.fields, true), false, expectOf(destination.destination))),
      );
    } catch (e) {
      answer.setError(`This page could not be filled: ${(e as Error).message}.`);
    } finally {
      setBusy(false);
    }
  };
  const where = page
    ? page.url
    : handOff.origins
      ? `a page on ${joinAnd(handOff.origins)}`
      : 'the vendor’s page you have open';
  return (
    <>
      <p class="help">
        “{preset.name}” fills {where}:
      </p>
      {resolved.ok ? (
        <ul class="handoff-fields" aria-label="Fields to fill">
          {resolved.value.fields.map((f) => (
            <li key={f.label}>
              {f.label}: <code>{shown(f)}</code>
            </li>
          ))}
        </ul>
      ) : (
        <ul class="error" aria-label="Needed first">
          {resolved.problems
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
      <button
        type="button"
        class="primary wide"
        disabled={busy || !resolved.ok || reason !== null}
        aria-describedby={reason ? 'handoff-reason' : undefined}
        onClick={() => void fill()}
      >
        {destination?.ok && labels.length ? fillLabel(labels, destination.destination.host) : 'Fill this page'}
      </button>
      {reason && (
        <p class="help" id="handoff-reason">
          {reason}
        </p>
      )}
      {handOff.notes.length > 0 && (
        <ul class="notes">
          {handOff.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <AnswerView answer={answer} />
    </>
  );
}

/**
 * "Fill matching fields…" on any page: first a look (nothing is written), then a list of what
 * was found, each a choice. Values that are not secret start ticked; the Client Secret and the
 * tokens start unticked and go only where the user ticks them, with the site named.
 */
function GenericHandOff({ record, tab, run }: { record: CaptureRecord; tab: VendorTab; run: RunHandOff }) {
  const [preview, setPreview] = useState<FieldReport[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const answer = useAnswer();
  const generic = resolveHandOff(GENERIC_HAND_OFF, [], {}, sourceOf(record), { skipUnknown: true });
  const destination = handOffDestination(null, [], {}, tab.url);
  const fields = generic.ok ? generic.value.fields : [];
  const act = async (fn: (d: Destination) => Promise<void>) => {
    if (!destination.ok) return;
    setBusy(true);
    answer.setError('');
    try {
      await fn(destination.destination);
    } catch (e) {
      answer.setError(`This page could not be filled: ${(e as Error).message}.`);
    } finally {
      setBusy(false);
    }
  };
  const look = () =>
    act(async (d) => {
      answer.setReports(null);
      const found = answer.take(await run(tab.id, ordersOf(fields, false), true, expectOf(d)));
      setPreview(found);
      const usable = (found ?? []).filter((r) => r.outcome === 'found').map((r) => r.label);
      setChosen(new Set(usable.filter((label) => !fields.find((f) => f.label === label)?.secret)));
    });
  const fill = () =>
    act(async (d) => {
      const picked = fields.filter((f) => chosen.has(f.label));
      answer.setReports(answer.take(await run(tab.id, ordersOf(picked, true), false, expectOf(d))));
      setPreview(null);
    });
  const found = (preview ?? []).filter((r) => r.outcome === 'found');
  const toggle = (label: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(label);
    else next.delete(label);
    setChosen(next);
  };
  const host = destination.ok ? destination.destination.host : '';
  const picked = fields.filter((f) => chosen.has(f.label)).map((f) => f.label);
  return (
    <>
      <div class="actions">
        <button
          type="button"
          disabled={busy || !destination.ok}
          aria-describedby={destination.ok ? undefined : 'generic-reason'}
          onClick={() => void look()}
        >
          {destination.ok ? `Fill matching fields on ${host}…` : 'Fill matching fields…'}
        </button>
      </div>
      {!destination.ok && (
        <p class="help" id="generic-reason">
          {destination.problem}
        </p>
      )}
      {preview && (
        <>
          {found.length > 0 ? (
            <fieldset class="handoff-choices">
              <legend>Fields on {host} labelled like what was captured:</legend>
              {found.map((r) => {
                const secret = fields.find((f) => f.label === r.label)?.secret ?? false;
                const id = `generic-${r.label.replace(/\W+/g, '-')}`;
                return (
                  <div key={r.label} class="choice">
                    <input
                      id={id}
                      type="checkbox"
                      checked={chosen.has(r.label)}
                      aria-describedby={secret ? `${id}-note` : undefined}
                      onChange={(e) => toggle(r.label, (e.target as HTMLInputElement).checked)}
                    />{' '}
                    <label for={id}>{r.label}</label>
                    {secret && (
                      <span class="help" id={`${id}-note`}>
                        {' '}
                        a secret: tick it to send it to {host}
                      </span>
                    )}
                  </div>
                );
              })}
            </fieldset>
          ) : (
            <p>No field on this page is labelled {preview.map((r) => `“${r.label}”`).join(', ')}.</p>
          )}
          {found.length > 0 && (
            <button type="button" disabled={busy || picked.length === 0} onClick={() => void fill()}>
              {picked.length ? fillLabel(picked, host) : 'Tick what to fill'}
            </button>
          )}
          <button type="button" onClick={() => setPreview(null)}>
            Cancel
          </button>
        </>
      )}
      <AnswerView answer={answer} />
    </>
  );
}
