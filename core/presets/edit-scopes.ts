/**
 * The scope picker edits the preset being written in the options page's JSON editor. It works on
 * the text only while it is a JSON object; anything else is left exactly as the user typed it.
 */
import { PORTALS, type Portal } from '../catalog/catalog';

export interface EditableScopes {
  portal: Portal;
  scopes: string[];
}

type Json = Record<string, unknown>;

function parseObject(text: string): Json | null {
  try {
    const value = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null;
  } catch {
    return null;
  }
}

/** What the picker shows for this text, or null when the text is not a JSON object yet. */
export function readScopes(text: string): EditableScopes | null {
  const doc = parseObject(text);
  // A bundle's scopes are in each of its integrations: edited in the JSON itself.
  if (!doc || Array.isArray(doc.integrations)) return null;
  const portal = PORTALS.includes(doc.portal as Portal) ? (doc.portal as Portal) : 'developer.webex.com';
  const integration = doc.integration as Json | undefined;
  const scopes = Array.isArray(integration?.scopes)
    ? integration.scopes.filter((s): s is string => typeof s === 'string')
    : [];
  return { portal, scopes };
}

/** The text with `scope` added to or removed from integration.scopes (and optionalScopes on removal). */
export function toggleScope(text: string, scope: string, on: boolean): string {
  const doc = parseObject(text);
  if (!doc) return text;
  const integration: Json =
    typeof doc.integration === 'object' && doc.integration !== null ? { ...(doc.integration as Json) } : {};
  const scopes = Array.isArray(integration.scopes) ? [...(integration.scopes as unknown[])] : [];
  if (on && !scopes.includes(scope)) scopes.push(scope);
  integration.scopes = on ? scopes : scopes.filter((s) => s !== scope);
  if (!on && Array.isArray(integration.optionalScopes)) {
    integration.optionalScopes = (integration.optionalScopes as unknown[]).filter((s) => s !== scope);
  }
  return `${JSON.stringify({ ...doc, integration }, null, 2)}\n`;
}
