/**
 * From a vendor guide to a draft preset: the five seed guides (as files and as Chrome's
 * context menu hands a selection over, line breaks turned into spaces), guides written here in
 * other styles (Markdown table, HTML, prose, a two-portal bundle), and each class of finding on
 * its own. Precision and recall of the scopes to tick and the redirect URIs, per guide, are
 * printed at the end.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFromGuide, type GuideResult } from '../../core/guide/extract';
import { htmlToText, MAX_GUIDE_BYTES } from '../../core/guide/guide-text';
import { shippedScopes } from '../../core/presets/scope-rules';
import { validatePreset } from '../../core/presets/validate';

const known = shippedScopes();
const read = (file: string) => readFileSync(`tests/fixtures/guides/${file}`, 'utf8');
const extract = (text: string) => extractFromGuide(text, { known });
/** What Chrome's context menu gives for a selection: its line breaks turned into spaces. */
const asChromeSelection = (text: string) => text.replace(/\n/g, ' ');
/** The same, selected on a web page, where list items have no bullet characters. */
const asChromeSelectionOfHtml = (text: string) => asChromeSelection(text.replace(/^\s*•\s*/gm, ''));

interface ExpectedPart {
  portal: string;
  ticked: string[];
  optional?: string[];
  choices?: string[];
  redirectUris: string[];
}

const ticked = (r: GuideResult, i: number) =>
  r.model!.parts[i]!.scopes.filter((s) => s.placement === 'required' || s.placement === 'optional').map((s) => s.scope);
const placed = (r: GuideResult, i: number, placement: string) =>
  r.model!.parts[i]!.scopes.filter((s) => s.placement === placement).map((s) => s.scope);

const scores: Array<{ guide: string; precision: number; recall: number; found: number; expected: number }> = [];
/** Precision and recall over the scopes to tick and the redirect URIs, integration by integration. */
function score(guide: string, r: GuideResult, expected: ExpectedPart[]) {
  const found = new Set(
    (r.model?.parts ?? []).flatMap((p, i) => [
      ...ticked(r, i).map((s) => `${i}:${s}`),
      ...p.redirectUris.map((u) => `${i}:uri:${u}`),
    ]),
  );
  const wanted = new Set(
    expected.flatMap((p, i) => [...p.ticked.map((s) => `${i}:${s}`), ...p.redirectUris.map((u) => `${i}:uri:${u}`)]),
  );
  const hit = [...found].filter((x) => wanted.has(x)).length;
  scores.push({
    guide,
    precision: found.size ? hit / found.size : 1,
    recall: wanted.size ? hit / wanted.size : 1,
    found: found.size,
    expected: wanted.size,
  });
}

afterAll(() => {
  const rows = scores.map(
    (s) =>
      `  ${s.guide.padEnd(50)} precision ${s.precision.toFixed(2)}  recall ${s.recall.toFixed(2)}  (${s.found} found, ${s.expected} expected)`,
  );
  console.log(`Guide → preset, scopes to tick and redirect URIs:\n${rows.join('\n')}`);
});

function expectParts(guide: string, r: GuideResult, expected: ExpectedPart[]) {
  score(guide, r, expected);
  expect(r.outcome).toBe('draft');
  expect(r.model!.parts).toHaveLength(expected.length);
  expected.forEach((p, i) => {
    const part = r.model!.parts[i]!;
    expect(part.portal, `${guide} integration ${i + 1}`).toBe(p.portal);
    expect(ticked(r, i).sort(), `${guide} integration ${i + 1}`).toEqual([...p.ticked].sort());
    expect(placed(r, i, 'optional').sort()).toEqual([...(p.optional ?? [])].sort());
    expect(placed(r, i, 'choice').sort()).toEqual([...(p.choices ?? [])].sort());
    expect(part.redirectUris).toEqual(p.redirectUris);
  });
}

