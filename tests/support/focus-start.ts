/**
 * Run in the page: puts the focus where a freshly opened popup has it, before its first control,
 * so that the next Tab reaches that control (Playwright's and puppeteer's evaluate both take it).
 */
export function startBeforeFirstControl(): void {
  const start = document.createElement('span');
  start.tabIndex = -1;
  document.body.prepend(start);
  start.focus();
  start.addEventListener('blur', () => start.remove(), { once: true });
}
