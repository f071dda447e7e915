/**
 * npm run presets:check -- FILE...
 * Validates preset files; prints each error as `FILE: PATH: message` and each warning as
 * `FILE: PATH: warning: message`; exits 1 only when a file has an error. A JSON Schema file
 * given along (scope-presets/preset.schema.json, when a glob picks it up) is skipped, said so.
 */
import { readFileSync } from 'node:fs';
import { partsOf } from '../core/presets/parts';
import { allScopesOf } from '../core/presets/parts';
import { validatePresetJson } from '../core/presets/validate';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run presets:check -- FILE.json [FILE.json …]');
  process.exit(2);
}
const isJsonSchema = (text: string) => /"\$schema"\s*:\s*"https?:\/\/json-schema\.org\//.test(text.slice(0, 300));

let bad = 0;
let warned = 0;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.log(`${file}: : cannot read: ${(error as Error).message}`);
    bad++;
    continue;
  }
  if (isJsonSchema(text)) {
    console.log(`${file}: skipped (the JSON Schema of presets, not a preset)`);
    continue;
  }
  const result = validatePresetJson(text);
  if (result.ok) {
    const parts = partsOf(result.value);
    const scopes = parts.reduce((n, p) => n + allScopesOf(p).length, 0);
    const shape = parts.length > 1 ? `${parts.length} integrations, ` : '';
    console.log(`${file}: ok (${result.value.id}, ${shape}${scopes} scopes)`);
    for (const w of result.warnings ?? []) console.log(`${file}: ${w.path || '(document)'}: warning: ${w.message}`);
    warned += result.warnings?.length ?? 0;
  } else {
    bad++;
    for (const p of result.problems) console.log(`${file}: ${p.path || '(document)'}: ${p.message}`);
  }
}
if (warned || bad) console.log(`${bad} file(s) with errors, ${warned} warning(s)`);
process.exit(bad ? 1 : 0);
