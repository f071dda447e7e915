/** The preset format's constants, apart from its zod schema so that a page can use them without the validator. */
export const SCHEMA_VERSION = 3;
/** `{key}`, or `{part.key}` for a value of another integration of a bundle (`{contactCenter.clientId}`). */
export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)?)\}/g;

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
  'authorizationCode',
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

/** What a hand-off value may carry that must never go to a page the preset did not name. */
export const SECRET_PLACEHOLDERS = ['clientSecret', 'accessToken', 'refreshToken'] as const;
