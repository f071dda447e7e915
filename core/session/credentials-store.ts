/**
 * Where captured credentials and applied presets live: `storage.session`, i.e. in memory only,
 * gone when the browser closes, and (by default) out of content scripts' reach. Never storage.local.
 */
import type { AppliedPreset, CapturedCredentials } from '../messages';

export interface SessionArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface CaptureRecord {
  credentials: CapturedCredentials;
  applied: AppliedPreset | null;
  tabId: number | null;
  expiresAt: number;
}

const CAPTURES = 'captures';
const MAX_CAPTURES = 5;
export const appliedKey = (tabId: number) => `applied:${tabId}`;

export async function rememberApplied(area: SessionArea, tabId: number, applied: AppliedPreset): Promise<void> {
  await area.set({ [appliedKey(tabId)]: applied });
}

export async function rememberCapture(
  area: SessionArea,
  tabId: number | null,
  credentials: CapturedCredentials,
  ttlMs: number,
): Promise<CaptureRecord> {
  const applied =
    tabId === null ? null : (((await area.get(appliedKey(tabId)))[appliedKey(tabId)] as AppliedPreset) ?? null);
  const record: CaptureRecord = { credentials, applied, tabId, expiresAt: credentials.capturedAt + ttlMs };
  const existing = await listCaptures(area, credentials.capturedAt);
  const others = existing.filter((r) => r.credentials.clientId !== credentials.clientId);
  await area.set({ [CAPTURES]: [record, ...others].slice(0, MAX_CAPTURES) });
  return record;
}

/** Live captures, newest first; expired ones are dropped from storage as they are read. */
export async function listCaptures(area: SessionArea, now: number): Promise<CaptureRecord[]> {
  const all = ((await area.get(CAPTURES))[CAPTURES] as CaptureRecord[] | undefined) ?? [];
  const live = all.filter((r) => r.expiresAt > now);
  if (live.length !== all.length) await area.set({ [CAPTURES]: live });
  return live;
}

export async function forgetCaptures(area: SessionArea): Promise<void> {
  await area.remove(CAPTURES);
}

export async function forgetTab(area: SessionArea, tabId: number): Promise<void> {
  await area.remove(appliedKey(tabId));
}
