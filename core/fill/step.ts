import { buildTextIndex, type TextIndex } from '../dom/text-index';
import type { IntegrationSpec } from '../messages';

/** What every fill step gets: the page, the resolved preset, and the bounds on waiting. */
export interface StepContext {
  doc: Document;
  root: ParentNode;
  spec: IntegrationSpec;
  timeoutMs: number;
  signal?: AbortSignal;
  /** The page's label texts, indexed once per apply and rebuilt if the page replaced its elements. */
  texts: () => TextIndex;
}

export interface MemoTextIndex {
  (): TextIndex;
  /** Use this freshly built index from now on. */
  seed(index: TextIndex): void;
}

export function memoTextIndex(root: ParentNode): MemoTextIndex {
  let index: TextIndex | null = null;
  const get = () => {
    if (!index || index.entries.some((e) => !e.el.isConnected)) index = buildTextIndex(root);
    return index;
  };
  return Object.assign(get, { seed: (fresh: TextIndex) => void (index = fresh) });
}