const SPHERESHIELD: ExpectedPart[] = [
  {
    portal: 'developer.webex.com',
    ticked: [
      'meeting:recordings_read',
      'meeting:admin_recordings_read',
      'spark-admin:people_read',
      'spark-admin:resource_group_memberships_read',
      'spark-admin:resource_groups_read',
      'spark-compliance:events_read',
      'spark-compliance:memberships_read',
      'spark-compliance:team_memberships_read',
      'spark-compliance:teams_read',
      'meeting:admin_schedule_read',
      'meeting:admin_schedule_write',
      'meeting:participants_write',
      'meeting:admin_participants_read',
      'meeting:controls_read',
      'meeting:controls_write',
      'meeting:admin_preferences_write',
      'spark-compliance:meetings_write',
      'spark-compliance:meetings_read',
      'spark-admin:calls_write',
    ],
    optional: ['spark-admin:calls_write'],
    // Named only in the note "may not exist: …", which asks for neither.
    choices: ['spark-admin:call_memberships_read', 'spark-admin:calls_read'],
    redirectUris: ['{accessPortalUrl}/account/webexauth'],
  },
];
const CITRIX: ExpectedPart[] = [
  {
    portal: 'developer.webex.com',
    ticked: ['spark:all', 'spark-admin:people_read'],
    redirectUris: ['https://{microappServerHost}/admin/api/gwsc/auth/serverContext'],
  },
  {
    portal: 'developer.webex.com',
    ticked: ['meeting:schedules_write'],
    redirectUris: ['https://{microappServerHost}/app/api/auth/serviceAction/callback'],
  },
];
const CCBI: ExpectedPart[] = [
  {
    portal: 'developer.webex.com',
    ticked: ['spark-admin:calling_cdr_read', 'spark-admin:people_read', 'identity:groups_read'],
    redirectUris: ['https://oauth.pstmn.io/v1/callback'],
  },
  {
    portal: 'developer.webex-cx.com',
    ticked: ['cjp:config', 'cjp:config_write', 'cjp:config_read'],
    redirectUris: ['https://oauth.pstmn.io/v1/callback'],
  },
];

