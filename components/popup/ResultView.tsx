import { nextPart } from '@/core/presets/choose-part';
import { partLabel } from '@/core/presets/parts';
import type { Preset } from '@/core/presets/schema';
import type { CaptureRecord } from '@/core/session/credentials-store';
import { Icon } from '../ui/icons';
import { openNewIntegration, openOAuthUrl, openTokens } from './browser-actions';
import { CredentialRows } from './CredentialRows';

interface Props {
  record: CaptureRecord | null;
  captures: readonly CaptureRecord[];
  presets: readonly Preset[];
  onCopy: (label: string, text: string) => void;
  onForget: () => void;
  onFillAnother: () => void;
  setStatus: (text: string) => void;
}

/** After "Add Integration": the credentials first, a bundle's next integration, tokens; the fill form only on request. */
export function ResultView({ record, captures, presets, onCopy, onForget, onFillAnother, setStatus }: Props) {
  if (!record)
    return (
      <section aria-labelledby="creds-title">
        <h2 id="creds-title">Reading the credentials…</h2>
        <p class="help">
          The integration is created: its credentials are read from this page as it shows them. Keep the page open.
        </p>
      </section>
    );
  const preset = presets.find((p) => p.id === record.applied?.presetId) ?? null;
  const next = preset && record.applied?.part ? nextPart(preset, captures) : null;
  return (
    <>
      <CredentialRows
        record={record}
        onOpenOAuthUrl={(url) => void openOAuthUrl(url).then(setStatus)}
        onCopy={onCopy}
        onForget={onForget}
        onGetTokens={() => openTokens(record.credentials.clientId)}
      />
      {next && (
        <section aria-labelledby="next-title" class="card">
          <h2 id="next-title">Next: {partLabel(next)}</h2>
          <p class="help">
            “{preset!.name}” needs it too. Open the New Integration page on {next.portal}, then this popup: the preset
            is chosen with this integration.
          </p>
          <button type="button" onClick={() => openNewIntegration(next.portal)}>
            <Icon name="external" />
            Open {next.portal}
          </button>
        </section>
      )}
      <p class="help">
        <button type="button" class="link" onClick={onFillAnother}>
          Fill another integration
        </button>
        {record.applied && ` (with “${record.applied.presetName}” or another preset)`}
      </p>
    </>
  );
}
