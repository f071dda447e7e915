/** Writes scope-presets/preset.schema.json from the zod schema (the only source of truth). */
import { writeFileSync } from 'node:fs';
import { presetJsonSchema } from '../core/presets/schema';

export const SCHEMA_PATH = 'scope-presets/preset.schema.json';
export const schemaText = () => `${JSON.stringify(presetJsonSchema(), null, 2)}\n`;

if (process.argv[1]?.endsWith('presets-schema.ts')) {
  writeFileSync(SCHEMA_PATH, schemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
}
