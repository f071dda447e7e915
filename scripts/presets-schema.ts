/**
 * Writes scope-presets/preset.schema.json and public/managed-schema.json (Chrome's managed-storage
 * schema for organisation presets) from the zod schema, the only source of truth, and
 * core/catalog/scope-names.json (the validator's scope names) from the catalog, and
 * core/presets/builtin-presets.json: the built-in presets validated (defaults filled in), which the
 * extension reads as they are, so the popup needs no validator to show them.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { CATALOG } from '../core/catalog/catalog';
import { scopeNamesFrom } from '../core/catalog/scope-names';
import { managedSchema } from '../core/presets/managed-schema';
import { presetJsonSchema } from '../core/presets/schema';
import { validatePreset } from '../core/presets/validate';

export const SCHEMA_PATH = 'scope-presets/preset.schema.json';
export const MANAGED_SCHEMA_PATH = 'public/managed-schema.json';
export const schemaText = () => `${JSON.stringify(presetJsonSchema(), null, 2)}\n`;
export const managedSchemaText = () => `${JSON.stringify(managedSchema(), null, 2)}\n`;
export const SCOPE_NAMES_PATH = 'core/catalog/scope-names.json';
export const scopeNamesText = () => `${JSON.stringify(scopeNamesFrom(CATALOG), null, 2)}\n`;

export const BUILTIN_PATH = 'core/presets/builtin-presets.json';
/** Every scope-presets/*.json but the schema, validated, in file-name order; a problem stops the build. */
export const builtinText = () => {
  const files = readdirSync('scope-presets')
    .filter((f) => f.endsWith('.json') && f !== 'preset.schema.json')
    .sort();
  const presets = files.map((file) => {
    const r = validatePreset(JSON.parse(readFileSync(`scope-presets/${file}`, 'utf8')));
    if (!r.ok) throw new Error(`scope-presets/${file}: ${r.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    return r.value;
  });
  return `${JSON.stringify(presets)}\n`;
};

if (process.argv[1]?.endsWith('presets-schema.ts')) {
  writeFileSync(SCHEMA_PATH, schemaText());
  writeFileSync(MANAGED_SCHEMA_PATH, managedSchemaText());
  writeFileSync(SCOPE_NAMES_PATH, scopeNamesText());
  writeFileSync(BUILTIN_PATH, builtinText());
  console.log(`wrote ${SCHEMA_PATH}, ${MANAGED_SCHEMA_PATH}, ${SCOPE_NAMES_PATH} and ${BUILTIN_PATH}`);
}
