/**
 * How long a content script's work lasts: until the extension is reloaded, updated or removed
 * (its runtime id is gone), and never shorter because the page says so. WXT's own context also
 * ends when the page dispatches its "content-script-started" event with our id, which a page can
 * forge; this lifetime listens to nothing the page can send.
 */
export interface Lifetime {
  readonly signal: AbortSignal;
  /** True while the extension is there; the first false ends the lifetime. */
  alive(): boolean;
  /** A timer that does not fire once the lifetime has ended. */
  setTimeout(handler: () => void, ms: number): void;
  /** Resolves true after `ms`, or false at once if the lifetime ends first. */
  sleep(ms: number): Promise<boolean>;
}

export function extensionLifetime(runtime: { id?: string } | undefined, view: Window = window): Lifetime {
  const controller = new AbortController();
  const alive = () => {
    if (controller.signal.aborted) return false;
    if (runtime?.id == null) controller.abort();
    return !controller.signal.aborted;
  };
  const setTimeout = (handler: () => void, ms: number) => {
    const id = view.setTimeout(() => {
      if (alive()) handler();
    }, ms);
    controller.signal.addEventListener('abort', () => view.clearTimeout(id), { once: true });
  };
  const sleep = (ms: number) =>
    new Promise<boolean>((resolve) => {
      if (!alive()) return resolve(false);
      controller.signal.addEventListener('abort', () => resolve(false), { once: true });
      setTimeout(() => resolve(true), ms);
    });
  return { signal: controller.signal, alive, setTimeout, sleep };
}
