/**
 * Hands a capture to the background until it says it has stored it. The portal shows the Client
 * Secret once: a message lost while the service worker starts, or answered with an error, must be
 * sent again. Bounded (a few tries over about half a minute), and stopped when the content
 * script's lifetime ends or a newer read of the page supersedes this one.
 */

/** Milliseconds to wait before each try: at once, then backing off (about 31 s in all). */
export const DELIVERY_DELAYS = [0, 250, 500, 1_000, 2_000, 4_000, 8_000, 15_000] as const;

export interface DeliveryDeps {
  /** Sends once; resolves with the background's answer (`true` once stored), rejects if it could not be sent. */
  send(): Promise<unknown>;
  /** Waits `ms`; resolves false if the lifetime ended meanwhile (the extension was reloaded). */
  sleep(ms: number): Promise<boolean>;
  /** False once a newer read of the page has replaced this one: then this delivery stops. */
  current(): boolean;
}

/** True once acknowledged; false when the tries ran out, the lifetime ended, or it was superseded. */
export async function deliverUntilAcked(deps: DeliveryDeps, delays: readonly number[] = DELIVERY_DELAYS) {
  for (const delay of delays) {
    if (delay > 0 && !(await deps.sleep(delay))) return false;
    if (!deps.current()) return false;
    const answer = await deps.send().catch(() => undefined);
    if (answer === true) return true;
  }
  return false;
}
