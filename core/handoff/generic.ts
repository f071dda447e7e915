/**
 * "Fill matching fields": for any vendor page without a preset hand-off (n8n, Splunk SOAR,
 * Postman's own forms…), the fields whose labels say what they hold. Only exact labels (as the
 * browser names the field), never a substring: a bare "Secret" or "ID" is not enough.
 */
import type { HandOff } from '../presets/schema';

export const GENERIC_HAND_OFF: HandOff = {
  fields: [
    { labels: ['Client ID', 'OAuth Client ID', 'Webex Client ID', 'Client Identifier'], value: '{clientId}' },
    { labels: ['Client Secret', 'OAuth Client Secret', 'Webex Client Secret'], value: '{clientSecret}' },
    { labels: ['Integration ID', 'Webex Integration ID'], value: '{integrationId}' },
    {
      labels: ['Redirect URI', 'Redirect URL', 'OAuth Redirect URI', 'OAuth Redirect URL', 'Callback URL'],
      value: '{redirectUri}',
    },
    {
      labels: ['OAuth URL', 'OAuth Authorization URL', 'Authorization URL', 'Authorize URL'],
      value: '{oauthUrl}',
    },
    { labels: ['Access token', 'OAuth access token', 'Webex access token'], value: '{accessToken}' },
    { labels: ['Refresh token', 'OAuth refresh token'], value: '{refreshToken}' },
  ],
  notes: [],
};
