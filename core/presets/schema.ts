/**
 * The preset format (schemaVersion 3): a declarative description of a Webex integration, like a
 * Slack app manifest. scope-presets/preset.schema.json is generated from this (npm run presets:schema).
 * Written with zod/mini, which keeps the popup's bundle small.
 */
import { CREDENTIAL_PLACEHOLDERS, HAND_OVER_ITEMS, SCHEMA_VERSION } from './constants';
import * as z from 'zod/mini';
import { PORTAL_LIMITS } from '../portal/knowledge';

const KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

const text = (min: number, max: number, description?: string) =>
  description
    ? z.string().check(z.minLength(min), z.maxLength(max), z.describe(description))
    : z.string().check(z.minLength(min), z.maxLength(max));

// The format's constants live apart (no zod), and are the schema's too.
export * from './constants';

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

/** A feature the admin may switch on or off, with the scopes it needs (Splunk's inputs, ServiceNow's processes). */
export const FeatureGroupSchema = z.strictObject({
  key: z.string().check(z.regex(KEY, 'must start with a letter and hold only letters, digits and _')),
  name: text(1, 80, 'What the admin switches on, as the guide names it: "Meeting qualities input"'),
  reason: z.optional(text(0, 300, 'Why these scopes, in the guide’s words')),
  scopes: z.array(text(0, 100)).check(z.minLength(1), z.maxLength(50)),
  default: z._default(z.boolean(), true),
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
  scopes: z
    .array(text(0, 100))
    .check(
      z.maxLength(200),
      z.describe('Scopes to tick; case-sensitive. May be empty when feature groups hold every scope'),
    ),
  optionalScopes: z._default(
    z
      .array(text(0, 100))
      .check(z.maxLength(50), z.describe('Ticked when the portal offers them; reported, not failed, when it does not')),
    [],
  ),
  featureGroups: z.optional(
    z
      .array(FeatureGroupSchema)
      .check(
        z.maxLength(20),
        z.describe(
          'Since schemaVersion 3: named features, each with its scopes, offered as choices; the fill ticks the scopes of those chosen',
        ),
      ),
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

const PortalSchema = z.enum(['developer.webex.com', 'developer.webex-cx.com']);

const VendorNeedsSchema = z
  .array(z.enum(HAND_OVER_ITEMS))
  .check(
    z.minLength(1),
    z.maxLength(HAND_OVER_ITEMS.length),
    z.describe(
      'Since schemaVersion 2: what the vendor asks for once the integration exists, in that order. "Copy for the vendor" assembles it; accessToken and refreshToken come with their expiry dates, orgId is the UUID Control Hub shows, authorizationCode is a code read from the sign-in and never exchanged.',
    ),
  );

/** One integration of a bundle: created on its own portal, with its own credentials. */
export const PartSchema = z.strictObject({
  key: z
    .string()
    .check(
      z.regex(KEY, 'must start with a letter and hold only letters, digits and _'),
      z.describe('Names this integration in placeholders: {calling.clientId}'),
    ),
  title: text(1, 80, 'What the popup calls it: "Webex Calling"'),
  portal: PortalSchema,
  integration: IntegrationSchema,
  notes: z._default(z.array(text(0, 1000)).check(z.maxLength(20)), []),
  handOff: z.optional(HandOffSchema),
  vendorNeeds: z.optional(VendorNeedsSchema),
});

/** Where the guide is wrong, and what the preset does instead (shown with the preset). */
export const CorrectionSchema = z.strictObject({
  asWritten: text(1, 200, 'What the guide writes'),
  correct: z.optional(text(1, 200, 'What the preset uses instead (a scope, a label…)')),
  note: text(1, 500, 'Why, for the admin'),
});

export const PresetSchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'must be 2–64 lower-case letters, digits and dashes')),
  name: text(1, 120),
  vendor: text(1, 120),
  source: text(1, 500, 'The vendor guide this preset comes from'),
  sourceUrl: z.optional(text(0, 500)),
  portal: z.optional(PortalSchema.check(z.describe('One integration: the portal it is created on'))),
  parameters: z._default(z.array(ParameterSchema).check(z.maxLength(20)), []),
  integration: z.optional(IntegrationSchema),
  integrations: z.optional(
    z
      .array(PartSchema)
      .check(
        z.minLength(1),
        z.maxLength(4),
        z.describe(
          'Since schemaVersion 3: a bundle of integrations created one after another (instead of portal + integration)',
        ),
      ),
  ),
  corrections: z.optional(z.array(CorrectionSchema).check(z.maxLength(30))),
  notes: z._default(z.array(text(0, 1000)).check(z.maxLength(20)), []),
  handOff: z.optional(
    HandOffSchema.check(
      z.describe(
        'Since schemaVersion 2: the vendor page where the credentials go, and its fields. "Fill this page" fills them; it never submits.',
      ),
    ),
  ),
  vendorNeeds: z.optional(VendorNeedsSchema),
});

export type Preset = z.infer<typeof PresetSchema>;
export type Parameter = z.infer<typeof ParameterSchema>;
export type HandOff = z.infer<typeof HandOffSchema>;
export type Integration = z.infer<typeof IntegrationSchema>;
export type FeatureGroup = z.infer<typeof FeatureGroupSchema>;
export type Portal = z.infer<typeof PortalSchema>;

export function presetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(PresetSchema, { io: 'input', target: 'draft-2020-12' }),
    title: 'Webex integration preset',
  };
}
