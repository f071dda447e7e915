/**
 * Presets for the vendors admins meet: bundles of integrations, feature groups, the scope catalog
 * that learns from the portal, and the near misses a preset's author makes.
 */
import { describe, expect, it } from 'vitest';
import { mergeOffered, readLearned, sanitizeOffered, EMPTY_LEARNED } from '@/core/catalog/learned';
import { pickerScopes } from '@/core/catalog/scope-list';
import { resolveHandOff } from '@/core/handoff/resolve';
import { applyPreset } from '@/core/fill/apply-preset';
import { assembleBundleHandOver, handOverEnv, handOverJson, handOverText } from '@/core/oauth/hand-over';
import { loadBuiltinPresets } from '@/core/presets/builtin';
import { choosePart, nextPart } from '@/core/presets/choose-part';
import { fillRequestOf } from '@/core/presets/fill-request';
import { partLabel, partOf, partsOf } from '@/core/presets/parts';
import { resolvePreset } from '@/core/presets/resolve-preset';
import { nearMiss, scopeProblem, shippedScopes, withLearned } from '@/core/presets/scope-rules';
import { validatePreset } from '@/core/presets/validate';
import type { CaptureRecord } from '@/core/session/credentials-store';

const builtins = loadBuiltinPresets().presets;
const ccbi = builtins.find((p) => p.id === 'bs-ccbi')!;
const splunk = builtins.find((p) => p.id === 'splunk-ta-cisco-webex')!;

const capture = (clientId: string, part?: { key: string; index: number }): CaptureRecord => ({
  credentials: {
    integrationName: 'CCBI for Webex',
    clientId,
    clientSecret: `secret-${clientId}`,
    integrationId: null,
    oauthUrl: null,
    portal: 'developer.webex.com',
    capturedAt: 1,
  },
  applied: {
    presetId: 'bs-ccbi',
    presetName: ccbi.name,
    portal: 'developer.webex.com',
    scopes: [],
    optionalScopes: [],
    redirectUris: ['https://oauth.pstmn.io/v1/callback'],
    appliedAt: 1,
    ...(part && { part: { ...part, title: partOf(ccbi, part.key).title, count: 2 } }),
  },
  tabId: 1,
  expiresAt: 10,
});

