/** The vendor hand-off: templates, the page it may fill, the validator's word on bad sections, and the strict field finder. */
import { describe, expect, it } from 'vitest';
import { fillFields } from '@/core/handoff/fill-fields';
import { GENERIC_HAND_OFF } from '@/core/handoff/generic';
import { handOffPageProblem, resolveHandOff, resolveHandOffPage, type HandOffSource } from '@/core/handoff/resolve';
import { loadBuiltinPresets } from '@/core/presets/builtin';
import { partOf } from '@/core/presets/parts';
import { validatePreset } from '@/core/presets/validate';

const sphere = loadBuiltinPresets().presets.find((p) => p.id === 'sphereshield-webex-meetings')!;
const citrixPreset = loadBuiltinPresets().presets.find((p) => p.id === 'citrix-microapps-webex')!;
const citrix = { ...citrixPreset, handOff: partOf(citrixPreset, 'server').handOff };
const source: HandOffSource = {
  credentials: {
    integrationName: 'SphereShield',
    clientId: 'C0123',
    clientSecret: 's3cr3t',
    integrationId: 'Y2lz',
    oauthUrl: 'https://webexapis.com/v1/authorize?client_id=C0123',
  },
  redirectUri: 'https://ap.fiji.agat.world/account/webexauth',
  tokens: null,
};
const values = { accessPortalUrl: 'https://ap.fiji.agat.world', externalPortalUrl: 'https://env29.agatcloud.com' };

describe('resolveHandOff', () => {
  it('fills SphereShield’s template from the credentials and parameters, the secret marked', () => {
    const r = resolveHandOff(sphere.handOff!, sphere.parameters, values, source);
    expect(r.ok && r.value.page).toEqual({
      url: 'https://ap.fiji.agat.world/account/webexauth',
      origin: 'https://ap.fiji.agat.world',
      path: '/account/webexauth',
    });
    expect(r.ok && r.value.fields.map((f) => [f.label, f.value, f.secret])).toEqual([
      ['Client ID', 'C0123', false],
      ['Client Secret', 's3cr3t', true],
      ['Integration ID', 'Y2lz', false],
      ['External Portal Web API URL', 'https://env29.agatcloud.com', false],
    ]);
  });

  it('names a missing parameter by its label and path, and a credential not captured', () => {
    const r = resolveHandOff(
      sphere.handOff!,
      sphere.parameters,
      { accessPortalUrl: values.accessPortalUrl },
      {
        ...source,
        credentials: { ...source.credentials, integrationId: null },
      },
    );
    expect(!r.ok && r.problems).toEqual([
      { path: 'handOff.fields[2].value', message: 'the Integration ID is not known yet' },
      { path: 'values.externalPortalUrl', message: 'External Portal Web API URL is needed for the vendor page' },
    ]);
  });

  it('the page is known even while a field’s value is still missing', () => {
    expect(
      resolveHandOffPage(sphere.handOff!, sphere.parameters, { accessPortalUrl: values.accessPortalUrl })?.url,
    ).toBe('https://ap.fiji.agat.world/account/webexauth');
    expect(resolveHandOffPage(sphere.handOff!, sphere.parameters, {})).toBeNull();
  });

  it('Citrix has no page: it applies on any page of the sites its origins allow', () => {
    const r = resolveHandOff(citrix.handOff!, citrix.parameters, {}, source);
    expect(r.ok && r.value.page).toBeNull();
    expect(r.ok && r.value.fields.map((f) => f.label)).toEqual(['Client ID', 'Client secret']);
  });

  it('the generic hand-off leaves out what is not known (no tokens yet)', () => {
    const r = resolveHandOff(GENERIC_HAND_OFF, [], {}, source, { skipUnknown: true });
    expect(r.ok && r.value.fields.map((f) => f.label)).toEqual([
      'Client ID',
      'Client Secret',
      'Integration ID',
      'Redirect URI',
      'OAuth URL',
    ]);
  });
});

describe('handOffPageProblem: only the page the template names', () => {
  const page = {
    url: 'https://ap.fiji.agat.world/account/webexauth',
    origin: 'https://ap.fiji.agat.world',
    path: '/account/webexauth',
  };
  it.each([
    ['https://ap.fiji.agat.world/account/webexauth', null],
    ['https://ap.fiji.agat.world/account/webexauth/?x=1#top', null],
    [
      'https://ap.fiji.agat.world.evil.example/account/webexauth',
      'this tab is on https://ap.fiji.agat.world.evil.example',
    ],
    ['http://ap.fiji.agat.world/account/webexauth', 'this tab is on http://ap.fiji.agat.world'],
    ['https://ap.fiji.agat.world:8443/account/webexauth', 'this tab is on https://ap.fiji.agat.world:8443'],
    ['https://ap.fiji.agat.world/account/other', 'this tab is on https://ap.fiji.agat.world/account/other'],
    [undefined, 'this tab’s address is not readable'],
  ])('%s', (url, problem) => {
    const result = handOffPageProblem(page, url);
    if (problem === null) expect(result).toBeNull();
    else expect(result).toContain(problem);
  });
});

