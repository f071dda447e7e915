/** A tiny element builder for the replica: text always goes in as text, never as HTML. */

type Child = Node | string | null | undefined | false;
type Props = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === 'className') {
      el.className = String(value);
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(parent: Element | ShadowRoot, children: Child[]) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

let counter = 0;
/** Generated ids like a component library's (`mui-17-x3f`): nothing a script could guess. */
export function genId(): string {
  counter += 1;
  return `mdc-${counter}-${Math.random().toString(36).slice(2, 5)}`;
}

/**
 * Emulates React's input value tracker: a value written with `el.value = x` is remembered as
 * "already seen", so the following input event is ignored — exactly why naive fillers fail on
 * React forms. Returns a function telling whether the current value is news.
 */
export function trackValue(input: HTMLInputElement | HTMLTextAreaElement): () => boolean {
  const proto = Object.getPrototypeOf(input) as object;
  const desc = Object.getOwnPropertyDescriptor(proto, 'value')!;
  let last = desc.get!.call(input) as string;
  Object.defineProperty(input, 'value', {
    configurable: true,
    get() {
      return desc.get!.call(this);
    },
    set(v: string) {
      last = String(v);
      desc.set!.call(this, v);
    },
  });
  return () => {
    const current = desc.get!.call(input) as string;
    if (current === last) return false;
    last = current;
    return true;
  };
}

export function hex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
}
