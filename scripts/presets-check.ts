/**
 * npm run presets:check -- FILE...
 * Validates preset files; prints each problem as `FILE: PATH: message`; exit 0 when all are valid.
 */
import { readFileSync } from 'node:fs';
import { validatePresetJson } from '../core/presets/validate';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run presets:check -- FILE.json [FILE.json …]');
  process.exit(2);
}
let bad = 0;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.log(`${file}: : cannot read: ${(error as Error).message}`);
    bad++;
    continue;
  }
  const result = validatePresetJson(text);
  if (result.ok) {
    console.log(`${file}: ok (${result.value.id}, ${result.value.integration.scopes.length} scopes)`);
  } else {
    bad++;
    for (const p of result.problems) console.log(`${file}: ${p.path || '(document)'}: ${p.message}`);
  }
}
process.exit(bad ? 1 : 0);
