/**
 * Where captured credentials and applied presets live: `storage.session`, i.e. in memory only,
 * gone when the browser closes, and (by default) out of content scripts' reach. Never storage.local.
 */
import type { AppliedPreset, CapturedCredentials } from '../messages';
import type { Tokens } from '../oauth/token-client';

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
  /** From "Get tokens" (issue 11): kept with the secret, forgotten with it. */
  tokens?: Tokens;
  /** From "Test access" (people/me). */
  org?: OrgInfo;
  /**
   * From "Get the code only": an authorization code read from the sign-in and never exchanged,
   * for a vendor that exchanges it itself (Sumo Logic). Codes expire within minutes.
   */
  code?: { value: string; obtainedAt: number; redirectUri: string };
}

export interface OrgInfo {
  displayName: string;
  orgId: string;
  orgUuid: string | null;
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
  const existing = await listCaptures(area, credentials.capturedAt);
  const previous = existing.find((r) => r.credentials.clientId === credentials.clientId);
  // The preset applied in this tab belongs to the first integration created after it, and only
  // to that one: a second one created by hand in the same tab does not inherit its hand-off.
  const applied =
    tabId === null || previous
      ? null
      : (((await area.get(appliedKey(tabId)))[appliedKey(tabId)] as AppliedPreset) ?? null);
  // The same integration seen again (its page re-rendered, or opened later without the secret):
  // keep what was already known, the once-shown secret and any tokens included.
  const record: CaptureRecord = {
    ...(previous?.tokens && { tokens: previous.tokens }),
    ...(previous?.org && { org: previous.org }),
    ...(previous?.code && { code: previous.code }),
    credentials: previous
      ? {
          ...credentials,
          clientSecret: credentials.clientSecret ?? previous.credentials.clientSecret,
          integrationId: credentials.integrationId ?? previous.credentials.integrationId,
          oauthUrl: credentials.oauthUrl ?? previous.credentials.oauthUrl,
        }
      : credentials,
    applied: applied ?? previous?.applied ?? null,
    tabId,
    expiresAt: credentials.capturedAt + ttlMs,
  };
  const others = existing.filter((r) => r.credentials.clientId !== credentials.clientId);
  await area.set({ [CAPTURES]: [record, ...others].slice(0, MAX_CAPTURES) });
  if (applied && tabId !== null) await area.remove(appliedKey(tabId));
  return record;
}

/** Live captures, newest first; expired ones are dropped from storage as they are read. */
export async function listCaptures(area: SessionArea, now: number): Promise<CaptureRecord[]> {
  const all = ((await area.get(CAPTURES))[CAPTURES] as CaptureRecord[] | undefined) ?? [];
  const live = all.filter((r) => r.expiresAt > now);
  if (live.length !== all.length) await area.set({ [CAPTURES]: live });
  return live;
}

/**
 * Adds tokens or the organisation to a live capture. False when the capture is gone (forgotten
 * or expired meanwhile): then nothing is stored, so tokens never outlive their credentials.
 */
export async function updateCapture(
  area: SessionArea,
  clientId: string,
  patch: Partial<Pick<CaptureRecord, 'tokens' | 'org' | 'code'>>,
  now: number,
): Promise<boolean> {
  const live = await listCaptures(area, now);
  const index = live.findIndex((r) => r.credentials.clientId === clientId);
  if (index < 0) return false;
  const updated = live.map((r, i) => (i === index ? { ...r, ...patch } : r));
  await area.set({ [CAPTURES]: updated });
  return true;
}

/** Sets when one capture is forgotten (the user's setting, known only after it was stored). */
export async function setExpiry(area: SessionArea, clientId: string, expiresAt: number, now: number): Promise<void> {
  const live = await listCaptures(area, now);
  if (!live.some((r) => r.credentials.clientId === clientId && r.expiresAt !== expiresAt)) return;
  await area.set({
    [CAPTURES]: live.map((r) => (r.credentials.clientId === clientId ? { ...r, expiresAt } : r)),
  });
}

/** Drops the tokens and organisation of one capture, keeping its credentials. */
export async function forgetTokens(area: SessionArea, clientId: string, now: number): Promise<void> {
  const live = await listCaptures(area, now);
  await area.set({
    [CAPTURES]: live.map((r) => {
      if (r.credentials.clientId !== clientId) return r;
      const { tokens: _t, org: _o, code: _c, ...rest } = r;
      return rest;
    }),
  });
}

export async function forgetCaptures(area: SessionArea): Promise<void> {
  await area.remove(CAPTURES);
}

export async function forgetTab(area: SessionArea, tabId: number): Promise<void> {
  await area.remove(appliedKey(tabId));
}
