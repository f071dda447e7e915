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
  const good = JSON.parse(execFileSync('cat', ['scope-presets/bs-ccbi-webex-calling.json'], { encoding: 'utf8' }));
  writeFileSync(
    bad,
    JSON.stringify({ ...good, integration: { ...good.integration, scopes: ['spark-compliance:meetings_writ'] } }),
  );
  const broken = path.join(dir, 'broken.json');
  writeFileSync(broken, '{ "schemaVersion": 1,');

  const result = cli(bad, broken);
  expect(result.code).toBe(1);
  expect(result.out).toContain(
    `${bad}: integration.scopes[0]: unknown scope "spark-compliance:meetings_writ" on developer.webex.com — did you mean spark-compliance:meetings_write?`,
  );
  expect(result.out).toContain(`${broken}: (document): not valid JSON`);

  const ok = cli('scope-presets/bs-ccbi-webex-calling.json');
  expect(ok).toEqual({
    code: 0,
    out: 'scope-presets/bs-ccbi-webex-calling.json: ok (bs-ccbi-webex-calling, 3 scopes)\n',
  });
}, 30_000);