describe('the five seed guides', () => {
  it('SphereShield: 19 scopes, the snippet’s typo corrected, meeting:admin_schedule_write present, the redirect URI from a sentence', () => {
    const r = extract(read('sphereshield.txt'));
    expectParts('SphereShield (seed)', r, SPHERESHIELD);
    expect(ticked(r, 0)).toHaveLength(19);
    expect(r.findings).toContainEqual(
      expect.objectContaining({
        kind: 'scope',
        asWritten: 'spark-compliance:meetings_writ',
        resolved: 'spark-compliance:meetings_write',
        status: 'corrected',
        line: 110,
      }),
    );
    expect(r.preset).toMatchObject({
      name: 'SphereShield',
      integration: { name: 'SphereShield', contactEmail: 'support@agatsoftware.com' },
      parameters: [
        { key: 'accessPortalUrl', label: 'Access Portal URL', kind: 'url', example: 'https://ap.fiji.agat.world' },
      ],
      corrections: [
        expect.objectContaining({
          asWritten: 'spark-compliance:meetings_writ',
          correct: 'spark-compliance:meetings_write',
        }),
      ],
    });
    // The note's scopes are a choice at fill time, with the guide's words.
    expect(
      (r.preset as { integration: { featureGroups: Array<{ scopes: string[]; default: boolean; reason: string }> } })
        .integration.featureGroups,
    ).toEqual([
      expect.objectContaining({
        scopes: ['spark-admin:call_memberships_read', 'spark-admin:calls_read'],
        default: false,
        reason: expect.stringContaining('may not exist'),
      }),
    ]);
  });

  it('Citrix: two integrations, each with its own scopes and redirect URI, the placeholder a host parameter', () => {
    const r = extract(read('citrix-microapps.txt'));
    expectParts('Citrix Workspace microapps (seed)', r, CITRIX);
    expect(r.model!.parts.map((p) => [p.key, p.title])).toEqual([
      ['oauthServer', 'Configure OAuth server'],
      ['oauthClient', 'Configure OAuth client'],
    ]);
    expect(r.model!.parameters).toEqual([
      expect.objectContaining({ key: 'microappServerHost', label: 'Microapp server host', kind: 'text' }),
    ]);
    expect(r.preset).toHaveProperty('integrations');
  });

  it('CCBI: two portals, each integration on its own, named and described from the table', () => {
    const r = extract(read('bs-ccbi.txt'));
    expectParts('b+s CCBI (seed)', r, CCBI);
    expect(r.model!.parts.map((p) => [p.key, p.name])).toEqual([
      ['calling', 'CCBI for Webex'],
      ['contactCenter', 'CCBI for Webex'],
    ]);
    expect(r.model!.parts[0]!.description).toBe('Integration of b+s CCBI for customer "end customer name"');
  });

  it('Imagicle and VOSS: "no integration to create", said plainly, with nothing to fill', () => {
    const imagicle = extract(read('imagicle.txt'));
    expect(imagicle.outcome).toBe('no-integration');
    expect(imagicle.message).toMatch(
      /^No integration to create: this guide has you authorize the vendor’s own Webex app instead \(line 12: /,
    );
    expect(imagicle.message).toContain('The app asks for spark-admin:people_read, spark-admin:organizations_read.');
    expect(imagicle.preset).toBeNull();
    const voss = extract(read('voss.txt'));
    expect(voss.outcome).toBe('no-integration');
    expect(voss.message).toContain('accept the API authorization scope');
    expect(voss.preset).toBeNull();
  });

  it('the same guides as a selection from Chrome’s context menu (one line) give the same scopes and redirect URIs', () => {
    expectParts(
      'SphereShield (one-line selection)',
      extract(asChromeSelection(read('sphereshield.txt'))),
      SPHERESHIELD,
    );
    expectParts(
      'SphereShield (one-line selection of a web page)',
      extract(asChromeSelectionOfHtml(read('sphereshield.txt'))),
      SPHERESHIELD,
    );
    expectParts('Citrix (one-line selection)', extract(asChromeSelection(read('citrix-microapps.txt'))), CITRIX);
    expectParts('CCBI (one-line selection)', extract(asChromeSelection(read('bs-ccbi.txt'))), CCBI);
    expect(extract(asChromeSelection(read('imagicle.txt'))).outcome).toBe('no-integration');
  });

  it('drafts validate, by the validator and by the generated preset.schema.json', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const schema = ajv.compile(JSON.parse(readFileSync('scope-presets/preset.schema.json', 'utf8')));
    for (const file of [
      'sphereshield.txt',
      'citrix-microapps.txt',
      'bs-ccbi.txt',
      'own/acme-chat.md',
      'own/callstats.md',
    ]) {
      const r = extract(read(file));
      expect(validatePreset(r.preset).ok, file).toBe(true);
      expect(schema(r.preset), `${file}: ${JSON.stringify(schema.errors)}`).toBe(true);
    }
  });
});

