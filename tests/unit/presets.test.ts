import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuiltinPresets } from '@/core/presets/builtin';
import { allScopesOf, partOf, partsOf, portalsOf } from '@/core/presets/parts';
import { editDistance } from '@/core/presets/suggest';
import { resolvePreset } from '@/core/presets/resolve-preset';
import { validatePreset, validatePresetJson } from '@/core/presets/validate';
import { SCHEMA_PATH, schemaText } from '@/scripts/presets-schema';

const base = () => ({
  schemaVersion: 1,
  id: 'test-preset',
  name: 'Test',
  vendor: 'Vendor',
  source: 'a guide',
  portal: 'developer.webex.com',
  parameters: [{ key: 'host', label: 'Host URL', kind: 'url', example: 'https://ap.example.com', required: true }],
  integration: {
    name: 'Test app',
    description: 'Does things',
    redirectUris: ['{host}/callback'],
    scopes: ['spark:people_read'],
  },
});
type Doc = ReturnType<typeof base> & Record<string, unknown>;
const withChange = (change: (d: Doc) => void) => {
  const d = base() as Doc;
  change(d);
  return d;
};
const problems = (doc: unknown) => {
  const r = validatePreset(doc);
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('validatePreset', () => {
  it('accepts a well-formed preset', () => {
    expect(problems(base())).toEqual([]);
  });

  it.each([
    [
      'misspelt scope, suggests the right one',
      (d: Doc) => (d.integration.scopes = ['spark-compliance:meetings_writ']),
      'integration.scopes[0]: unknown scope "spark-compliance:meetings_writ" on developer.webex.com (spelling): did you mean spark-compliance:meetings_write?',
    ],
    [
      'scope case matters',
      (d: Doc) => (d.integration.scopes = ['identity:organization']),
      'integration.scopes[0]: unknown scope "identity:organization" on developer.webex.com (wrong case): did you mean Identity:Organization?',
    ],
    [
      'scope of the other portal',
      (d: Doc) => (d.integration.scopes = ['cjp:config']),
      'integration.scopes[0]: "cjp:config" is a developer.webex-cx.com scope; this integration is created on developer.webex.com',
    ],
    [
      'duplicate scope',
      (d: Doc) => (d.integration.scopes = ['spark:people_read', 'spark:people_read']),
      'integration.scopes[1]: "spark:people_read" is listed twice (first at integration.scopes[0])',
    ],
    [
      'duplicate across lists',
      (d: Doc) => ((d.integration as Record<string, unknown>).optionalScopes = ['spark:people_read']),
      'integration.optionalScopes[0]: "spark:people_read" is listed twice',
    ],
    [
      'relative redirect',
      (d: Doc) => (d.integration.redirectUris = ['/callback']),
      'integration.redirectUris[0]: "/callback" is not an absolute URI',
    ],
    ['plain http', (d: Doc) => (d.integration.redirectUris = ['http://app.example.com/cb']), 'only https is allowed'],
    ['whitespace', (d: Doc) => (d.integration.redirectUris = ['https://a.example.com/c b']), 'contains whitespace'],
    ['fragment', (d: Doc) => (d.integration.redirectUris = ['https://a.example.com/cb#x']), 'has a #fragment'],
    [
      'placeholder without parameter',
      (d: Doc) => (d.integration.redirectUris = ['{hots}/cb', '{host}/x']),
      'integration.redirectUris[0]: placeholder {hots} has no parameter — did you mean {host}?',
    ],
    [
      'parameter never used',
      (d: Doc) => (d.integration.redirectUris = ['https://fixed.example.com/cb']),
      'parameters[0]: parameter "host" is never used',
    ],
    [
      'name too long',
      (d: Doc) => (d.integration.name = 'x'.repeat(101)),
      'integration.name: must have at most 100 characters',
    ],
    [
      'description too long',
      (d: Doc) => (d.integration.description = 'x'.repeat(1001)),
      'integration.description: must have at most 1000 characters',
    ],
    [
      'name that fits as a template but not once {host} is substituted',
      (d: Doc) => (d.integration.name = `{host} ${'x'.repeat(90)}`),
      'integration.name: is 113 characters after substitution; the portal allows 100',
    ],
    [
      'bad contact email',
      (d: Doc) => ((d.integration as Record<string, unknown>).contactEmail = 'support-at-example'),
      'integration.contactEmail: "support-at-example" is not an email address',
    ],
    [
      'newer schema',
      (d: Doc) => (d.schemaVersion = 4),
      'schemaVersion: this preset was made by a newer version of the extension (schemaVersion 4)',
    ],
    ['missing key', (d: Doc) => delete (d as Record<string, unknown>).vendor, 'vendor: is missing: add a string'],
    [
      'wrong type',
      (d: Doc) => ((d.integration as Record<string, unknown>).scopes = 'spark:all'),
      'integration.scopes: ',
    ],
    [
      'unknown key',
      (d: Doc) => ((d as Record<string, unknown>).scope = []),
      ': unknown key "scope": remove it or check the spelling',
    ],
    [
      'bad regex',
      (d: Doc) => Object.assign(d.parameters[0]!, { kind: 'text', pattern: '(' }),
      'parameters[0].pattern: is not a valid regular expression',
    ],
  ])('rejects: %s', (_name, change, expected) => {
    const found = problems(withChange(change));
    expect(found.join('\n')).toContain(expected);
  });

  it('allows plain http on localhost', () => {
    expect(problems(withChange((d) => d.integration.redirectUris.push('http://localhost:8080/cb')))).toEqual([]);
  });

  it('migrates schemaVersion 0 (single redirectUri, optional scopes marked with ?)', () => {
    const v0 = withChange((d) => {
      d.schemaVersion = 0;
      (d.integration as Record<string, unknown>).redirectUri = '{host}/cb';
      delete (d.integration as Record<string, unknown>).redirectUris;
      d.integration.scopes = ['spark:people_read', 'spark-admin:calls_write?'];
    });
    const r = validatePreset(v0);
    expect(r.ok && r.value.integration).toMatchObject({
      redirectUris: ['{host}/cb'],
      scopes: ['spark:people_read'],
      optionalScopes: ['spark-admin:calls_write'],
    });
  });

  it.each([
    ['not JSON', '{"schemaVersion": 1,', '(document)'],
    ['an array', '[]', 'a preset must be a JSON object'],
    ['null', 'null', 'a preset must be a JSON object'],
    ['a string', '"preset"', 'a preset must be a JSON object'],
    ['empty object', '{}', 'schemaVersion: is missing'],
    [
      'huge scope list',
      JSON.stringify(withChange((d) => (d.integration.scopes = Array(5000).fill('spark:all')))),
      'integration.scopes',
    ],
    [
      'huge string',
      JSON.stringify(withChange((d) => (d.integration.name = 'x'.repeat(1_000_000)))),
      'integration.name',
    ],
    [
      'a description of a million characters (the portal allows 1000)',
      JSON.stringify(withChange((d) => (d.integration.description = 'x'.repeat(1_000_000)))),
      'integration.description: must have at most 1000 characters',
    ],
    [
      'a name of a million characters (the portal allows 100)',
      JSON.stringify(withChange((d) => (d.integration.name = 'x'.repeat(1_000_000)))),
      'integration.name: must have at most 100 characters',
    ],
    ['deeply nested', `${'['.repeat(5000)}${']'.repeat(5000)}`, 'a preset must be a JSON object'],
    [
      'wrong types everywhere',
      JSON.stringify({
        schemaVersion: 1,
        id: 5,
        name: [],
        vendor: {},
        source: null,
        portal: 'x',
        integration: 7,
      }),
      'id: ',
    ],
  ])('rejects malformed input without crashing: %s', (_name, text, expected) => {
    const r = validatePresetJson(text);
    expect(r.ok).toBe(false);
    const lines = r.ok ? [] : r.problems.map((p) => `${p.path || '(document)'}: ${p.message}`);
    expect(lines.join('\n')).toContain(expected);
  });
});

describe('resolvePreset', () => {
  const preset = () => {
    const r = validatePreset(base());
    if (!r.ok) throw new Error('base preset invalid');
    return r.value;
  };
  it('substitutes values and trims a URL’s trailing slash', () => {
    const r = resolvePreset(preset(), { host: ' https://ap.acme.com/ ' });
    expect(r.ok && r.value.redirectUris).toEqual(['https://ap.acme.com/callback']);
  });
  it.each([
    ['', 'values.host: Host URL is required'],
    ['ap.acme.com', 'values.host: Host URL must be an absolute URL'],
    ['http://ap.acme.com', 'values.host: Host URL must start with https://'],
    ['https://ap.acme.com/?x=1', 'values.host: Host URL must not contain ? or #'],
  ])('rejects the value %j', (value, expected) => {
    const r = resolvePreset(preset(), { host: value });
    expect(r.ok ? '' : r.problems.map((p) => `${p.path}: ${p.message}`).join('\n')).toContain(expected);
  });
});

describe('built-in presets', () => {
  const { presets, broken } = loadBuiltinPresets();
  const guides = JSON.parse(readFileSync('tests/fixtures/vendor-guides.json', 'utf8')).guides as Array<{
    product: string;
    preset: string;
    part?: string;
    scopesAsWritten: string[] | string;
    redirectUris: string[];
    portal: string;
  }>;
  /** A URI template with every placeholder as `{}`: guides and presets name them differently. */
  const shape = (uri: string) => uri.replace(/\{[^}]*\}/g, '{}').replace(/^\{\}/, 'https://{}');

  it('all validate', () => {
    expect(broken).toEqual([]);
    expect(presets.length).toBe(13);
  });
  it('each names its source guide', () => {
    for (const p of presets) expect(p.source.length).toBeGreaterThan(10);
  });
  it('every built-in preset comes from a guide in tests/fixtures/vendor-guides.json, and every guide has its preset', () => {
    expect(new Set(guides.map((g) => g.preset))).toEqual(new Set(presets.map((p) => p.id)));
  });
  it.each(guides.filter((g) => Array.isArray(g.scopesAsWritten)).map((g) => [g.product, g] as const))(
    '%s: the preset has the guide’s portal, scopes and redirect URI',
    (_name, guide) => {
      const preset = presets.find((p) => p.id === guide.preset)!;
      const part = partOf(preset, guide.part);
      if (guide.part) expect(part.key).toBe(guide.part);
      expect(part.portal).toBe(guide.portal);
      // Every scope the guide writes, as written or as the preset's corrections say.
      const corrected = new Map((preset.corrections ?? []).map((c) => [c.asWritten, c.correct]));
      for (const scope of guide.scopesAsWritten as string[])
        expect(allScopesOf(part)).toContain(corrected.get(scope) ?? scope);
      expect(part.integration.redirectUris.map(shape)).toEqual(guide.redirectUris.map(shape));
    },
  );
  it('SphereShield has the guide’s 19 scopes, typo fixed, none omitted, and says where the guide is wrong', () => {
    const p = presets.find((x) => x.id === 'sphereshield-webex-meetings')!;
    const i = partOf(p).integration;
    const guide = readFileSync('tests/fixtures/sphereshield-guide-scopes.txt', 'utf8');
    const listed = [...guide.matchAll(/•\s*([\w-]+:[\w]+)/g)].map((m) => m[1]);
    expect(listed).toHaveLength(19);
    expect(new Set([...i.scopes, ...i.optionalScopes])).toEqual(new Set(listed));
    expect(i.scopes).toContain('meeting:admin_schedule_write');
    expect(i.scopes).toContain('spark-compliance:meetings_write');
    expect(i.optionalScopes).toEqual(['spark-admin:calls_write']);
    expect(p.corrections?.map((c) => c.correct)).toEqual([
      'spark-compliance:meetings_write',
      'meeting:admin_schedule_write',
    ]);
  });
  it('the README lists every built-in preset with its portals, scope count and source', () => {
    const rows = readFileSync('README.md', 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    for (const p of presets) {
      const count = String(partsOf(p).reduce((n, part) => n + allScopesOf(part).length, 0));
      expect(rows).toContainEqual([p.name, portalsOf(p).join(', '), count, p.source]);
    }
  });
});

it('preset.schema.json is generated from the zod schema and up to date (npm run presets:schema)', () => {
  expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(schemaText());
});

it('edit distance', () => {
  expect(editDistance('meetings_writ', 'meetings_write')).toBe(1);
  expect(editDistance('abc', 'abc')).toBe(0);
});
