/**
 * Writes scope-presets/preset.schema.json and public/managed-schema.json (Chrome's managed-storage
 * schema for organisation presets) from the zod schema, the only source of truth, and
 * core/catalog/scope-names.json (the validator's scope names) from the catalog.
 */
import { writeFileSync } from 'node:fs';
import { CATALOG } from '../core/catalog/catalog';
import { scopeNamesFrom } from '../core/catalog/scope-names';
import { managedSchema } from '../core/presets/managed-schema';
import { presetJsonSchema } from '../core/presets/schema';

export const SCHEMA_PATH = 'scope-presets/preset.schema.json';
export const MANAGED_SCHEMA_PATH = 'public/managed-schema.json';
export const schemaText = () => `${JSON.stringify(presetJsonSchema(), null, 2)}\n`;
export const managedSchemaText = () => `${JSON.stringify(managedSchema(), null, 2)}\n`;
export const SCOPE_NAMES_PATH = 'core/catalog/scope-names.json';
export const scopeNamesText = () => `${JSON.stringify(scopeNamesFrom(CATALOG), null, 2)}\n`;

if (process.argv[1]?.endsWith('presets-schema.ts')) {
  writeFileSync(SCHEMA_PATH, schemaText());
  writeFileSync(MANAGED_SCHEMA_PATH, managedSchemaText());
  writeFileSync(SCOPE_NAMES_PATH, scopeNamesText());
  console.log(`wrote ${SCHEMA_PATH}, ${MANAGED_SCHEMA_PATH} and ${SCOPE_NAMES_PATH}`);
}
