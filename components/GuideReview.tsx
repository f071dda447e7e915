import { useMemo, useState } from 'preact/hooks';
import type { DraftModel, DraftPart, Placement } from '@/core/guide/draft-model';
import { presetOfDraft, usedParameters } from '@/core/guide/draft-model';
import type { Finding, GuideResult } from '@/core/guide/extract';
import {
  checkDraft,
  editPart,
  freeId,
  PORTALS,
  placeScope,
  redirectProblem,
  relabelParameter,
  removeRedirectUri,
  setRedirectUri,
} from '@/core/guide/review';
import type { Preset } from '@/core/presets/schema';
import type { KnownScopes } from '@/core/presets/scope-rules';
import type { Portal } from '@/core/catalog/catalog';
import { FillFromReview } from './FillFromReview';

const PLACEMENTS: Array<[Placement, string]> = [
  ['required', 'Tick'],
  ['optional', 'Tick if the portal offers it'],
  ['choice', 'Ask me when filling'],
  ['left out', 'Leave out'],
];

const MARK: Record<Finding['status'], string> = {
  ok: 'Found',
  corrected: 'Corrected',
  warning: 'Check',
  choice: 'Your choice',
  problem: 'Fix',
  dropped: 'Left out',
};

interface Props {
  result: GuideResult & { model: DraftModel };
  known: KnownScopes;
  /** Every preset id in use (built-in, organisation, custom): the draft's id is made free of them. */
  takenIds: ReadonlySet<string>;
  save: (preset: Record<string, unknown>) => Promise<{ ok: true; preset: Preset } | { ok: false; message: string }>;
  onDiscard: () => void;
}

/**
 * The draft from a guide: each finding with where it came from and what was done, the fields to
 * confirm or fix (names, portal, redirect URIs, where each scope goes), what blocks saving, then
 * Save, and Fill now.
 */
