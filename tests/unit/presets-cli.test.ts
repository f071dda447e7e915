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
