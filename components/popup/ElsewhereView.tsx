import { useState } from 'preact/hooks';
import { partsOf, presetSummary } from '@/core/presets/parts';
import type { CaptureRecord } from '@/core/session/credentials-store';
import { shortened } from '@/core/ui/popup-view';
import { PresetPicker } from '../PresetPicker';
import { Icon } from '../ui/icons';
import { openNewIntegration } from './browser-actions';
import type { PresetLibrary } from './use-preset-library';

interface Props {
  library: PresetLibrary;
  captures: readonly CaptureRecord[];
  onShowCredentials: (clientId: string) => void;
}

/** Nothing to fill here: the next step (the portal's New Integration page), the credentials held, the presets. */
export function ElsewhereView({ library, captures, onShowCredentials }: Props) {
  const [browsing, setBrowsing] = useState(library.lastId ?? '');
  const preset = library.presets.find((p) => p.id === browsing) ?? null;
  const portal = preset ? partsOf(preset)[0]!.portal : 'developer.webex.com';
  return (
    <>
      <section aria-labelledby="next-step" class="card">
        <h2 id="next-step">Nothing to fill on this page</h2>
        <p class="help">Open the portal’s New Integration page, then this popup: it fills the form from a preset.</p>
        <button type="button" class="primary wide" onClick={() => openNewIntegration(portal)}>
          <Icon name="external" />
          Open {portal} new integration page
        </button>
      </section>
      {captures.length > 0 && (
        <section aria-labelledby="held-title">
          <h2 id="held-title">Credentials held</h2>
          <ul class="held">
            {captures.map((c) => (
              <li key={c.credentials.clientId}>
                <span>
                  <strong>{c.credentials.integrationName || 'Integration'}</strong>{' '}
                  <code class="help">{shortened(c.credentials.clientId)}</code>
                </span>
                <button type="button" onClick={() => onShowCredentials(c.credentials.clientId)}>
                  Show {c.credentials.integrationName || 'credentials'}
                </button>
              </li>
            ))}
          </ul>
          <p class="help">
            Kept in memory only, and forgotten when the browser closes or after the time set in Settings.
          </p>
        </section>
      )}
      <details>
        <summary>Browse presets ({library.presets.length})</summary>
        <PresetPicker
          presets={library.presets}
          selectedId={browsing}
          onSelect={setBrowsing}
          orgIds={library.orgIds}
          customIds={library.customIds}
          recentIds={library.recentIds}
        />
        {preset && (
          <p class="help">
            {preset.vendor} · {presetSummary(preset)}
          </p>
        )}
      </details>
    </>
  );
}
