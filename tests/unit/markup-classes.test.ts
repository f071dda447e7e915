/**
 * One named test for each class of markup that broke the fill on independently built portal
 * pages (issue: "Fill any plausible portal markup"), plus Cisco's own UI kits (Momentum UI
 * React's checkbox, Momentum Design's `mdc-checkbox`). Each failed before the locators followed
 * the accessibility relations. A fill that waits out its timeout fails by the test's own
 * timeout: the fills here get 60 s to wait, the tests 5 s to pass.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { readCredentials } from '@/core/capture/read-credentials';
import { applyPreset } from '@/core/fill/apply-preset';
import type { FillRequest } from '@/core/messages';
import { fillRequestFixture } from './fixtures';

const CLIENT_ID = `C${'0123456789abcdef'.repeat(4)}`;
const SECRET = 'fedcba9876543210'.repeat(4);
const INTEGRATION_ID = btoa(`ciscospark://us/APPLICATION/${CLIENT_ID}`).replace(/=+$/, '');
const OAUTH_URL = `https://webexapis.com/v1/authorize?client_id=${CLIENT_ID}&response_type=code&redirect_uri=https%3A%2F%2Fa.example.com%2Fcb&scope=spark%3Aall%20spark%3Akms&state=set_state_here`;

/** A form with every field labelled; `scopes` and `icon` are the markup under test. */
function form({ scopes = '', icon = '' }: { scopes?: string; icon?: string }) {
  document.body.innerHTML = `<main><h1>New Integration</h1><form>
    <div><label for="n">Integration name*</label><input id="n"></div>
    ${icon}
    <div><label for="d">App Hub Description*</label><textarea id="d"></textarea></div>
    <div><label for="u">Redirect URI(s)*</label><div><input id="u" type="url"></div><button type="button">⊕ Add URI</button></div>
    <div><span>Scopes*</span><div class="list">${scopes}</div></div>
    <button type="submit">Add Integration</button></form></main>`;
}

/** Makes every checkbox-like element in `root` toggle on click, as a page's script would. */
function clickToToggle(root: ParentNode) {
  for (const box of Array.from(root.querySelectorAll('[role=checkbox]'))) {
    box.addEventListener('click', () =>
      box.setAttribute('aria-checked', String(box.getAttribute('aria-checked') !== 'true')),
    );
  }
}

const request = (scopes: string[], change: (r: FillRequest) => void = () => {}): FillRequest => {
  const r = fillRequestFixture();
  r.integration.scopes = scopes;
  r.timeoutMs = 60_000;
  r.settleMs = 50;
  change(r);
  return r;
};

