/** The replica switches every browser's e2e fills on, and what the portal must then receive. */
import { fillRequest } from './presets';

export const SWITCHES = [
  'markup=for&ids=scope',
  'markup=for&ids=prefixed',
  'markup=for&ids=none',
  'markup=wrap&ids=none',
  'markup=aria&ids=none',
  'markup=shadow&ids=scope',
  'markup=shadow&ids=none',
  'traps=1&ids=none',
  // The classes of markup that broke on independently built pages, and Cisco's UI kits.
  'markup=label-desc&ids=none',
  'markup=aria-wrapper&ids=none',
  'markup=shadow-row&ids=none',
  'markup=mdc&ids=none',
  'markup=cui&ids=prefixed',
  'icon=pressed',
  'icon=checked',
  'icon=selected',
  'redirect=chips',
  'contactEmail=1',
  'delay=2500',
  // Classes that were reported as done (or late) on a second set of independent pages.
  'sdk=select',
  'redirect=chips-add',
  'redirect=textarea',
  'redirect=rows-numbered',
  'iconPlaceholder=1',
  'iconDialog=1',
  'iconDialog=1&icon=selected',
  'markup=radix&ids=none',
  'markup=listbox&ids=none',
  'noise=1&ids=none',
  'sections=collapsed&ids=none',
  'sections=hidden&ids=none',
  'sections=virtual&ids=none',
];

export const SPHERE = fillRequest('sphereshield-webex-meetings', { accessPortalUrl: 'https://ap.fiji.agat.world' });

/** What "Add Integration" sends for these scopes: plus spark:kms, which the portal adds itself. */
export const expectedScopes = (scopes: string[]) => [...new Set([...scopes, 'spark:kms'])].sort();

/** The submission SphereShield must produce on a switch. */
export const sphereSubmission = (query: string) => ({
  kind: 'create',
  name: 'SphereShield',
  mobileSdk: 'no',
  description: SPHERE.integration.description,
  redirectUris: ['https://ap.fiji.agat.world/account/webexauth'],
  contactEmail: query.includes('contactEmail') ? 'support@agatsoftware.com' : null,
  icon: 'default-1',
  scopes: expectedScopes([...SPHERE.integration.scopes, ...SPHERE.integration.optionalScopes]),
});
