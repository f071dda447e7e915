import type { Finder } from '../dom/finder';
import type { IntegrationSpec } from '../messages';

/** What every fill step gets: the page, the resolved preset, and the bounds on waiting. */
export interface StepContext {
  doc: Document;
  /** The page's controls and their names, cached while the page is unchanged. */
  finder: Finder;
  spec: IntegrationSpec;
  /** Upper bound on any wait, for a page that is still loading. */
  timeoutMs: number;
  /** A page quiet this long (and not loading) is settled: what is missing is reported at once. */
  settleMs: number;
  signal?: AbortSignal;
}
