/** Organisation presets by policy, the custom store's safety, imports with a preview, duplicates. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuiltinPresets } from '@/core/presets/builtin';
import {
  CUSTOM_PRESETS_KEY,
  deleteCustomPreset,
  discardUnreadable,
  loadCustomPresets,
  saveCustomPreset,
  saveCustomPresets,
} from '@/core/presets/custom-store';
import { duplicateDraft, mergeLibrary, planImport } from '@/core/presets/library';
import { loadOrgPresets } from '@/core/presets/managed';
import { loadOrgDefaults } from '@/core/presets/org-defaults';
import { normalizeSettings } from '@/core/settings';
import {
  BUILTIN_PATH,
  builtinText,
  managedSchemaText,
  MANAGED_SCHEMA_PATH,
  SCOPE_NAMES_PATH,
  scopeNamesText,
} from '../../scripts/presets-schema';

const builtins = loadBuiltinPresets().presets;
const ccbi = builtins.find((p) => p.id === 'bs-ccbi')!;
const doc = (id: string, scopes = ['spark:kms'], version = 2): Record<string, unknown> => ({
  schemaVersion: version,
  id,
  name: `Preset ${id}`,
  vendor: 'V',
  source: 'S',
  portal: 'developer.webex.com',
  integration: { name: 'N', description: 'D', redirectUris: ['https://x.example.com/cb'], scopes },
});

function area(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    get: async (k: string) => (k in data ? { [k]: structuredClone(data[k]) } : {}),
    set: async (items: Record<string, unknown>) => {
      await new Promise((r) => setTimeout(r, Math.random() * 5)); // writes land in any order
      Object.assign(data, structuredClone(items));
    },
  };
}
const managed = (value: Record<string, unknown> | Error) => ({
  get: async () => {
    if (value instanceof Error) throw value;
    return value;
  },
});

describe('organisation presets (storage.managed)', () => {
  it('validates each preset; an invalid one is listed with its problems and never hides the valid ones', async () => {
    const bad = { ...doc('org-bad'), integration: { ...(doc('x').integration as object), scopes: ['spark:kmz'] } };
    const org = await loadOrgPresets(managed({ presets: [doc('org-a'), bad, doc('org-b', ['spark:kms'], 1)] }));
    expect(org.presets.map((p) => p.id)).toEqual(['org-a', 'org-b']); // version 1 migrated
    expect(org.broken).toEqual([
      {
        index: 1,
        id: 'org-bad',
        problems: [{ path: 'integration.scopes[0]', message: expect.stringContaining('did you mean spark:kms?') }],
      },
    ]);
  });

  it('no policy is nothing: Chrome answers {}, Firefox throws', async () => {
    expect((await loadOrgPresets(managed({}))).presets).toEqual([]);
    expect(await loadOrgPresets(managed(new Error('Managed storage manifest not found')))).toMatchObject({
      presets: [],
      broken: [],
    });
    expect(await loadOrgDefaults(managed(new Error('no policy')))).toEqual({});
  });

  it('defaults: valid ones used, wrong types ignored and said; the user’s own settings win', async () => {
    const org = await loadOrgPresets(
      managed({ defaults: { clipboardClearSeconds: 10, exactMode: 'yes', hideBuiltinPresets: true } }),
    );
    expect(org.defaults).toEqual({ clipboardClearSeconds: 10, hideBuiltinPresets: true });
    expect(org.defaultsProblem).toContain('exactMode');
    expect(normalizeSettings(undefined, org.defaults).clipboardClearSeconds).toBe(10);
    expect(normalizeSettings({ clipboardClearSeconds: 60 }, org.defaults).clipboardClearSeconds).toBe(60);
    expect(normalizeSettings(undefined, { forgetAfterMinutes: 7 }).forgetAfterMinutes).toBe(60); // not a choice
  });

  it('the library: organisation first, then the user’s, then built-in (hidden on request), one per id', () => {
    const org = [{ ...ccbi, name: 'Org CCBI' }];
    const lib = mergeLibrary(org, [], builtins);
    expect(lib[0]).toMatchObject({ origin: 'organisation', preset: { name: 'Org CCBI' } });
    expect(lib.filter((e) => e.preset.id === ccbi.id)).toHaveLength(1);
    expect(mergeLibrary(org, [], builtins, { hideBuiltins: true }).map((e) => e.origin)).toEqual(['organisation']);
  });

  it('core/presets/builtin-presets.json (what the extension reads) is every scope-presets file, validated, and up to date', () => {
    expect(readFileSync(BUILTIN_PATH, 'utf8')).toBe(builtinText());
    expect(loadBuiltinPresets().presets.map((p) => p.id)).toContain('sphereshield-webex-meetings');
  });

  it('core/catalog/scope-names.json (what the validator reads) is generated from the catalog and up to date', () => {
    expect(readFileSync(SCOPE_NAMES_PATH, 'utf8')).toBe(scopeNamesText());
  });

  it('public/managed-schema.json is generated and up to date, and describes every preset field (Chrome drops the rest)', () => {
    expect(readFileSync(MANAGED_SCHEMA_PATH, 'utf8')).toBe(managedSchemaText());
    const schema = JSON.parse(managedSchemaText());
    const preset = schema.properties.presets.items;
    expect(Object.keys(preset.properties)).toEqual(
      expect.arrayContaining(['schemaVersion', 'id', 'integration', 'handOff', 'vendorNeeds']),
    );
    expect(Object.keys(preset.properties.integration.properties)).toEqual(
      expect.arrayContaining(['scopes', 'redirectUris']),
    );
    expect(preset.properties.schemaVersion).toEqual({ type: 'integer' }); // older versions reach the migration
    expect(JSON.stringify(schema)).not.toMatch(/minLength|maxLength|\$schema|"const"/);
  });
});

describe('custom store: never loses an edit', () => {
  it('two saves at once (two options pages) both land: each write is against the latest value', async () => {
    const a = area();
    await Promise.all([
      saveCustomPreset(a, doc('one'), []),
      saveCustomPreset(a, doc('two'), []),
      deleteCustomPreset(a, 'none'),
    ]);
    expect((await loadCustomPresets(a)).presets.map((p) => p.id).sort()).toEqual(['one', 'two']);
  });

  it('a page that loaded before another saved still keeps the other’s preset when it saves', async () => {
    const a = area();
    const stalePageView = await loadCustomPresets(a); // page B opened, sees nothing
    await saveCustomPreset(a, doc('from-page-a'), []);
    expect(stalePageView.presets).toEqual([]);
    await saveCustomPreset(a, doc('from-page-b'), []);
    expect((await loadCustomPresets(a)).presets.map((p) => p.id)).toEqual(['from-page-a', 'from-page-b']);
  });

  it('migrates every stored version: 0 (single redirectUri), 1 and 2 are read as 3', async () => {
    const v0 = {
      ...doc('v0', ['spark:kms'], 0),
      integration: {
        name: 'N',
        description: 'D',
        redirectUri: 'https://x.example.com/cb',
        scopes: ['spark:kms', 'spark:people_read?'],
      },
    };
    const a = area({ [CUSTOM_PRESETS_KEY]: { version: 1, presets: [v0, doc('v1', ['spark:kms'], 1), doc('v2')] } });
    const { presets, broken } = await loadCustomPresets(a);
    expect(broken).toEqual([]);
    expect(presets.map((p) => [p.id, p.schemaVersion])).toEqual([
      ['v0', 3],
      ['v1', 3],
      ['v2', 3],
    ]);
    expect(presets[0]!.integration!.optionalScopes).toEqual(['spark:people_read']);
  });

  it.each([
    ['not a list', 'garbage'],
    ['a number', 42],
    ['an object without presets', { hello: 'world' }],
  ])(
    'corrupt storage (%s): nothing valid, listed as needing repair with its raw JSON, and a save keeps it',
    async (_label, raw) => {
      const a = area({ [CUSTOM_PRESETS_KEY]: raw });
      const load = await loadCustomPresets(a);
      expect(load.presets).toEqual([]);
      expect(load.broken).toEqual([expect.objectContaining({ id: '(stored presets)', raw })]);
      await saveCustomPreset(a, doc('new'), []);
      const after = await loadCustomPresets(a);
      expect(after.presets.map((p) => p.id)).toEqual(['new']);
      expect(after.broken[0]!.raw).toEqual(raw); // still there, never silently overwritten
      await discardUnreadable(a); // only when the user says so
      expect((await loadCustomPresets(a)).broken).toEqual([]);
    },
  );

  it('wrong types and a future schema version: the valid presets load, the rest need repair with their raw JSON', async () => {
    const future = { ...doc('future'), schemaVersion: 9 };
    const a = area({ [CUSTOM_PRESETS_KEY]: { version: 1, presets: [doc('good'), { id: 5, name: [] }, future] } });
    const { presets, broken } = await loadCustomPresets(a);
    expect(presets.map((p) => p.id)).toEqual(['good']);
    expect(broken.map((b) => [b.id, b.raw])).toEqual([
      ['5', { id: 5, name: [] }],
      ['future', future],
    ]);
    expect(broken[1]!.problems[0]!.message).toContain('newer version of the extension');
  });

  it('a store written by a newer version is shown but never written over', async () => {
    const a = area({ [CUSTOM_PRESETS_KEY]: { version: 7, presets: [doc('kept')] } });
    expect((await loadCustomPresets(a)).newerStore).toBe(7);
    const r = await saveCustomPreset(a, doc('new'), []);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]!.message).toContain('newer version of the extension (store version 7)');
    expect(a.data[CUSTOM_PRESETS_KEY]).toEqual({ version: 7, presets: [doc('kept')] });
  });
});

describe('import with a preview, duplicate', () => {
  it('plans added, replaced (with the scope diff) and rejected (with paths), saving nothing', async () => {
    const existing = (
      await loadCustomPresets(
        area({ [CUSTOM_PRESETS_KEY]: { version: 1, presets: [doc('mine', ['spark:kms', 'spark:people_read'])] } }),
      )
    ).presets;
    const plan = planImport(
      [
        doc('new-one'),
        doc('mine', ['spark:kms', 'meeting:schedules_read']),
        { ...doc('broken'), portal: 'example.com' },
        doc(ccbi.id),
      ],
      existing,
      [ccbi.id],
    );
    expect(plan.added.map((a) => a.id)).toEqual(['new-one']);
    expect(plan.replaced).toEqual([
      expect.objectContaining({
        id: 'mine',
        scopesAdded: ['meeting:schedules_read'],
        scopesRemoved: ['spark:people_read'],
      }),
    ]);
    expect(plan.rejected.map((r) => [r.label, r.problems[0]!.path])).toEqual([
      ['[2] broken', 'portal'],
      [`[3] ${ccbi.id}`, 'id'],
    ]);
    const a = area({
      [CUSTOM_PRESETS_KEY]: { version: 1, presets: [doc('mine', ['spark:kms', 'spark:people_read'])] },
    });
    await saveCustomPresets(a, [...plan.added, ...plan.replaced]);
    const after = await loadCustomPresets(a);
    expect(after.presets.map((p) => [p.id, p.integration!.scopes])).toEqual([
      ['new-one', ['spark:kms']],
      ['mine', ['spark:kms', 'meeting:schedules_read']],
    ]);
  });

  it('a single preset (not a list) imports too', () => {
    expect(planImport(doc('solo'), [], []).added.map((a) => a.id)).toEqual(['solo']);
  });

  it('duplicate gives a fresh id and keeps everything else', () => {
    const copy = duplicateDraft(ccbi, new Set([ccbi.id, `${ccbi.id}-copy`]));
    expect(copy.id).toBe(`${ccbi.id}-copy-2`);
    expect(copy.name).toBe(`${ccbi.name} (copy)`);
    expect(copy.integration).toEqual(ccbi.integration);
  });
});