export function GuideReview({ result, known, takenIds, save, onDiscard }: Props) {
  const [model, setModel] = useState<DraftModel>(() => ({ ...result.model, id: freeId(result.model.id, takenIds) }));
  const [saved, setSaved] = useState<Preset | null>(null);
  const [status, setStatus] = useState('');
  const check = useMemo(() => checkDraft(model, known), [model, known]);
  const bundle = model.parts.length > 1;

  const onSave = async () => {
    const r = await save(presetOfDraft({ ...model, id: freeId(model.id, takenIds) }));
    if (r.ok) {
      setSaved(r.preset);
      setStatus(`Saved “${r.preset.name}”. It is in the popup’s preset list, and can be filled now.`);
    } else setStatus(`Not saved: ${r.message}`);
  };

  return (
    <section class="guide-review" aria-labelledby="review-title">
      <h3 id="review-title">Review the draft</h3>
      <p role="status">{result.message}</p>
      <div class="field">
        <label for="draft-name">Preset name</label>
        <input
          id="draft-name"
          value={model.name}
          onInput={(e) => setModel({ ...model, name: (e.target as HTMLInputElement).value })}
        />
      </div>
      <div class="field">
        <label for="draft-vendor">Vendor</label>
        <input
          id="draft-vendor"
          value={model.vendor}
          onInput={(e) => setModel({ ...model, vendor: (e.target as HTMLInputElement).value })}
        />
      </div>
      <p class="help">
        Source: {model.source}
        {model.sourceUrl ? ` (${model.sourceUrl})` : ''}
      </p>

      {model.parts.map((part, i) => (
        <PartReview
          key={part.key}
          part={part}
          index={i}
          count={model.parts.length}
          model={model}
          findings={result.findings.filter((f) => (bundle ? f.part === part.key : true))}
          onChange={setModel}
        />
      ))}

      {usedParameters(model).length > 0 && (
        <fieldset>
          <legend>Asked for when you fill (from the guide’s placeholders)</legend>
          {usedParameters(model).map((p) => (
            <div class="field" key={p.key}>
              <label for={`draft-param-${p.key}`}>
                Label of <code>{`{${p.key}}`}</code>
              </label>
              <input
                id={`draft-param-${p.key}`}
                value={p.label}
                onInput={(e) => setModel(relabelParameter(model, p.key, (e.target as HTMLInputElement).value))}
              />
              <p class="help">
                {p.kind === 'url' ? 'An https address. ' : ''}
                {p.help}
              </p>
            </div>
          ))}
        </fieldset>
      )}

      {!check.ok && (
        <div id="draft-problems">
          <p class="error">To fix before saving:</p>
          <ul class="problems">
            {check.problems.map((p) => (
              <li key={`${p.place}${p.message}`}>
                {p.place}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {check.warnings.map((w) => (
        <p key={`${w.place}${w.message}`} class="warning">
          {w.place}: {w.message}
        </p>
      ))}
      {!saved && (
        <div class="actions">
          <button
            type="button"
            class="primary"
            disabled={!check.ok}
            aria-describedby={check.ok ? undefined : 'draft-problems'}
            onClick={() => void onSave()}
          >
            Save preset
          </button>
          <button type="button" onClick={onDiscard}>
            Discard the draft
          </button>
        </div>
      )}
      <p role="status" aria-live="polite">
        {status}
      </p>
      {saved && <FillFromReview preset={saved} />}
    </section>
  );
}

const ATTENTION: Record<Finding['status'], number> = {
  problem: 0,
  warning: 1,
  corrected: 2,
  choice: 3,
  dropped: 4,
  ok: 5,
};

/** What needs a look first: problems, then corrections and choices, then the scopes found as written. */
function byAttention(scopes: DraftPart['scopes'], findings: readonly Finding[]): DraftPart['scopes'] {
  const rank = (scope: string, placement: Placement) =>
    Math.min(
      placement === 'required' ? 5 : 3,
      ...findings.filter((f) => f.resolved === scope).map((f) => (f.asWritten !== scope ? 2 : ATTENTION[f.status])),
    );
  return [...scopes].sort((a, b) => rank(a.scope, a.placement) - rank(b.scope, b.placement));
}

function PartReview({
  part,
  index,
  count,
  model,
  findings,
  onChange,
}: {
  part: DraftPart;
  index: number;
  count: number;
  model: DraftModel;
  findings: Finding[];
  onChange: (m: DraftModel) => void;
}) {
  const id = (name: string) => `draft-${index}-${name}`;
  const scopeFindings = findings.filter((f) => f.kind === 'scope');
  const uriFindings = findings.filter((f) => f.kind === 'redirectUri');
  const unresolved = scopeFindings.filter((f) => f.resolved === null);
  return (
    <fieldset class="draft-part">
      <legend>{count > 1 ? `Integration ${index + 1} of ${count}: ${part.title}` : 'The integration'}</legend>
      <div class="field">
        <label for={id('name')}>Integration name</label>
        <input
          id={id('name')}
          value={part.name}
          onInput={(e) => onChange(editPart(model, index, { name: (e.target as HTMLInputElement).value }))}
        />
      </div>
      <div class="field">
        <label for={id('description')}>Description (shown to people who authorize it)</label>
        <textarea
          id={id('description')}
          rows={2}
          value={part.description}
          onInput={(e) => onChange(editPart(model, index, { description: (e.target as HTMLTextAreaElement).value }))}
        />
      </div>
      <div class="field">
        <label for={id('portal')}>Created on</label>
        <select
          id={id('portal')}
          value={part.portal}
          onChange={(e) =>
            onChange(editPart(model, index, { portal: (e.target as HTMLSelectElement).value as Portal }))
          }
        >
          {PORTALS.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </div>

      <h4>Redirect URIs</h4>
      {part.redirectUris.map((uri, k) => {
        const problem = redirectProblem(model, uri);
        const found = uriFindings.find((f) => f.resolved === uri);
        const uid = id(`uri-${k}`);
        return (
          <div class="field" key={k}>
            <label for={uid}>Redirect URI {k + 1}</label>
            <input
              id={uid}
              value={uri}
              spellcheck={false}
              aria-invalid={problem ? 'true' : 'false'}
              aria-describedby={`${uid}-note`}
              onInput={(e) => onChange(setRedirectUri(model, index, k, (e.target as HTMLInputElement).value))}
            />
            <button type="button" onClick={() => onChange(removeRedirectUri(model, index, k))}>
              Remove redirect URI {k + 1}
            </button>
            <p class={problem ? 'error' : 'help'} id={`${uid}-note`}>
              {problem
                ? `The portal would refuse it: ${problem}.`
                : found
                  ? `Line ${found.line}: the guide writes ${found.asWritten}${found.how === 'a redirect URI' ? '.' : `; ${found.how}.`}`
                  : 'Added here.'}
            </p>
          </div>
        );
      })}
      {part.redirectUris.length === 0 && (
        <p class="error">The guide names no redirect URI here: add the one the vendor gives you.</p>
      )}
      <button type="button" onClick={() => onChange(setRedirectUri(model, index, part.redirectUris.length, ''))}>
        Add a redirect URI
      </button>

      <h4>Scopes</h4>
      <table class="draft-scopes">
        <thead>
          <tr>
            <th scope="col">Scope</th>
            <th scope="col">In the guide</th>
            <th scope="col">Goes</th>
          </tr>
        </thead>
        <tbody>
          {byAttention(part.scopes, scopeFindings).map((s) => {
            const from = scopeFindings.filter((f) => f.resolved === s.scope);
            const sid = id(`scope-${s.scope}`);
            return (
              <tr key={s.scope}>
                <th scope="row">
                  <code>{s.scope}</code>
                </th>
                <td>
                  {from.map((f) =>
                    f.status === 'ok' && f.asWritten === s.scope && s.placement === 'required' ? (
                      <p key={`${f.asWritten}-${f.line}`}>line {f.line}</p>
                    ) : (
                      <p key={`${f.asWritten}-${f.line}`}>
                        <span class={`mark mark-${f.status}`}>{MARK[f.status]}</span> line {f.line}:{' '}
                        {f.asWritten === s.scope ? '' : `${f.asWritten}: `}
                        {f.how}
                      </p>
                    ),
                  )}
                </td>
                <td>
                  <label class="visually-hidden" for={sid}>
                    {s.scope} goes
                  </label>
                  <select
                    id={sid}
                    value={s.placement}
                    onChange={(e) =>
                      onChange(placeScope(model, index, s.scope, (e.target as HTMLSelectElement).value as Placement))
                    }
                  >
                    {PLACEMENTS.map(([value, label]) => (
                      <option key={value} value={value}>
                        {label}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {unresolved.length > 0 && (
        <ul class="draft-unresolved" aria-label="Not scopes, or not sure which">
          {unresolved.map((f) => (
            <li key={`${f.asWritten}-${f.line}`}>
              <span class={`mark mark-${f.status}`}>{MARK[f.status]}</span> line {f.line}: <code>{f.asWritten}</code>:{' '}
              {f.how}
              {f.candidates?.map((c) =>
                part.scopes.some((s) => s.scope === c) ? null : (
                  <button key={c} type="button" onClick={() => onChange(placeScope(model, index, c, 'required'))}>
                    Tick {c}
                  </button>
                ),
              )}
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
