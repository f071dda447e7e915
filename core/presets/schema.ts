/**
 * The preset format (schemaVersion 3): a declarative description of a Webex integration, like a
 * Slack app manifest. scope-presets/preset.schema.json is generated from this (npm run presets:schema).
 * Written with zod/mini, which keeps the popup's bundle small.
 */
import * as z from 'zod/mini';
import { PORTAL_LIMITS } from '../portal/knowledge';

export const SCHEMA_VERSION = 3;
export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

const text = (min: number, max: number, description?: string) =>
  description
    ? z.string().check(z.minLength(min), z.maxLength(max), z.describe(description))
    : z.string().check(z.minLength(min), z.maxLength(max));

export const ParameterSchema = z.strictObject({
  key: z
    .string()
    .check(
      z.regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'must start with a letter and hold only letters, digits and _'),
      z.describe('Name used in {key} placeholders'),
    ),
  label: text(1, 80, 'Label of the field the user fills in'),
  kind: z
    .enum(['url', 'email', 'text'])
    .check(z.describe('url: absolute https URL; email; text (optionally checked by pattern)')),
  example: z.optional(text(0, 300, 'Shown as placeholder')),
  required: z._default(z.boolean(), true),
  pattern: z.optional(text(0, 300, 'For kind text: a regular expression the whole value must match')),
  help: z.optional(text(0, 300)),
});

export const IntegrationSchema = z.strictObject({
  // The portal's own limits, before and after substitution: a longer template never fits.
  name: text(1, PORTAL_LIMITS.name, `Integration name; ≤ ${PORTAL_LIMITS.name} characters after substitution`),
  description: text(
    1,
    PORTAL_LIMITS.description,
    `App Hub description; ≤ ${PORTAL_LIMITS.description} characters after substitution`,
  ),
  contactEmail: z.optional(text(0, 254)),
  redirectUris: z.array(text(0, 2000)).check(z.minLength(1), z.maxLength(20)),
  scopes: z.array(text(0, 100)).check(z.minLength(1), z.maxLength(200), z.describe('Scopes to tick; case-sensitive')),
  optionalScopes: z._default(
    z
      .array(text(0, 100))
      .check(z.maxLength(50), z.describe('Ticked when the portal offers them; reported, not failed, when it does not')),
    [],
  ),
  mobileSdk: z._default(z.boolean(), false),
  icon: z.optional(
    z
      .string()
      .check(
        z.maxLength(2_000_000),
        z.regex(
          /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/,
          'must be a data:image/png or data:image/jpeg base64 URL',
        ),
        z.describe('512×512 PNG or JPEG as a data URL'),
      ),
  ),
});

/** What a vendor may ask for after the integration exists ("Copy for the vendor"), in the order it asks. */
export const HAND_OVER_ITEMS = [
  'integrationName',
  'clientId',
  'clientSecret',
  'integrationId',
  'oauthUrl',
  'redirectUri',
  'scopes',
  'orgId',
  'accessToken',
  'refreshToken',
] as const;
export type HandOverItem = (typeof HAND_OVER_ITEMS)[number];

/** What a hand-off value may name besides the preset's parameters: what the portal showed. */
export const CREDENTIAL_PLACEHOLDERS = [
  'clientId',
  'clientSecret',
  'integrationId',
  'oauthUrl',
  'integrationName',
  'redirectUri',
  'accessToken',
  'refreshToken',
] as const;

export const HandOffFieldSchema = z.strictObject({
  labels: z
    .array(text(1, 80))
    .check(
      z.minLength(1),
      z.maxLength(6),
      z.describe('The field’s label on the vendor page, and alternatives; matched as the browser names the field'),
    ),
  value: text(1, 500, `Template: ${CREDENTIAL_PLACEHOLDERS.map((k) => `{${k}}`).join(', ')} or a parameter's {key}`),
});

/** What a hand-off value may carry that must never go to a page the preset did not name. */
export const SECRET_PLACEHOLDERS = ['clientSecret', 'accessToken', 'refreshToken'] as const;

export const HandOffSchema = z.strictObject({
  url: z.optional(
    text(
      1,
      500,
      'The vendor page to fill, e.g. {accessPortalUrl}/account/webexauth; matched on origin and path. Without it (and without origins), the hand-off applies on whatever non-portal page the popup is opened on, and may carry no secret',
    ),
  ),
  origins: z.optional(
    z
      .array(text(1, 200))
      .check(
        z.minLength(1),
        z.maxLength(10),
        z.describe(
          'Since schemaVersion 3: the sites where this hand-off may fill, as https origins or match patterns: https://*.cloud.com, https://{microappServer}. A hand-off whose fields carry {clientSecret}, {accessToken} or {refreshToken} needs url or origins',
        ),
      ),
  ),
  fields: z.array(HandOffFieldSchema).check(z.minLength(1), z.maxLength(20)),
  notes: z._default(z.array(text(0, 500)).check(z.maxLength(10)), []),
});

export const PresetSchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'must be 2–64 lower-case letters, digits and dashes')),
  name: text(1, 120),
  vendor: text(1, 120),
  source: text(1, 500, 'The vendor guide this preset comes from'),
  sourceUrl: z.optional(text(0, 500)),
  portal: z.enum(['developer.webex.com', 'developer.webex-cx.com']),
  parameters: z._default(z.array(ParameterSchema).check(z.maxLength(20)), []),
  integration: IntegrationSchema,
  notes: z._default(z.array(text(0, 1000)).check(z.maxLength(20)), []),
  handOff: z.optional(
    HandOffSchema.check(
      z.describe(
        'Since schemaVersion 2: the vendor page where the credentials go, and its fields. "Fill this page" fills them; it never submits.',
      ),
    ),
  ),
  vendorNeeds: z.optional(
    z
      .array(z.enum(HAND_OVER_ITEMS))
      .check(
        z.minLength(1),
        z.maxLength(HAND_OVER_ITEMS.length),
        z.describe(
          'Since schemaVersion 2: what the vendor asks for once the integration exists, in that order. "Copy for the vendor" assembles it; accessToken and refreshToken come with their expiry dates, orgId is the UUID Control Hub shows.',
        ),
      ),
  ),
});

export type Preset = z.infer<typeof PresetSchema>;
export type Parameter = z.infer<typeof ParameterSchema>;
export type HandOff = z.infer<typeof HandOffSchema>;

export function presetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(PresetSchema, { io: 'input', target: 'draft-2020-12' }),
    title: 'Webex integration preset',
  };
}
