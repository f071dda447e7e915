/**
 * How many integrations a guide has you create, and which stretch of it belongs to each: a
 * "Create an integration" step starts one, its "Add Integration" click ends it. A stretch counts
 * as an integration of its own only when it names scopes and a redirect URI or the click, so a
 * guide's overview, or a console snippet after the steps, never makes a second one.
 */
import { isHeading, type Segment } from './segments';

export interface GuidePart {
  /** First and last segment (inclusive). */
  start: number;
  end: number;
  /** The heading above it ("Webex Contact Center", "Configure OAuth client"), if any. */
  title: string | null;
}

export const CREATE_INTEGRATION =
  /\bcreate (?:a |an |new |a new )?(?:app )?integration\b|\bcreate a new app\b|\bnew app integration\b|\bintegrations? (?:must|should|needs? to|has to|have to) be created\b|\bregister (?:a |an |new |a new )?integration\b/i;
export const ADD_INTEGRATION = /\badd integration\b/i;

/**
 * The guide lets a vendor's own app in instead of creating one, strongest words first:
 * "authorize the … application", "accept the API authorization scope"; then "get tokens",
 * "Connect to Webex".
 */
export const AUTHORIZE_VENDOR_APP = [
  /\bauthori[sz]e (?:the |their |our |its |your )?(?:[\w’'-]+ ){0,7}(?:app|application|integration)s?\b|\baccept the (?:api )?(?:authorization|permissions?|scopes?)\b|\bpermissions are granted to\b/i,
  /\b(?:get|obtain|request|retrieve) (?:the )?(?:access )?tokens\b|\bconnect to webex\b/i,
];

/** The heading nearest above a segment, within a few segments. */
function titleAbove(segments: readonly Segment[], at: number): string | null {
  for (let i = at - 1; i >= Math.max(0, at - 8); i--) {
    const s = segments[i]!;
    if (isHeading(s) && !CREATE_INTEGRATION.test(s.text)) return s.text;
  }
  return null;
}

/**
 * The integrations a guide has you create, when it has you create more than one; otherwise an
 * empty list (the whole text is about the one integration).
 */
export function integrationParts(
  segments: readonly Segment[],
  hasScopes: (segment: number) => boolean,
  hasRedirect: (segment: number) => boolean,
): GuidePart[] {
  const anchors = segments.filter((s) => CREATE_INTEGRATION.test(s.text)).map((s) => s.index);
  // Anchors with no scope between them are the same integration's steps.
  const clusters: number[][] = [];
  for (const a of anchors) {
    const current = clusters.at(-1);
    const scopesBetween = current && segments.slice(current.at(-1)!, a).some((s) => hasScopes(s.index));
    if (current && !scopesBetween) current.push(a);
    else clusters.push([a]);
  }
  const parts: GuidePart[] = [];
  clusters.forEach((cluster, i) => {
    const start = cluster[0]!;
    const next = clusters[i + 1]?.[0] ?? segments.length;
    let end = next - 1;
    for (let k = cluster.at(-1)!; k < next; k++)
      if (ADD_INTEGRATION.test(segments[k]!.text)) {
        end = k;
        break;
      }
    const range = segments.slice(start, end + 1);
    const added = range.some((s) => ADD_INTEGRATION.test(s.text));
    if (range.some((s) => hasScopes(s.index)) && (added || range.some((s) => hasRedirect(s.index))))
      parts.push({ start, end, title: titleAbove(segments, start) });
  });
  return parts.length >= 2 ? parts : [];
}
