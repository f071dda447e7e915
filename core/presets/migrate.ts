/**
 * Brings older preset documents to the current schemaVersion, and refuses newer ones clearly.
 *
 * schemaVersion 0 (the pre-release drafts): `integration.redirectUri` was a single string and
 * optional scopes were marked with a trailing `?` in `integration.scopes`.
 * schemaVersion 1: as 2 without `vendorNeeds` (what "Copy for the vendor" assembles), so a
 * version-1 document is a valid version-2 one once its version says so.
 * schemaVersion 2: as 3 without `handOff.origins`. A version-2 hand-off that carries a secret
 * without a `url` is still read as version 3, and the validator then asks where it may go:
 * nothing is guessed.
 */
import { SCHEMA_VERSION } from './constants';
import type { Validated } from './problems';

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

function fromV0(doc: Json): Json {
  const integration = isObject(doc.integration) ? { ...doc.integration } : doc.integration;
  if (isObject(integration)) {
    if (typeof integration.redirectUri === 'string' && integration.redirectUris === undefined) {
      integration.redirectUris = [integration.redirectUri];
      delete integration.redirectUri;
    }
    if (Array.isArray(integration.scopes)) {
      const all = integration.scopes as unknown[];
      const optional = all
        .filter((s): s is string => typeof s === 'string' && s.endsWith('?'))
        .map((s) => s.slice(0, -1));
      integration.scopes = all.filter((s) => !(typeof s === 'string' && s.endsWith('?')));
      if (optional.length)
        integration.optionalScopes = [...((integration.optionalScopes as string[]) ?? []), ...optional];
    }
  }
  return { ...doc, schemaVersion: 1, integration };
}

function fromV1(doc: Json): Json {
  return { ...doc, schemaVersion: 2 };
}

function fromV2(doc: Json): Json {
  return { ...doc, schemaVersion: 3 };
}

export function migrate(input: unknown): Validated<unknown> {
  if (!isObject(input)) {
    return {
      ok: false,
      problems: [{ path: '', message: `a preset must be a JSON object ({ "schemaVersion": ${SCHEMA_VERSION}, … })` }],
    };
  }
  const version = input.schemaVersion;
  if (version === undefined) {
    return {
      ok: false,
      problems: [{ path: 'schemaVersion', message: `is missing; add "schemaVersion": ${SCHEMA_VERSION}` }],
    };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return {
      ok: false,
      problems: [
        {
          path: 'schemaVersion',
          message: `must be a whole number (this extension writes ${SCHEMA_VERSION})`,
        },
      ],
    };
  }
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      problems: [
        {
          path: 'schemaVersion',
          message: `this preset was made by a newer version of the extension (schemaVersion ${version}); this version reads up to ${SCHEMA_VERSION}. Update the extension to use it.`,
        },
      ],
    };
  }
  const v1 = version === 0 ? fromV0(input) : input;
  const v2 = version <= 1 ? fromV1(v1) : v1;
  return { ok: true, value: version <= 2 ? fromV2(v2) : v2 };
}
