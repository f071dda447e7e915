/**
 * Chrome's `storage.managed_schema` for organisation presets (public/managed-schema.json, written
 * by npm run presets:schema), generated from the preset's zod schema like preset.schema.json.
 * Chrome drops any policy value its schema does not describe, so every preset field is in it.
 */
import * as z from 'zod/mini';
import { CLIPBOARD_CLEAR_CHOICES, FORGET_AFTER_CHOICES } from '../settings';
import { presetJsonSchema } from './schema';

/** For the generated managed schema only; the values are read by org-defaults.ts. */
export const OrgDefaultsSchema = z.object({
  clipboardClearSeconds: z.optional(z.number().check(z.describe(`One of ${CLIPBOARD_CLEAR_CHOICES.join(', ')}`))),
  forgetAfterMinutes: z.optional(z.number().check(z.describe(`One of ${FORGET_AFTER_CHOICES.join(', ')}`))),
  exactMode: z.optional(z.boolean().check(z.describe('Start with exact mode on'))),
  hideBuiltinPresets: z.optional(
    z.boolean().check(z.describe('Show only the organisation’s (and the user’s) presets')),
  ),
});

type Json = Record<string, unknown>;

/** JSON Schema (draft 2020-12) → the subset Chrome's managed_schema understands (unknown keywords dropped). */
export function toChromeSchema(schema: Json): Json {
  const out: Json = {};
  if (typeof schema.description === 'string') out.description = schema.description;
  if (schema.const !== undefined) {
    // No enum: an older schemaVersion must still reach the validator, which migrates it.
    out.type = typeof schema.const === 'number' ? 'integer' : typeof schema.const;
    return out;
  }
  if (typeof schema.type === 'string') out.type = schema.type;
  if (Array.isArray(schema.enum)) out.enum = schema.enum;
  if (schema.properties && typeof schema.properties === 'object') {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties as Record<string, Json>)
        .filter(([key]) => key !== '$schema')
        .map(([key, value]) => [key, toChromeSchema(value)]),
    );
  }
  if (schema.items && typeof schema.items === 'object') out.items = toChromeSchema(schema.items as Json);
  return out;
}

/** The manifest's `storage.managed_schema` (public/managed-schema.json; npm run presets:schema). */
export function managedSchema(): Json {
  const { properties: defaults } = z.toJSONSchema(OrgDefaultsSchema, { io: 'input' }) as { properties: Json };
  return {
    type: 'object',
    properties: {
      presets: {
        type: 'array',
        description: 'Presets approved by the organisation, each as in scope-presets/*.json; shown read-only.',
        items: toChromeSchema(presetJsonSchema()),
      },
      defaults: toChromeSchema({ type: 'object', properties: defaults }),
    },
  };
}