describe('guides in other styles', () => {
  it('a Markdown README with a table: every near miss corrected, OIDC words dropped, an optional and an example left to the user', () => {
    const r = extract(read('own/acme-chat.md'));
    expectParts('Acme Chat (Markdown table)', r, [
      {
        portal: 'developer.webex.com',
        ticked: [
          'spark:messages_read',
          'spark:rooms_read',
          'spark:memberships_read',
          'meeting:schedules_read',
          'meeting:transcripts_read',
          'meeting:recordings_read',
          'meeting:summaries_read',
        ],
        choices: ['spark:messages_write', 'spark:rooms_write'],
        redirectUris: ['{acmeUrl}/oauth/webex/callback'],
      },
    ]);
    const how = (asWritten: string) => r.findings.find((f) => f.asWritten === asWritten);
    expect(how('Spark:Rooms_Read')).toMatchObject({
      status: 'corrected',
      resolved: 'spark:rooms_read',
      how: expect.stringMatching(/^wrong case/),
    });
    expect(how('spark_memberships_read')).toMatchObject({
      status: 'corrected',
      how: expect.stringMatching(/^`_` for `:`/),
    });
    expect(how('meeting:schedule_read')).toMatchObject({
      status: 'corrected',
      how: expect.stringMatching(/^singular or plural/),
    });
    expect(how('transcripts_read')).toMatchObject({
      status: 'corrected',
      how: expect.stringMatching(/^missing prefix/),
    });
    expect(how('meeting:recordings_raed')).toMatchObject({
      status: 'corrected',
      how: expect.stringMatching(/^spelling/),
    });
    expect(how('meeting:summaries_read')).toMatchObject({
      status: 'warning',
      resolved: 'meeting:summaries_read',
      how: expect.stringContaining('kept as written'),
    });
    for (const word of ['openid', 'email', 'profile'])
      expect(how(word)).toMatchObject({
        status: 'dropped',
        resolved: null,
        how: expect.stringContaining('OpenID Connect'),
      });
    expect(how('spark:rooms_write')).toMatchObject({ status: 'choice', line: 28 });
    expect(r.model!.parts[0]!.name).toBe('Acme Chat');
    expect(r.model!.parameters).toEqual([expect.objectContaining({ key: 'acmeUrl', label: 'Acme URL', kind: 'url' })]);
  });

  it('an HTML page: read as text (scripts and styles ignored), a code array, a scope= URL, legacy, "if you do not select", "this replaces", a prefix that could be three scopes', () => {
    const r = extract(read('own/ticket-bridge.html'));
    expectParts('TicketBridge (HTML)', r, [
      {
        portal: 'developer.webex.com',
        ticked: [
          'spark:people_read',
          'spark-admin:licenses_read',
          'spark:rooms_read',
          'spark-admin:workspaces_read',
          'spark:messages_write',
        ],
        optional: ['spark-admin:workspaces_read'],
        choices: ['spark:all'],
        redirectUris: ['https://{instance}.service-now.com/oauth_redirect.do'],
      },
    ]);
    // The <script> holds spark-admin:people_write: never read.
    expect(r.findings.some((f) => f.asWritten.includes('people_write'))).toBe(false);
    expect(r.findings.find((f) => f.asWritten === 'people_read')).toMatchObject({
      status: 'warning',
      resolved: null,
      candidates: ['spark:people_read', 'spark-admin:people_read', 'identity:people_read'],
    });
    expect(r.findings.find((f) => f.kind === 'redirectUri')).toMatchObject({
      asWritten: '<instance>.service-now.com/oauth_redirect.do',
      status: 'corrected',
      how: 'written without a scheme: proposed with https://',
    });
    expect(r.model!.parameters).toEqual([
      expect.objectContaining({
        key: 'instance',
        label: 'Instance',
        kind: 'text',
        help: expect.stringContaining('The part before .service-now.com'),
      }),
    ]);
    expect(r.model!.parts[0]!.name).toBe('TicketBridge');
  });

  it('prose with placeholders in three styles, this machine without a scheme, and two redirect URIs the portal would refuse (kept, marked)', () => {
    const r = extract(read('own/mcp-gateway.txt'));
    expectParts('MCP Gateway (prose)', r, [
      {
        portal: 'developer.webex.com',
        ticked: ['spark:people_read', 'spark:rooms_read', 'meeting:summaries_read'],
        optional: ['meeting:summaries_read'],
        choices: ['spark:memberships_write', 'spark:messages_write', 'spark:all', 'spark:kms'],
        redirectUris: [
          '{mcpGatewayUrl}/oauth/callback',
          'https://{tenantName}.gateway.example.net/webex/callback',
          'http://localhost:8080/callback',
          'http://gateway.internal.example/callback',
          'https://console.example.net/auth#webex',
        ],
      },
    ]);
    const problems = r.findings.filter((f) => f.status === 'problem').map((f) => f.how);
    expect(problems).toEqual([
      expect.stringContaining('uses http; only https is allowed'),
      expect.stringContaining('has a #fragment'),
    ]);
    expect(validatePreset(r.preset).ok).toBe(false); // saved only once the user fixes them
    expect(r.model!.parameters.map((p) => [p.key, p.label, p.kind])).toEqual([
      ['mcpGatewayUrl', 'MCP gateway URL', 'url'],
      ['tenantName', 'Tenant name', 'text'],
    ]);
    // "If you do not select spark:all, spark:kms is required": both the user's choice, with the sentence.
    const groups = (r.preset as { integration: { featureGroups: Array<{ scopes: string[]; reason: string }> } })
      .integration.featureGroups;
    expect(groups).toContainEqual(
      expect.objectContaining({
        scopes: ['spark:all', 'spark:kms'],
        reason: expect.stringContaining('If you do not select spark:all'),
      }),
    );
  });

  it('a two-portal guide of my own: a bundle; a scope named after the steps goes to the integration whose portal offers it, as a choice', () => {
    const r = extract(read('own/callstats.md'));
    expectParts('CallStats (two portals)', r, [
      {
        portal: 'developer.webex.com',
        ticked: ['spark-admin:calling_cdr_read', 'spark-admin:people_read'],
        choices: ['identity:groups_read'],
        redirectUris: ['https://app.callstats.example/oauth/webex'],
      },
      {
        portal: 'developer.webex-cx.com',
        ticked: ['cjp:config_read'],
        redirectUris: ['https://app.callstats.example/oauth/wxcc'],
      },
    ]);
    expect(r.model!.parts.map((p) => p.key)).toEqual(['calling', 'contactCenter']);
    expect(r.model!.name).toBe('CallStats for Webex');
  });
});