const checked = (selector: string, root: ParentNode = document) =>
  Array.from(root.querySelectorAll<HTMLInputElement>(selector)).map((el) =>
    el.localName === 'input' ? el.checked : el.getAttribute('aria-checked') === 'true',
  );

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('scope rows', () => {
  it('native checkbox + <label for> holding the scope name and its description as two child elements', async () => {
    const row = (scope: string, i: number) =>
      `<div class="row"><input type="checkbox" id="s${i}"><label for="s${i}"><span class="name">${scope}</span><span class="desc">Allows ${scope.split(':')[1]}</span></label></div>`;
    form({ scopes: ['cjp:config_write', 'cjp:config', 'spark:all'].map(row).join('') });
    const { report } = await applyPreset(document, request(['cjp:config', 'spark:all']));
    expect(report.scopes.map((s) => [s.scope, s.status])).toEqual([
      ['cjp:config', 'ticked'],
      ['spark:all', 'ticked'],
    ]);
    expect(checked('.row input')).toEqual([false, true, true]);
  }, 5_000);

  it('role=checkbox named through aria-labelledby by an element that sits beside the description in a wrapper without a checkbox', async () => {
    const row = (scope: string, i: number) =>
      `<div class="row"><div role="checkbox" aria-checked="false" tabindex="0" aria-labelledby="n${i}" aria-describedby="d${i}"></div>
       <div class="text"><div id="n${i}">${scope}</div><div id="d${i}">Read more about <code>spark:all</code> first</div></div></div>`;
    form({ scopes: ['meeting:schedules_read', 'spark:all', 'meeting:schedules_write'].map(row).join('') });
    clickToToggle(document);
    const { report } = await applyPreset(document, request(['meeting:schedules_write', 'spark:all']));
    expect(report.ok).toBe(true);
    expect(checked('[role=checkbox]')).toEqual([false, true, true]);
  }, 5_000);

  it('one custom element per row, whose open shadow root holds the checkbox and a label with name and description', async () => {
    form({ scopes: '' });
    const list = document.querySelector('.list')!;
    for (const scope of ['spark:people_read', 'spark-admin:people_read', 'spark:all']) {
      const host = document.createElement('x-scope');
      host.attachShadow({ mode: 'open' }).innerHTML =
        `<div class="row"><input type="checkbox" id="box"><label for="box"><b>${scope}</b><small>Directory access</small></label></div>`;
      list.append(host);
    }
    const { report } = await applyPreset(document, request(['spark-admin:people_read']));
    expect(report.scopes).toMatchObject([{ scope: 'spark-admin:people_read', status: 'ticked' }]);
    expect(Array.from(list.children, (h) => h.shadowRoot!.querySelector('input')!.checked)).toEqual([
      false,
      true,
      false,
    ]);
  }, 5_000);

  it('Momentum UI (React): div.cui-checkbox with input + <label for={htmlId}> + helper children', async () => {
    const row = (scope: string, i: number) =>
      `<div class="cui-input-group cui-checkbox"><input class="cui-input cui-checkbox__input" type="checkbox" aria-checked="false" id="scopes-${i}" value="${scope}">
       <label class="cui-checkbox__label" for="scopes-${i}"><span>${scope}</span></label><div class="cui-input__help-text">Help for ${scope}</div></div>`;
    form({ scopes: ['cjp:config_write', 'cjp:config', 'cjp:config_read'].map(row).join('') });
    const { report } = await applyPreset(document, request(['cjp:config']));
    expect(report.scopes).toMatchObject([{ scope: 'cjp:config', status: 'ticked' }]);
    expect(checked('.cui-checkbox input')).toEqual([false, true, false]);
  }, 5_000);

  it('Momentum Design mdc-checkbox: empty aria-label, label in a slot fallback, help text via aria-describedby', async () => {
    form({ scopes: '' });
    const list = document.querySelector('.list')!;
    for (const [i, scope] of ['spark:all', 'spark:kms', 'meeting:recordings_read'].entries()) {
      const host = document.createElement('mdc-checkbox');
      host.id = `mdc-input-${i}`;
      host.setAttribute('label', scope);
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = `<div class="container"><input id="mdc-input-${i}" type="checkbox" aria-label="" aria-describedby="helper-${i}"></div>
        <div class="text-container"><div class="mdc-label-text"><slot name="label"><label for="mdc-input-${i}">${scope}</label></slot></div>
        <div class="mdc-help-text"><slot name="help-text"><mdc-text id="helper-${i}">Uses <code>spark:all</code></mdc-text></slot></div></div>`;
      list.append(host);
    }
    const { report } = await applyPreset(document, request(['meeting:recordings_read']));
    expect(report.scopes).toMatchObject([{ scope: 'meeting:recordings_read', status: 'ticked' }]);
    expect(Array.from(list.children, (h) => h.shadowRoot!.querySelector('input')!.checked)).toEqual([
      false,
      false,
      true,
    ]);
  }, 5_000);

  it('a page that simply lacks one scope: reported when the page settles, not after the timeout', async () => {
    // The rows of the first class above, where the fill used to find none and wait out its timeout.
    const row = (scope: string, i: number) =>
      `<div><input type="checkbox" id="r${i}"><label for="r${i}"><span>${scope}</span><span>Access</span></label></div>`;
    form({ scopes: ['spark:all', 'meeting:schedules_read'].map(row).join('') });
    const { report } = await applyPreset(document, request(['spark:all', 'spark-compliance:meetings_write']));
    expect(report.scopes.map((s) => [s.scope, s.status])).toEqual([
      ['spark:all', 'ticked'],
      ['spark-compliance:meetings_write', 'not offered'],
    ]);
  }, 5_000);
});

