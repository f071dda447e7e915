import { CLIPBOARD_CLEAR_CHOICES, FORGET_AFTER_CHOICES, saveSettings, type Settings } from '@/core/settings';
import { local } from './use-preset-store';

/** The clipboard clear delay and how long captured credentials are kept; saved on change. */
export function SettingsSection({
  settings,
  onSaved,
}: {
  settings: Settings | null;
  onSaved: (next: Settings) => void;
}) {
  const update = (patch: Partial<Settings>) => {
    if (!settings) return;
    const next = { ...settings, ...patch };
    void saveSettings(local(), next).then(() => onSaved(next));
  };
  return (
    <section aria-labelledby="settings-title" class="card" id="settings">
      <h2 id="settings-title">Settings</h2>
      {settings && (
        <div class="field-row">
          <div class="field">
            <label for="clear-after">Clear the clipboard after copying</label>
            <select
              id="clear-after"
              value={String(settings.clipboardClearSeconds)}
              onChange={(e) =>
                update({
                  clipboardClearSeconds: Number(
                    (e.target as HTMLSelectElement).value,
                  ) as Settings['clipboardClearSeconds'],
                })
              }
            >
              {CLIPBOARD_CLEAR_CHOICES.map((s) => (
                <option key={s} value={String(s)}>
                  {s === 0 ? 'Never' : `${s} seconds`}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="forget-after">Forget captured credentials after</label>
            <select
              id="forget-after"
              value={String(settings.forgetAfterMinutes)}
              onChange={(e) =>
                update({
                  forgetAfterMinutes: Number((e.target as HTMLSelectElement).value) as Settings['forgetAfterMinutes'],
                })
              }
            >
              {FORGET_AFTER_CHOICES.map((m) => (
                <option key={m} value={String(m)}>
                  {m < 60 ? `${m} minutes` : `${m / 60} hour${m > 60 ? 's' : ''}`}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      <p class="help">Captured credentials are always forgotten when the browser closes.</p>
    </section>
  );
}
