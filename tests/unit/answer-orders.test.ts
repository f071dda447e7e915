/** The on-demand engines' wiring: orders only from this extension, of the right shape, one listener, gone with the extension. */
import { describe, expect, it } from 'vitest';
import { answerOrders } from '@/core/tabs/answer-orders';

type Listener = (m: unknown, s: { id?: string }, r: (x: unknown) => void) => boolean;

function runtime(id: string | undefined) {
  const listeners = new Set<Listener>();
  return {
    id,
    listeners,
    onMessage: {
      addListener: (l: Listener) => void listeners.add(l),
      removeListener: (l: Listener) => void listeners.delete(l),
    },
    send(message: unknown, sender: { id?: string }) {
      const answers: unknown[] = [];
      for (const l of [...listeners]) l(message, sender, (x) => answers.push(x));
      return answers;
    },
  };
}
const isOrder = (m: unknown): m is { n: number } => typeof (m as { n?: unknown })?.n === 'number';

describe('answerOrders', () => {
  it('answers this extension’s orders of the right shape, nothing else', () => {
    const rt = runtime('ext');
    answerOrders(rt, 'testFlagA', isOrder, (o) => o.n * 2);
    expect(rt.send({ n: 21 }, { id: 'ext' })).toEqual([42]);
    expect(rt.send({ n: 21 }, { id: 'another-extension' })).toEqual([]);
    expect(rt.send({ x: 1 }, { id: 'ext' })).toEqual([]);
  });

  it('injected twice, listens once', () => {
    const rt = runtime('ext');
    answerOrders(rt, 'testFlagB', isOrder, (o) => o.n);
    answerOrders(rt, 'testFlagB', isOrder, (o) => o.n);
    expect(rt.listeners.size).toBe(1);
  });

  it('stops listening once the extension is gone (reloaded or updated)', () => {
    const rt = runtime('ext');
    answerOrders(rt, 'testFlagC', isOrder, (o) => o.n);
    rt.id = undefined;
    expect(rt.send({ n: 1 }, { id: 'ext' })).toEqual([]);
    expect(rt.listeners.size).toBe(0);
    expect((globalThis as Record<string, unknown>).testFlagC).toBeUndefined();
  });
});