const bundle = (change: (d: Record<string, unknown>) => void = () => {}) => {
  const doc = JSON.parse(JSON.stringify(ccbi)) as Record<string, unknown>;
  change(doc);
  return doc;
};
const problemsOf = (doc: unknown) => {
  const r = validatePreset(doc);
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('bundles: several integrations, created one after another', () => {
  it('CCBI is one preset of two integrations, each on its own portal', () => {
    expect(partsOf(ccbi).map((p) => [partLabel(p), p.portal])).toEqual([
      ['Integration 1 of 2: Webex Calling', 'developer.webex.com'],
      ['Integration 2 of 2: Webex Contact Center', 'developer.webex-cx.com'],
    ]);
    const cc = resolvePreset(ccbi, { customerName: 'Acme' }, { part: 'contactCenter' });
    expect(cc.ok && cc.value.scopes).toEqual(['cjp:config', 'cjp:config_write', 'cjp:config_read']);
    const request = fillRequestOf(ccbi, partOf(ccbi, 'contactCenter'), cc.ok ? cc.value : (undefined as never));
    expect(request).toMatchObject({
      portal: 'developer.webex-cx.com',
      part: { key: 'contactCenter', title: 'Webex Contact Center', index: 1, count: 2 },
    });
  });

  it('a bundle is never also one integration, holds at least two, and each has its own key', () => {
    expect(problemsOf(bundle((d) => (d.portal = 'developer.webex.com')))).toEqual([
      'portal: a bundle ("integrations") has its portal in each integration: move it into integrations[…], or remove "integrations"',
    ]);
    expect(problemsOf(bundle((d) => (d.integrations = (d.integrations as unknown[]).slice(0, 1))))).toEqual([
      'integrations: a bundle holds at least two integrations; for one, write "portal" and "integration" instead',
    ]);
    expect(problemsOf(bundle((d) => ((d.integrations as Array<Record<string, unknown>>)[1]!.key = 'calling')))).toEqual(
      ['integrations[1].key: "calling" names two integrations; keys must differ'],
    );
  });

  it('a hand-off value may name another integration of the bundle, {key.clientId}, and no other', () => {
    const withHandOff = (value: string) =>
      bundle((d) => {
        (d.integrations as Array<Record<string, unknown>>)[0]!.handOff = {
          url: 'https://vendor.example.com/setup',
          fields: [{ labels: ['Contact Center client ID'], value }],
        };
      });
    expect(problemsOf(withHandOff('{contactCenter.clientId}'))).toEqual([]);
    expect(problemsOf(withHandOff('{billing.clientId}'))[0]).toMatch(
      /^integrations\[0\]\.handOff\.fields\[0\]\.value: placeholder \{billing\.clientId\} is neither a parameter nor one of/,
    );
    const r = resolveHandOff(
      {
        url: 'https://vendor.example.com/setup',
        fields: [{ labels: ['CC'], value: '{contactCenter.clientSecret}' }],
        notes: [],
      },
      [],
      {},
      {
        credentials: capture('C1').credentials,
        redirectUri: null,
        tokens: null,
        siblings: { contactCenter: { credentials: capture('C2').credentials, redirectUri: null, tokens: null } },
      },
    );
    expect(r.ok && r.value.fields).toEqual([{ label: 'CC', labels: ['CC'], value: 'secret-C2', secret: true }]);
  });

  it('the popup offers the integration not created yet whose portal the tab is on, then the next one', () => {
    expect(choosePart(ccbi, undefined, [], 'developer.webex-cx.com').key).toBe('contactCenter');
    expect(choosePart(ccbi, undefined, [], 'developer.webex.com').key).toBe('calling');
    const created = [capture('C1', { key: 'calling', index: 0 })];
    expect(choosePart(ccbi, undefined, created, 'developer.webex.com').key).toBe('contactCenter');
    expect(nextPart(ccbi, created)?.key).toBe('contactCenter');
    expect(nextPart(ccbi, [...created, capture('C2', { key: 'contactCenter', index: 1 })])).toBeNull();
  });

  it('"Copy for the vendor" holds each integration’s values under its title and key', () => {
    const source = (id: string) => ({
      integrationName: 'CCBI for Webex',
      clientId: id,
      clientSecret: `s-${id}`,
      integrationId: null,
      oauthUrl: null,
      redirectUri: null,
      scopes: null,
      orgId: null,
      tokens: null,
    });
    const h = assembleBundleHandOver([
      { key: 'calling', title: 'Webex Calling', needs: ['clientId', 'clientSecret'], source: source('C1') },
      {
        key: 'contactCenter',
        title: 'Webex Contact Center',
        needs: ['clientId', 'clientSecret'],
        source: source('C2'),
      },
    ]);
    expect(handOverText(h)).toBe(
      [
        'Webex Calling: Client ID: C1',
        'Webex Calling: Client Secret: s-C1',
        'Webex Contact Center: Client ID: C2',
        'Webex Contact Center: Client Secret: s-C2',
      ].join('\n'),
    );
    expect(JSON.parse(handOverJson(h))).toEqual({
      calling: { clientId: 'C1', clientSecret: 's-C1' },
      contactCenter: { clientId: 'C2', clientSecret: 's-C2' },
    });
    expect(handOverEnv(h).split('\n')[2]).toBe('WEBEX_CONTACT_CENTER_CLIENT_ID=C2');
    const half = assembleBundleHandOver([
      { key: 'calling', title: 'Webex Calling', needs: ['clientId'], source: source('C1') },
      { key: 'contactCenter', title: 'Webex Contact Center', needs: ['clientId'], source: null },
    ]);
    expect(half.missing).toEqual([
      {
        item: 'clientId',
        label: 'Webex Contact Center',
        how: 'not created yet: fill it on the portal and click "Add Integration"',
      },
    ]);
  });
});

describe('feature groups', () => {
  it('the groups on by default are ticked; one switched off is not', () => {
    const defaults = resolvePreset(splunk, { splunkDomain: 'splunk.example.com' });
    expect(defaults.ok && defaults.value.scopes).toEqual(['meeting:admin_schedule_read', 'spark-admin:people_read']);
    const chosen = resolvePreset(
      splunk,
      { splunkDomain: 'splunk.example.com' },
      { groups: new Set(['auditEvents', 'meetingQualities']) },
    );
    expect(chosen.ok && chosen.value.scopes).toEqual([
      'audit:events_read',
      'spark:organizations_read',
      'analytics:read_all',
    ]);
  });

  it('exact mode unticks the scopes of a group switched off', async () => {
    const row = (scope: string, checked: boolean) =>
      `<div><input type="checkbox" id="${scope}" ${checked ? 'checked' : ''}><label for="${scope}">${scope}</label></div>`;
    document.body.innerHTML = `<main><form>
      <label for="n">Integration name</label><input id="n">
      <label for="d">App Hub Description</label><textarea id="d"></textarea>
      <label for="u">Redirect URI(s)</label><input id="u" type="url">
      <span>Scopes</span><div>${row('meeting:admin_schedule_read', true)}${row('spark-admin:people_read', true)}${row('audit:events_read', false)}${row('spark:organizations_read', false)}</div>
      <button type="submit">Add Integration</button></form></main>`;
    const r = resolvePreset(splunk, { splunkDomain: 'splunk.example.com' }, { groups: new Set(['auditEvents']) });
    const request = {
      ...fillRequestOf(splunk, partOf(splunk), r.ok ? r.value : (undefined as never)),
      exact: true,
      settleMs: 20,
    };
    const { report } = await applyPreset(document, request);
    expect(report.scopes.map((s) => [s.scope, s.status])).toEqual([
      ['audit:events_read', 'ticked'],
      ['spark:organizations_read', 'ticked'],
      ['meeting:admin_schedule_read', 'unticked'],
      ['spark-admin:people_read', 'unticked'],
    ]);
  });

  it('a group naming an unknown scope is checked like any scope, with its path', () => {
    const doc = JSON.parse(JSON.stringify(splunk));
    doc.integration.featureGroups[2].scopes[0] = 'Audit:events_read';
    expect(problemsOf(doc)).toEqual([
      'integration.featureGroups[2].scopes[0]: unknown scope "Audit:events_read" on developer.webex.com (wrong case): did you mean audit:events_read?',
    ]);
  });
});

describe('near misses are errors with the correction; a scope known nowhere is a warning', () => {
  const known = shippedScopes()['developer.webex.com'];
  it.each([
    ['Spark:all', 'spark:all', ['wrong case']],
    ['spark_memberships_write', 'spark:memberships_write', ['`_` for `:`']],
    ['spark_membership_write', 'spark:memberships_write', ['`_` for `:`', 'singular or plural']],
    ['spark:membership_read', 'spark:memberships_read', ['singular or plural']],
    ['admin_schedule_read', 'meeting:admin_schedule_read', ['missing prefix']],
    ['spark-compliance:meetings_writ', 'spark-compliance:meetings_write', ['spelling']],
  ])('%s → %s', (written, meant, kinds) => {
    expect(nearMiss(written, known)).toEqual({ scope: meant, kinds });
    expect(scopeProblem(written, 'developer.webex.com', shippedScopes())?.level).toBe('error');
  });

  it('meeting:summaries_read, added by Webex after the catalog was made: a warning, and the preset is saved', () => {
    const doc = JSON.parse(JSON.stringify(builtins.find((p) => p.id === 'calcom-webex')!));
    doc.integration.scopes.push('meeting:summaries_read');
    const r = validatePreset(doc);
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings).toEqual([
      {
        path: 'integration.scopes[2]',
        message:
          '"meeting:summaries_read" is not in the scope catalog nor seen on developer.webex.com yet; it is kept, and the fill reports whether the portal offers it',
      },
    ]);
  });
});

