/**
 * A small, closable panel in the page that sums up the fill. Built with textContent only (never
 * HTML from anywhere) inside a closed shadow root, so the page's styles and scripts can't reach in.
 */
import TOKENS from '@/assets/theme/tokens.css?inline';
import { attentionItems, type FillReport } from './report';
import { PANEL_TAG } from './report-panel-tag';

export { PANEL_TAG };

export interface PanelTimers {
  setTimeout: (fn: () => void, ms: number) => unknown;
}

// The extension's design tokens (light and dark), then the panel's own rules on top of them.
const CSS = `${TOKENS}
/* Clicks go through the panel to the page under it (the portal's own buttons), except its close button. */
:host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; pointer-events: none; }
section { font: var(--text-md)/1.45 var(--font); background: var(--bg); color: var(--fg);
  border: 1px solid var(--line-strong); border-radius: var(--radius-lg); padding: var(--space-3) var(--space-4);
  max-width: 340px; box-shadow: var(--shadow); }
h2 { font-size: var(--text-md); margin: 0 24px var(--space-1) 0; }
ul { margin: 0; padding-left: 18px; }
button { position: absolute; top: 6px; right: 8px; border: 0; background: none; font-size: 16px; cursor: pointer;
  color: inherit; border-radius: var(--radius-sm); pointer-events: auto; }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
`;

export function reportLines(report: FillReport): { title: string; items: string[] } {
  if (report.error) return { title: 'Webex Integration Helper', items: [report.error] };
  const s = report.totals.scopes;
  const title = `${report.ok ? 'Form filled' : 'Form filled, with problems'}: ${s.ticked} ticked, ${s.already} already, ${s.unticked} unticked`;
  const items = attentionItems(report).map((i) => `${i.name}: ${i.status}${i.detail ? ` (${i.detail})` : ''}`);
  return { title, items: items.length ? items : ['Review the form, then click "Add Integration".'] };
}

export function showReportPanel(doc: Document, report: FillReport, timers: PanelTimers, visibleMs: number): Element {
  doc.querySelector(PANEL_TAG)?.remove();
  const host = doc.createElement(PANEL_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const section = doc.createElement('section');
  section.setAttribute('role', 'status');
  const { title, items } = reportLines(report);
  const h2 = doc.createElement('h2');
  h2.textContent = title;
  const ul = doc.createElement('ul');
  for (const item of items.slice(0, 8)) {
    const li = doc.createElement('li');
    li.textContent = item;
    ul.append(li);
  }
  if (items.length > 8) {
    const li = doc.createElement('li');
    li.textContent = `…and ${items.length - 8} more (see the extension's popup)`;
    ul.append(li);
  }
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', 'Close report');
  close.addEventListener('click', () => host.remove());
  section.append(h2, ul, close);
  shadow.append(style, section);
  doc.documentElement.append(host);
  timers.setTimeout(() => host.remove(), visibleMs);
  return host;
}

/** Scrolls to the first item that needs the user and outlines it. */
export function pointTo(el: Element): void {
  (el as HTMLElement).scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  const style = (el as HTMLElement).style;
  if (style) {
    style.outline = '3px solid #e8a317';
    style.outlineOffset = '2px';
  }
}
