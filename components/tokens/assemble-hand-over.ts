/** What "Copy for the vendor" holds, from the captures and the preset that made them. */
import {
  ALL_ITEMS,
  assembleBundleHandOver,
  assembleHandOver,
  type HandOver,
  type HandOverSource,
} from '@/core/oauth/hand-over';
import { tokenTarget } from '@/core/oauth/token-target';
import { siblingsOf } from '@/core/presets/choose-part';
import { partOf, partsOf } from '@/core/presets/parts';
import type { Preset } from '@/core/presets/schema';
import type { CaptureRecord } from '@/core/session/credentials-store';

/** What "Copy for the vendor" holds for one capture: its preset's list, or a bundle's lists from each integration captured. */
function sourceOf(record: CaptureRecord, redirectUri: string | null): HandOverSource {
  const c = record.credentials;
  const target = tokenTarget(record);
  return {
    integrationName: c.integrationName,
    clientId: c.clientId,
    clientSecret: c.clientSecret,
    integrationId: c.integrationId,
    oauthUrl: c.oauthUrl,
    redirectUri: target.ok
      ? redirectUri && target.redirectUris.includes(redirectUri)
        ? redirectUri
        : target.redirectUris[0]!
      : null,
    scopes: target.ok ? target.scopes : null,
    orgId: record.org ? (record.org.orgUuid ?? record.org.orgId) : null,
    tokens: record.tokens ?? null,
    authorizationCode: record.code?.value ?? null,
  };
}

export function assembleFor(
  record: CaptureRecord,
  all: readonly CaptureRecord[],
  preset: Preset | null,
  redirectUri: string,
): { handOver: HandOver; presetName: string | null; bundle: boolean } {
  const part = preset ? partOf(preset, record.applied?.part?.key) : null;
  if (!preset || !part || part.count === 1 || !record.applied?.part) {
    const needs = part?.vendorNeeds ?? preset?.vendorNeeds;
    return {
      handOver: assembleHandOver(needs ?? ALL_ITEMS, sourceOf(record, redirectUri)),
      presetName: needs ? preset!.name : null,
      bundle: false,
    };
  }
  const siblings = siblingsOf(record, all);
  const sections = partsOf(preset).map((p) => {
    const capture = p.key === part.key ? record : siblings[p.key];
    return {
      key: p.key,
      title: p.title,
      needs: p.vendorNeeds ?? ALL_ITEMS,
      source: capture ? sourceOf(capture, p.key === part.key ? redirectUri : null) : null,
    };
  });
  return { handOver: assembleBundleHandOver(sections), presetName: preset.name, bundle: true };
}