describe('the validator on hand-off sections', () => {
  const doc = (handOff: unknown, extra: Record<string, unknown> = {}) => ({
    schemaVersion: 2,
    id: 'acme',
    name: 'Acme',
    vendor: 'Acme',
    source: 'Guide',
    portal: 'developer.webex.com',
    parameters: [{ key: 'host', label: 'Acme host', kind: 'url', example: 'https://acme.example.com' }],
    integration: { name: 'Acme', description: 'D', redirectUris: ['{host}/cb'], scopes: ['spark:kms'] },
    handOff,
    ...extra,
  });
  const problems = (d: unknown) => {
    const r = validatePreset(d);
    return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
  };

  it('accepts a URL built on a URL parameter', () => {
    expect(
      problems(doc({ url: '{host}/settings/webex', fields: [{ labels: ['Client ID'], value: '{clientId}' }] })),
    ).toEqual([]);
  });
  it.each([
    [
      { url: 'http://acme.example.com/x', fields: [{ labels: ['A'], value: '{clientId}' }] },
      'handOff.url: resolves to http://acme.example.com/x, which is not https',
    ],
    [
      { url: 'ftp://acme.example.com/x', fields: [{ labels: ['A'], value: '{clientId}' }] },
      'handOff.url: resolves to ftp://acme.example.com/x, which is not https',
    ],
    [
      { url: 'acme.example.com/x', fields: [{ labels: ['A'], value: '{clientId}' }] },
      'handOff.url: resolves to "acme.example.com/x", which is not an absolute URL',
    ],
    [
      { url: '{host}/x?secret={clientSecret}', fields: [{ labels: ['A'], value: '{clientId}' }] },
      'handOff.url: {clientSecret} may not be part of a URL',
    ],
    [
      { fields: [{ labels: ['A'], value: '{clientSecrt}' }] },
      'handOff.fields[0].value: placeholder {clientSecrt} is neither a parameter nor one of',
    ],
    [{ fields: [] }, 'handOff.fields: '],
    [{ fields: [{ labels: [], value: '{clientId}' }] }, 'handOff.fields[0].labels: '],
    [{ fields: [{ labels: ['A'], value: '{clientId}' }], target: '_blank' }, 'handOff: '],
  ])('rejects %j', (handOff, expected) => {
    expect(problems(doc(handOff)).join('\n')).toContain(expected);
  });
  it('a parameter used only by the hand-off counts as used', () => {
    const d = doc(
      { fields: [{ labels: ['Site'], value: '{site}' }] },
      {
        parameters: [
          { key: 'host', label: 'Acme host', kind: 'url', example: 'https://acme.example.com' },
          { key: 'site', label: 'Site', kind: 'text', required: false },
        ],
      },
    );
    expect(problems(d)).toEqual([]);
  });
});

describe('fillFields: by the field’s own label, strictly', () => {
  const page = (html: string) => {
    document.body.innerHTML = `<form>${html}</form>`;
    return document;
  };
  const orders = [
    { label: 'Client ID', labels: ['Client ID'], value: 'C0123' },
    { label: 'Client Secret', labels: ['Client Secret'], value: 's3cr3t' },
  ];

  it('fills a row-header layout and a password field, with input events', () => {
    const doc = page(`<table><tr><th>Client ID</th><td><input name="a"></td></tr>
      <tr><th>Client Secret</th><td><input type="password" name="b"></td></tr></table>`);
    const seen: string[] = [];
    doc.addEventListener('input', (e) => seen.push((e.target as HTMLInputElement).name));
    expect(fillFields(doc, orders, { dryRun: false }).map((r) => r.outcome)).toEqual(['filled', 'filled']);
    expect(seen).toEqual(['a', 'b']);
    expect(fillFields(doc, orders, { dryRun: false }).map((r) => r.outcome)).toEqual(['already', 'already']);
  });

  it('never puts the secret under the wrong label: help text between label and field means "not found"', () => {
    const doc = page(
      `<div>Client ID</div><input name="a"><div>Client Secret</div><p>Keep it safe.</p><input name="b">`,
    );
    const [id, secret] = fillFields(doc, orders, { dryRun: false });
    expect(id!.outcome).toBe('filled');
    expect(secret!.outcome).toBe('not-found');
    expect((doc.querySelector('[name=b]') as HTMLInputElement).value).toBe('');
  });

  it('two fields labelled alike are reported, neither filled', () => {
    const doc = page(`<label>Client Secret <input name="a"></label><label>Client Secret <input name="b"></label>`);
    expect(fillFields(doc, orders.slice(1), { dryRun: false })[0]).toMatchObject({
      outcome: 'ambiguous',
      detail: '2 fields are labelled like this',
    });
    expect([...doc.querySelectorAll('input')].map((i) => i.value)).toEqual(['', '']);
  });

  it('no substring: "Client ID prefix" and "Secret notes" are not "Client ID" and "Client Secret"', () => {
    const doc = page(
      `<label for="x">Client ID prefix</label><input id="x"><label for="y">Secret notes</label><textarea id="y"></textarea>`,
    );
    expect(fillFields(doc, orders, { dryRun: false }).map((r) => r.outcome)).toEqual(['not-found', 'not-found']);
  });

  it('never contenteditable, never hidden, never read-only', () => {
    const doc = page(`<span id="l">Client ID</span><div contenteditable="true" aria-labelledby="l"></div>
      <label>Client Secret <input name="s" readonly></label><label hidden>Client ID <input name="h"></label>`);
    expect(fillFields(doc, orders, { dryRun: false }).map((r) => r.outcome)).toEqual(['not-found', 'read-only']);
    expect(doc.querySelector('[contenteditable]')!.textContent).toBe('');
  });

  it('a dry run finds without writing, and needs no values', () => {
    const doc = page(`<label>Client ID <input name="a"></label>`);
    expect(fillFields(doc, [{ label: 'Client ID', labels: ['Client ID'] }], { dryRun: true })[0]!.outcome).toBe(
      'found',
    );
    expect(doc.querySelector('input')!.value).toBe('');
  });
});
