/** Token lifetimes as people read them: "in 14 days", "in 5 hours", "expired". */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function untilText(expiresAt: number, now: number): string {
  const left = expiresAt - now;
  if (left <= 0) return 'expired';
  if (left >= DAY) {
    const days = Math.round(left / DAY);
    return `in ${days} day${days === 1 ? '' : 's'}`;
  }
  const hours = Math.max(1, Math.round(left / HOUR));
  return `in ${hours} hour${hours === 1 ? '' : 's'}`;
}