describe('bad input', () => {
  it('a text with no scope says so, with nothing drafted', () => {
    const r = extract(read('own/no-scope.txt'));
    expect(r).toMatchObject({ outcome: 'no-scopes', preset: null, model: null });
    expect(r.message).toBe(
      'No Webex scope in this text (6 lines read). Select or paste the part of the guide that lists the scopes to tick.',
    );
  });

  it('a text over 1 MB is refused with its size', () => {
    const r = extract(`spark:all\n${'x'.repeat(MAX_GUIDE_BYTES)}`);
    expect(r).toMatchObject({ outcome: 'too-large', preset: null });
    expect(r.message).toMatch(/^The text is 1\.0 MB; a guide is read up to 1 MB\./);
  });

  it('HTML is read as text: tags dropped, entities decoded, script and style content never read', () => {
    expect(
      htmlToText('<p>Tick <b>spark:all</b> &amp; <code>&lt;x&gt;</code></p><script>alert("spark:kms")</script>'),
    ).toBe('\nTick spark:all & <x>\n ');
    const r = extract(
      '<ul><li>spark:people_read</li><li onclick="x()">spark:rooms_read</li></ul><img src=x onerror="spark:all">',
    );
    expect(r.model!.parts[0]!.scopes.map((s) => s.scope)).toEqual(['spark:people_read', 'spark:rooms_read']);
  });

  it('a scope of the other portal is left out with a problem, not put where the portal would not offer it', () => {
    const r = extract(
      'Create an integration on developer.webex.com.\nScopes: spark:people_read, cjp:config_read\nRedirect URI: https://a.example/cb',
    );
    expect(ticked(r, 0)).toEqual(['spark:people_read']);
    expect(r.findings.find((f) => f.asWritten === 'cjp:config_read')).toMatchObject({
      status: 'problem',
      how: expect.stringContaining('a developer.webex-cx.com scope'),
    });
  });

  it('a guide without a redirect URI gets a finding that asks for one', () => {
    const r = extract('Tick spark:people_read.');
    expect(r.findings).toContainEqual(
      expect.objectContaining({ kind: 'redirectUri', status: 'problem', asWritten: '(none)' }),
    );
    expect(validatePreset(r.preset).ok).toBe(false);
  });
});
