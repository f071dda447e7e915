import type { FillRequest } from '@/core/messages';

export function fillRequestFixture(): FillRequest {
  return {
    presetId: 'p',
    presetName: 'P',
    portal: 'developer.webex.com',
    exact: 'auto',
    integration: {
      name: 'App',
      description: 'Desc',
      redirectUris: ['https://a.example.com/cb'],
      scopes: ['spark:all'],
      optionalScopes: [],
      mobileSdk: false,
    },
  };
}
