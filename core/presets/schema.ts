/**
 * The preset format (schemaVersion 1): a declarative description of a Webex integration, like a
 * Slack app manifest. scope-presets/preset.schema.json is generated from this (npm run presets:schema).
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1;
export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

export const ParameterSchema = z
  .object({
    key: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'must start with a letter and hold only letters, digits and _')
      .describe('Name used in {key} placeholders'),
    label: z.string().min(1).max(80).describe('Label of the field the user fills in'),
    kind: z
      .enum(['url', 'email', 'text'])
      .describe('url: absolute https URL; email; text (optionally checked by pattern)'),
    example: z.string().max(300).optional().describe('Shown as placeholder'),
    required: z.boolean().default(true),
    pattern: z.string().max(300).optional().describe('For kind text: a regular expression the whole value must match'),
    help: z.string().max(300).optional(),
  })
  .strict();

export const IntegrationSchema = z
  .object({
    name: z.string().min(1).max(300).describe('Integration name; ≤ 100 characters after substitution'),
    description: z.string().min(1).max(3000).describe('App Hub description; ≤ 1000 characters after substitution'),
    contactEmail: z.string().max(254).optional(),
    redirectUris: z.array(z.string().max(2000)).min(1).max(20),
    scopes: z.array(z.string().max(100)).min(1).max(200).describe('Scopes to tick; case-sensitive'),
    optionalScopes: z
      .array(z.string().max(100))
      .max(50)
      .default([])
      .describe('Ticked when the portal offers them; reported, not failed, when it does not'),
    mobileSdk: z.boolean().default(false),
    icon: z
      .string()
      .max(2_000_000)
      .regex(
        /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/,
        'must be a data:image/png or data:image/jpeg base64 URL',
      )
      .optional()
      .describe('512×512 PNG or JPEG as a data URL'),
  })
  .strict();

export const PresetSchema = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'must be 2–64 lower-case letters, digits and dashes'),
    name: z.string().min(1).max(120),
    vendor: z.string().min(1).max(120),
    source: z.string().min(1).max(500).describe('The vendor guide this preset comes from'),
    sourceUrl: z.string().max(500).optional(),
    portal: z.enum(['developer.webex.com', 'developer.webex-cx.com']),
    parameters: z.array(ParameterSchema).max(20).default([]),
    integration: IntegrationSchema,
    notes: z.array(z.string().max(1000)).max(20).default([]),
  })
  .strict();

export type Preset = z.infer<typeof PresetSchema>;
export type PresetInput = z.input<typeof PresetSchema>;
export type Parameter = z.infer<typeof ParameterSchema>;

export function presetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(PresetSchema, { io: 'input', target: 'draft-2020-12' }),
    title: 'Webex integration preset',
  };
}
