/**
 * Our accessible names against Chromium's own accessibility tree (CDP Accessibility domain), on
 * every scope-row markup of the replica and every field: the relations browsers themselves use
 * are the ground truth, not our reading of the spec. Plain Chromium, no extension: our module is
 * bundled and injected into the page.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { MARKUPS } from '../replica/src/config';
import { expect, test } from '../support/replica-fixtures';

const here = path.dirname(fileURLToPath(import.meta.url));
const ours = buildSync({
  stdin: {
    contents: `import { accessibleName } from './core/dom/accessible-name';
      import { deepQueryAll } from './core/dom/deep';
      Object.assign(window, { __names: (selector) => deepQueryAll(document, selector).map((el) => accessibleName(el)),
        __controls: (selector) => deepQueryAll(document, selector) });`,
    resolveDir: path.resolve(here, '../..'),
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  write: false,
  logLevel: 'silent',
}).outputFiles[0]!.text;

const CONTROLS = 'input, textarea, [role=checkbox], [role=radio], [role=option], button';

for (const markup of MARKUPS) {
  test(`names of every control equal Chromium's accessibility tree: markup=${markup}`, async ({ page, context }) => {
    await page.goto(
      `https://developer.webex.com/my-apps/new/integration?markup=${markup}&ids=none&traps=1&delay=0&icon=checked`, // the icon picker is open: its radios are named too
    );
    await page.locator('.scope-list[aria-busy=false]').waitFor();
    await page.addScriptTag({ content: ours });
    const cdp = await context.newCDPSession(page);
    const names = await page.evaluate(
      (s) => (window as unknown as { __names(s: string): string[] }).__names(s),
      CONTROLS,
    );
    // The same elements, as CDP remote objects, then each one's node in Chromium's accessibility tree.
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `window.__controls(${JSON.stringify(CONTROLS)})`,
    });
    const { result: props } = await cdp.send('Runtime.getProperties', {
      objectId: result.objectId!,
      ownProperties: true,
    });
    const elements = props.filter((p) => /^\d+$/.test(p.name)).sort((a, b) => Number(a.name) - Number(b.name));
    const chromium: string[] = [];
    for (const element of elements) {
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
        objectId: element.value!.objectId!,
        fetchRelatives: false,
      });
      chromium.push((nodes[0]?.name?.value ?? '').replace(/\s+/g, ' ').trim());
    }
    expect(chromium).toHaveLength(names.length);
    expect(names.length).toBeGreaterThan(150);
    const differ = names.map((n, i) => [n, chromium[i]]).filter(([a, b]) => a !== b);
    expect(differ).toEqual([]);
  });
}
