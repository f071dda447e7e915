import type { IntegrationSpec } from '../messages';

/** What every fill step gets: the page, the resolved preset, and the bounds on waiting. */
export interface StepContext {
  doc: Document;
  root: ParentNode;
  spec: IntegrationSpec;
  timeoutMs: number;
  signal?: AbortSignal;
}