describe('icon picker', () => {
  const picker = (state: 'aria-pressed' | 'aria-checked' | 'aria-selected', chosen: number | null) => {
    const role = state === 'aria-checked' ? 'role="radio"' : state === 'aria-selected' ? 'role="option"' : '';
    const group = state === 'aria-selected' ? 'role="listbox"' : state === 'aria-checked' ? 'role="radiogroup"' : '';
    const items = ['Blue', 'Green', 'Orange']
      .map(
        (name, i) =>
          `<button type="button" ${role} ${state}="${i === chosen}" aria-label="${name}"><svg viewBox="0 0 1 1"></svg></button>`,
      )
      .join('');
    return `<div><span id="il">Icon*</span><p>Upload your own or select from our defaults.</p><div ${group} aria-labelledby="il" class="icons">${items}</div></div>`;
  };
  const wire = () => {
    const buttons = Array.from(document.querySelectorAll('.icons button'));
    for (const b of buttons) {
      b.addEventListener('click', () => {
        for (const other of buttons) {
          for (const s of ['aria-pressed', 'aria-checked', 'aria-selected']) {
            if (other.hasAttribute(s)) other.setAttribute(s, String(other === b));
          }
        }
      });
    }
  };

  it.each(['aria-pressed', 'aria-checked', 'aria-selected'] as const)(
    'shows the choice with %s and no preview: the user’s choice is kept, at once',
    async (state) => {
      form({ scopes: '<label><input type="checkbox"> spark:all</label>', icon: picker(state, 2) });
      wire();
      const { report } = await applyPreset(document, request(['spark:all']));
      expect(report.fields.find((f) => f.field === 'icon')).toMatchObject({ status: 'unchanged', needsUser: false });
      expect(Array.from(document.querySelectorAll('.icons button'), (b) => b.getAttribute(state))).toEqual([
        'false',
        'false',
        'true',
      ]);
    },
    5_000,
  );

  it.each(['aria-pressed', 'aria-checked', 'aria-selected'] as const)(
    'shows the choice with %s and none is chosen: the first is picked and seen as taken',
    async (state) => {
      form({ scopes: '<label><input type="checkbox"> spark:all</label>', icon: picker(state, null) });
      wire();
      const { report } = await applyPreset(document, request(['spark:all']));
      expect(report.fields.find((f) => f.field === 'icon')).toMatchObject({ status: 'filled', detail: 'Blue' });
      expect(document.querySelector('.icons button')!.getAttribute(state)).toBe('true');
    },
    5_000,
  );
});

describe('result view', () => {
  it('each value is a read-only input inside its <label> ("Client ID" + input)', () => {
    document.body.innerHTML = `<h1>Congratulations! 🎉</h1><h2>My App</h2><div class="creds">
      <label>Client ID <input readonly value="${CLIENT_ID}"></label>
      <label>Client Secret <input type="password" readonly value="${SECRET}"></label>
      <label>OAuth Authorization URL <input readonly value="${OAUTH_URL}"></label>
      <label>Integration ID <input readonly value="${INTEGRATION_ID}"></label></div>`;
    expect(readCredentials(document)).toEqual({
      integrationName: 'My App',
      clientId: CLIENT_ID,
      clientSecret: SECRET,
      oauthUrl: OAUTH_URL,
      integrationId: INTEGRATION_ID,
    });
  });

  it('values named by aria-labelledby, in a table layout away from their labels', () => {
    document.body.innerHTML = `<h1>Congratulations!</h1><h2>My App</h2><table><tr><th id="a">Client ID</th><th id="b">Client Secret</th></tr>
      <tr><td><input readonly aria-labelledby="a" value="${CLIENT_ID}"></td><td><input readonly aria-labelledby="b" value="${SECRET}"></td></tr></table>`;
    expect(readCredentials(document)).toMatchObject({ clientId: CLIENT_ID, clientSecret: SECRET });
  });
});
