/** User settings (not secrets): kept in storage.local, read with defaults, always clamped to allowed values. */

export const CLIPBOARD_CLEAR_CHOICES = [0, 10, 30, 60, 120, 300] as const;
export const FORGET_AFTER_CHOICES = [5, 15, 60, 240, 480] as const;

export interface Settings {
  /** Seconds after a copy before the clipboard is cleared (if it still holds what was copied); 0 = never. */
  clipboardClearSeconds: (typeof CLIPBOARD_CLEAR_CHOICES)[number];
  /** Minutes before captured credentials are forgotten. */
  forgetAfterMinutes: (typeof FORGET_AFTER_CHOICES)[number];
}

export const DEFAULT_SETTINGS: Settings = { clipboardClearSeconds: 30, forgetAfterMinutes: 60 };
export const SETTINGS_KEY = 'settings';

function pick<T extends number>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/**
 * Whatever is stored (old, partial or tampered with) becomes valid settings. What the user has not
 * set comes from `defaults`: an organisation's policy defaults, else the extension's.
 */
export function normalizeSettings(raw: unknown, defaults: Partial<Record<keyof Settings, unknown>> = {}): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const base: Settings = {
    clipboardClearSeconds: pick(
      defaults.clipboardClearSeconds,
      CLIPBOARD_CLEAR_CHOICES,
      DEFAULT_SETTINGS.clipboardClearSeconds,
    ),
    forgetAfterMinutes: pick(defaults.forgetAfterMinutes, FORGET_AFTER_CHOICES, DEFAULT_SETTINGS.forgetAfterMinutes),
  };
  return {
    clipboardClearSeconds: pick(r.clipboardClearSeconds, CLIPBOARD_CLEAR_CHOICES, base.clipboardClearSeconds),
    forgetAfterMinutes: pick(r.forgetAfterMinutes, FORGET_AFTER_CHOICES, base.forgetAfterMinutes),
  };
}

export interface LocalArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(
  area: LocalArea,
  defaults?: Partial<Record<keyof Settings, unknown>>,
): Promise<Settings> {
  return normalizeSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY], defaults);
}

export async function saveSettings(area: LocalArea, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: normalizeSettings(settings) });
}
