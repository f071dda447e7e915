/**
 * The page outline: what it must never contain (each test names it), what it keeps, its size
 * bound, and that an outline loads back (DOMParser, shadow roots included) for the fill to run on.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { buildOutline, maskPrivate } from '@/core/outline/build-outline';
import { readOutlineHeader } from '@/core/outline/header';
import { loadOutline } from '../support/replay-outline';

const HEADER = {
  version: '0.1.0',
  host: 'developer.webex.com',
  page: 'result' as const,
  date: '2026-11-23T19:00:00.000Z',
};
const CLIENT_ID = `C${'3f9a'.repeat(16)}`;
const SECRET = '9c1e'.repeat(16);
const INTEGRATION_ID = btoa('ciscospark://us/APPLICATION/6f1c2a3b-1111-4222-8333-944455556666').replace(/=+$/, '');
const TOKEN = `${'Zm9vYmFyYmF6'.repeat(4)}_P0A1_a5f91689-712e-402d-aa9f-0e4101389783`;

function page(html: string): Document {
  document.body.innerHTML = html; // the test's own fixture, not page data
  return document;
}

const SECRET_PAGE = `
  <header class="top"><span class="user">Ada Lovelace</span> <a href="mailto:ada@corp.example">ada@corp.example</a></header>
  <main>
    <form class="integration form extra" data-user="ada@corp.example" style="color:red" onsubmit="steal()">
      <label for="n">Integration name</label><input id="n" name="name" value="Private project" maxlength="100">
      <label for="d">Description</label><textarea id="d">Our secret plan</textarea>
      <label><input type="checkbox" checked> spark:kms</label>
      <input type="hidden" name="csrf" value="csrf-token-value-123">
      <div data-token="${TOKEN}" data-secret="${SECRET}">Keep it safe</div>
      <a href="javascript:alert(document.cookie)">Learn more</a>
      <img src="https://cdn.example/avatar/ada.png" alt="avatar">
      <script>window.leak = 1</script><iframe src="https://evil.example"></iframe>
      <h1>Congratulations! 🎉</h1>
      <dl><dt>Client ID</dt><dd>${CLIENT_ID}</dd>
        <dt>Client Secret</dt><dd><code>${SECRET}</code></dd>
        <dt>Integration ID</dt><dd>${INTEGRATION_ID}</dd>
        <dt>OAuth Authorization URL</dt><dd>https://webexapis.com/v1/authorize?client_id=${CLIENT_ID}&amp;response_type=code</dd>
        <dt>Token</dt><dd>${TOKEN}</dd>
        <dt>Contact</dt><dd>Mail ada.lovelace@corp.example for help</dd></dl>
      <button type="submit">Add Integration</button>
    </form>
  </main>`;

describe('the outline never contains', () => {
  let html = '';
  beforeEach(() => {
    html = buildOutline(page(SECRET_PAGE), HEADER).html;
    (document.querySelector('#n') as HTMLInputElement).value = 'typed by the user';
  });
  it('an input value (typed or from markup)', () => {
    expect(html).not.toContain('Private project');
    expect(html).not.toContain('csrf-token-value-123');
    expect(buildOutline(document, HEADER).html).not.toContain('typed by the user');
  });
  it('a textarea value', () => expect(html).not.toContain('Our secret plan'));
  it('the Client Secret, even in a <code> element', () => expect(html).not.toContain(SECRET));
  it('the Client ID, on its own or inside the OAuth URL', () => expect(html).not.toContain(CLIENT_ID));
  it('the Integration ID', () => expect(html).not.toContain(INTEGRATION_ID));
  it('a token, in text or in a data-* attribute', () => {
    expect(html).not.toContain(TOKEN);
    expect(html).not.toContain('data-token');
    expect(html).not.toContain('data-secret');
  });
  it('the user’s name or email: the header is outside the form region, emails are masked everywhere', () => {
    expect(html).not.toContain('Ada Lovelace');
    expect(html).not.toContain('ada@corp.example');
    expect(html).not.toContain('ada.lovelace@corp.example');
  });
  it('a javascript: href, or any real href or src', () => {
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('cdn.example');
    expect(html).not.toContain('evil.example');
  });
  it('scripts, iframes, styles or event handlers', () => {
    expect(html).not.toMatch(/<script|<iframe|style=|onsubmit|steal\(\)/);
  });
  it('class tokens beyond the first two', () => expect(html).toContain('class="integration form"'));
});

describe('the outline keeps', () => {
  it('labels, headings, buttons, scope names, ids, for, name, maxlength, the live checked state', () => {
    const doc = page(SECRET_PAGE);
    (doc.querySelector('input[type=checkbox]') as HTMLInputElement).checked = false;
    const html = buildOutline(doc, HEADER).html;
    for (const kept of [
      'Integration name',
      'Add Integration',
      'spark:kms',
      'Congratulations!',
      'for="n"',
      'id="n"',
      'name="name"',
      'maxlength="100"',
    ])
      expect(html).toContain(kept);
    expect(html).not.toMatch(/<input type="checkbox" checked/);
    expect(html).toContain(`C${'0'.repeat(64)}`); // the Client ID's placeholder keeps its shape
  });

  it('its header first: version, host, page kind, date', () => {
    const html = buildOutline(page('<form><label>Integration name <input></label></form>'), HEADER).html;
    expect(html.split('\n')[0]).toMatch(/^<!-- webex-helper-outline \{.*\} -->$/);
    expect(readOutlineHeader(html)).toEqual(HEADER);
  });

  it('placeholders of the same shape', () => {
    expect(maskPrivate(CLIENT_ID)).toBe(`C${'0'.repeat(64)}`);
    expect(maskPrivate(SECRET)).toBe('0'.repeat(64));
    expect(maskPrivate(INTEGRATION_ID)).toHaveLength(INTEGRATION_ID.length);
    expect(maskPrivate(TOKEN)).toMatch(/^x+_P0A1_00000000-0000-0000-0000-000000000000$/);
    expect(maskPrivate(TOKEN)).toHaveLength(TOKEN.length);
  });
});

describe('size and shadow roots', () => {
  it('is cut at the bound, and says so', () => {
    const rows = Array.from(
      { length: 4000 },
      (_, i) => `<label><input type="checkbox"> scope:${i} a description of this scope</label>`,
    ).join('');
    const outline = buildOutline(page(`<form>${rows}</form>`), HEADER, 50_000);
    expect(outline.cut).toBe(true);
    expect(outline.bytes).toBeLessThanOrEqual(50_000);
    expect(outline.html).toContain('<!-- cut: the page region was larger than 50000 bytes');
    expect(readOutlineHeader(outline.html)?.cut).toBe(true);
  });

  it('open shadow roots come out as <template shadowrootmode="open"> and load back as shadow roots', () => {
    const doc = page('<form><scope-row></scope-row><button>Add Integration</button></form>');
    const host = doc.querySelector('scope-row')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<label><input type="checkbox"> spark:kms</label>'; // fixture
    const html = buildOutline(doc, HEADER).html;
    expect(html).toContain(
      '<scope-row><template shadowrootmode="open"><label><input type="checkbox"> spark:kms</label></template></scope-row>',
    );
    loadOutline(html, document);
    expect(document.querySelector('scope-row')!.shadowRoot!.textContent).toContain('spark:kms');
    expect(document.querySelector('template')).toBeNull();
  });
});