describe('the scope catalog that learns from the portal', () => {
  it('keeps scope-shaped names and plain, capped text only, never markup', () => {
    expect(
      sanitizeOffered([
        { scope: 'meeting:summaries_read', description: 'Read <img src=x onerror=alert(1)>summaries', disabled: false },
        { scope: '<b>spark:all</b>', description: 'x' },
        { scope: 'not a scope', description: 'x' },
        { scope: 'spark:kms', description: 'y'.repeat(1000), disabled: true },
        'garbage',
      ]),
    ).toEqual([
      { scope: 'meeting:summaries_read', description: 'Read summaries', disabled: false },
      { scope: 'spark:kms', description: 'y'.repeat(300), disabled: true },
    ]);
  });

  it('a corrupt stored catalog is ignored with a message, never fatal', () => {
    expect(readLearned({ version: 99 })).toMatchObject({
      catalog: EMPTY_LEARNED,
      problem: expect.stringMatching(/ignored/),
    });
    expect(readLearned('garbage').problem).toBeDefined();
    expect(readLearned(undefined)).toEqual({ catalog: EMPTY_LEARNED });
  });

  it('a scope the portal was seen to offer is known: no warning, and the picker shows the portal’s words and the day', () => {
    const learned = mergeOffered(
      EMPTY_LEARNED,
      'developer.webex.com',
      sanitizeOffered([
        {
          scope: 'meeting:summaries_read',
          description: 'Read the meeting summaries the AI Assistant writes',
          disabled: false,
        },
        { scope: 'spark:people_write', description: 'Update people in your organisation', disabled: false },
      ]),
      '2026-12-01',
    );
    const doc = JSON.parse(JSON.stringify(builtins.find((p) => p.id === 'calcom-webex')!));
    doc.integration.scopes.push('meeting:summaries_read');
    const r = validatePreset(doc, { known: withLearned(shippedScopes(), learned) });
    expect(r.ok && r.warnings).toBeUndefined();
    const picker = pickerScopes('developer.webex.com', learned);
    expect(picker.find((s) => s.scope === 'meeting:summaries_read')).toEqual({
      scope: 'meeting:summaries_read',
      description: 'Read the meeting summaries the AI Assistant writes',
      guessed: false,
      seenOn: '2026-12-01',
      disabled: false,
    });
    // The catalog's guess is marked as one until the portal's own words are seen.
    expect(
      pickerScopes('developer.webex.com', EMPTY_LEARNED).find((s) => s.scope === 'spark:people_write'),
    ).toMatchObject({
      guessed: true,
    });
    expect(picker.find((s) => s.scope === 'spark:people_write')).toMatchObject({
      guessed: false,
      description: 'Update people in your organisation',
    });
  });
});
