import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

const cli = (...files: string[]) => {
  try {
    return { code: 0, out: execFileSync('npx', ['tsx', 'scripts/presets-check.ts', ...files], { encoding: 'utf8' }) };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { code: e.status, out: e.stdout };
  }
};

it('presets:check prints FILE: PATH: message and exits 1 on a bad preset, 0 on good ones', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'presets-'));
  const bad = path.join(dir, 'bad.json');
  const good = JSON.parse(execFileSync('cat', ['scope-presets/calcom-webex.json'], { encoding: 'utf8' }));
  writeFileSync(
    bad,
    JSON.stringify({ ...good, integration: { ...good.integration, scopes: ['spark-compliance:meetings_writ'] } }),
  );
  const broken = path.join(dir, 'broken.json');
  writeFileSync(broken, '{ "schemaVersion": 1,');

  const result = cli(bad, broken);
  expect(result.code).toBe(1);
  expect(result.out).toContain(
    `${bad}: integration.scopes[0]: unknown scope "spark-compliance:meetings_writ" on developer.webex.com (spelling): did you mean spark-compliance:meetings_write?`,
  );
  expect(result.out).toContain(`${broken}: (document): not valid JSON`);

  const ok = cli('scope-presets/calcom-webex.json', 'scope-presets/bs-ccbi.json', 'scope-presets/preset.schema.json');
  expect(ok).toEqual({
    code: 0,
    out: [
      'scope-presets/calcom-webex.json: ok (calcom-webex, 2 scopes)',
      'scope-presets/bs-ccbi.json: ok (bs-ccbi, 2 integrations, 6 scopes)',
      'scope-presets/preset.schema.json: skipped (the JSON Schema of presets, not a preset)',
      '',
    ].join('\n'),
  });

  // A scope known nowhere is a warning, printed apart; the file passes.
  const newer = path.join(dir, 'newer.json');
  writeFileSync(
    newer,
    JSON.stringify({ ...good, integration: { ...good.integration, scopes: ['meeting:summaries_read'] } }),
  );
  const warned = cli(newer);
  expect(warned.code).toBe(0);
  expect(warned.out).toContain(
    `${newer}: integration.scopes[0]: warning: "meeting:summaries_read" is not in the scope catalog nor seen on developer.webex.com yet; it is kept, and the fill reports whether the portal offers it`,
  );
}, 30_000);

const fromGuide = (...args: string[]) => {
  try {
    return {
      code: 0,
      out: execFileSync('npx', ['tsx', 'scripts/presets-from-guide.ts', ...args], { encoding: 'utf8' }),
    };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { code: e.status, out: e.stdout };
  }
};

it('presets:from-guide prints the draft and the findings in words; with --json exactly one JSON object', () => {
  const words = fromGuide('tests/fixtures/guides/sphereshield.txt');
  expect(words.code).toBe(0);
  expect(words.out).toMatch(
    /^Found 19 scopes to tick \(and 2 scopes the guide leaves to you\) and 1 redirect URI in 180 lines\./,
  );
  expect(words.out).toContain(
    '✎ line 110: scope spark-compliance:meetings_writ → spark-compliance:meetings_write: spelling: the catalog has spark-compliance:meetings_write; ticked',
  );
  expect(words.out).toContain('\nDraft preset:\n{');

  const json = fromGuide('tests/fixtures/guides/citrix-microapps.txt', '--json');
  expect(json.code).toBe(0);
  const doc = JSON.parse(json.out); // the whole of stdout is one JSON object
  expect(Object.keys(doc)).toEqual(['outcome', 'message', 'preset', 'findings', 'problems', 'warnings']);
  expect(doc.preset.integrations.map((p: { key: string }) => p.key)).toEqual(['oauthServer', 'oauthClient']);
  expect(doc.problems).toEqual([]);
  for (const f of doc.findings) {
    expect(f).toHaveProperty('asWritten');
    expect(f).toHaveProperty('resolved');
    expect(f).toHaveProperty('how');
    expect(typeof f.line).toBe('number');
  }

  const none = fromGuide('tests/fixtures/guides/voss.txt', '--json');
  expect(none.code).toBe(1);
  expect(JSON.parse(none.out)).toMatchObject({ outcome: 'no-integration', preset: null });

  const dir = mkdtempSync(path.join(tmpdir(), 'guide-'));
  const big = path.join(dir, 'big.txt');
  writeFileSync(big, 'x'.repeat(1_200_000));
  const refused = fromGuide(big, '--json');
  expect(refused.code).toBe(1);
  expect(JSON.parse(refused.out).message).toBe(
    'big.txt is 1.2 MB; a guide is read up to 1 MB. Select or paste only the part about the Webex integration.',
  );
}, 60_000);
