/**
 * What a guide says the integration is called, its description and contact email, as the
 * guide states them: `Integration Name should be simply "SphereShield"`, a table row
 * `Integration Name | CCBI for Webex |`, `Contact email should be support@…`.
 */
import { PORTAL_LIMITS } from '../portal/knowledge';
import type { Segment } from './segments';

export interface Stated {
  value: string;
  segment: number;
  line: number;
  asWritten: string;
}

const QUOTED = `["“'‘]([^"”'’\\n]{1,${PORTAL_LIMITS.name}})["”'’]`;
const NAME_SENTENCES = [
  new RegExp(
    `\\b(?:integration|app|application)(?:'s)? name (?:should|must|could|can) be (?:simply |set to |called )?${QUOTED}`,
    'i',
  ),
  new RegExp(`\\b(?:integration|app|application)(?:'s)? name (?:is|=|:)\\s*${QUOTED}`, 'i'),
  new RegExp(`\\b(?:name|call) (?:it|the integration|your integration|the app)\\s+${QUOTED}`, 'i'),
  new RegExp(`\\b(?:integration|app|application) (?:named|called)\\s+${QUOTED}`, 'i'),
  new RegExp(`\\benter\\s+${QUOTED}\\s+(?:as|in|for)\\s+(?:the\\s+)?(?:integration\\s+|app\\s+)?name`, 'i'),
  new RegExp(`\\b(?:integration|app) name\\s*[:=]\\s*(?!["“'‘])([^|.;\\n]{1,${PORTAL_LIMITS.name}}?)\\s*$`, 'i'),
];
const DESCRIPTION_SENTENCES = [
  new RegExp(
    `\\bdescription (?:should|must|could|can) be\\s+${QUOTED.replace(String(PORTAL_LIMITS.name), String(PORTAL_LIMITS.description))}`,
    'i',
  ),
  new RegExp(`\\bdescription\\s*[:=]\\s*["“]([^"”\\n]{1,${PORTAL_LIMITS.description}})["”]`, 'i'),
];
const CONTACT_EMAIL = /\bcontact e-?mail\b[^@\n]{0,40}?\b([\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,})\b/i;

/** Without the quotes or code marks around it. */
const unquote = (text: string) => {
  const t = text.trim();
  const m = /^([`"“'‘*]+)(.+?)([`"”'’*]+)$/.exec(t);
  return (m ? m[2]! : t).trim();
};

/** A table's two cells: `Integration Name | CCBI for Webex |` is two segments on one line. */
function rowValue(segments: readonly Segment[], i: number, header: RegExp): string | null {
  const s = segments[i]!;
  const next = segments[i + 1];
  if (!s.cell || !header.test(s.text.trim()) || !next || next.line !== s.line || !next.cell) return null;
  const value = unquote(next.text);
  return value || null;
}

function stated(
  segments: readonly Segment[],
  sentences: readonly RegExp[],
  header: RegExp,
  max: number,
): Stated | null {
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const row = rowValue(segments, i, header);
    if (row && row.length <= max)
      return { value: row, segment: s.index, line: s.line, asWritten: `${s.text} | ${row}` };
    for (const re of sentences) {
      const m = re.exec(s.text);
      if (m && unquote(m[1]!)) return { value: unquote(m[1]!), segment: s.index, line: s.line, asWritten: m[0] };
    }
  }
  return null;
}

export const statedName = (segments: readonly Segment[]) =>
  stated(segments, NAME_SENTENCES, /^(?:integration|app|application) name$/i, PORTAL_LIMITS.name);

export const statedDescription = (segments: readonly Segment[]) =>
  stated(segments, DESCRIPTION_SENTENCES, /^(?:app hub )?description$/i, PORTAL_LIMITS.description);

export function statedContactEmail(segments: readonly Segment[]): Stated | null {
  for (const s of segments) {
    const m = CONTACT_EMAIL.exec(s.text);
    if (m) return { value: m[1]!, segment: s.index, line: s.line, asWritten: m[0] };
  }
  return null;
}

/** A product name for a guide that states none: its page title, else its first heading. */
export function productName(segments: readonly Segment[], title: string | undefined): string {
  const clean = (t: string) =>
    t
      .replace(/\s*[|–—-]\s*[^|–—-]*(docs?|documentation|help|support|guide|knowledge base)[^|–—-]*$/i, '')
      .replace(/\s*[:|–—-]\s*(set-?up|installation|install|configuration|getting started|guide)\s*$/i, '')
      .replace(/[^\p{L}\p{N}\s.&+()'’:/-]/gu, '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80);
  if (title?.trim()) return clean(title) || 'Integration from a vendor guide';
  const first = segments.find((s) => s.wholeLine && !s.item && s.text.length <= 80 && /\p{L}/u.test(s.text));
  return (first && clean(first.text)) || 'Integration from a vendor guide';
}
