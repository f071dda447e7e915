/**
 * The wiring every on-demand engine (hand-off, outline) shares: injected again, it does not
 * listen twice; it takes orders only from this extension (runtime messages, never page events)
 * and of the one shape it knows; it answers synchronously; it stops listening once the
 * extension is reloaded or updated (its runtime id is gone).
 */
interface Runtime {
  id?: string;
  onMessage: {
    addListener(l: Listener): void;
    removeListener(l: Listener): void;
  };
}
type Listener = (message: unknown, sender: { id?: string }, sendResponse: (response: unknown) => void) => boolean;

export function answerOrders<M>(
  runtime: Runtime,
  flag: string,
  isOrder: (message: unknown) => message is M,
  answer: (order: M) => unknown,
): void {
  const world = globalThis as Record<string, unknown>;
  if (world[flag]) return;
  world[flag] = true;
  const onMessage: Listener = (message, sender, sendResponse) => {
    if (!runtime.id) {
      runtime.onMessage.removeListener(onMessage);
      delete world[flag];
      return false;
    }
    if (sender.id !== runtime.id || !isOrder(message)) return false;
    sendResponse(answer(message));
    return false;
  };
  runtime.onMessage.addListener(onMessage);
}
