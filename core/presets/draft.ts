/** A new custom preset drafted from what a portal page holds: the user adds vendor, source and parameters. */
import type { FormSnapshot } from '../fill/read-form';
import { slug } from '../slug';
import { SCHEMA_VERSION } from './constants';

export const DRAFT_KEY = 'presetDraft';

export function draftFromForm(form: FormSnapshot, portal: string): Record<string, unknown> {
  return {
    $schema: './preset.schema.json',
    schemaVersion: SCHEMA_VERSION,
    id: `${slug(form.name, 'my-integration', 56)}-preset`.replace(/^-/, ''),
    name: form.name || 'My integration',
    vendor: '',
    source: '',
    portal,
    parameters: [],
    integration: {
      name: form.name,
      description: form.description,
      redirectUris: form.redirectUris,
      scopes: form.scopes,
    },
    notes: [],
  };
}
