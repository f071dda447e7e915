/**
 * A page outline's first line: what it is, where it comes from, and what a replay must
 * reproduce. Apart from the builder, so the popup (which writes the header) does not bundle it.
 */
import type { FillReport, PageKind } from '../fill/report';

export const OUTLINE_MARK = 'webex-helper-outline';

export interface OutlineHeader {
  version: string;
  host: string;
  page: PageKind;
  date: string;
  /** The fill that went wrong, when there was one: the preset, its values and what the report said. */
  preset?: { id: string; values: Record<string, string>; exact: boolean | 'auto'; part?: string };
  expect?: OutlineExpectation;
  /** Set when the outline was cut at OUTLINE_MAX_BYTES. */
  cut?: boolean;
}

/** What a replay must reproduce: each field's status, and the scopes by status. */
export interface OutlineExpectation {
  error?: string;
  fields: Record<string, string>;
  scopes: Record<string, string[]>;
}

/**
 * The report as outcomes, so that a replay on the outline (copied after the fill, with the
 * scopes already ticked) gives the same as the fill did: filled and unchanged are both "set",
 * ticked and already both "ticked", and what exact mode unticked is left out.
 */
export function expectationOf(report: FillReport): OutlineExpectation {
  const scopes: Record<string, string[]> = {};
  for (const s of report.scopes) {
    if (s.status === 'unticked') continue;
    const status = s.status === 'already' ? 'ticked' : s.status;
    (scopes[status] ??= []).push(s.scope);
  }
  for (const list of Object.values(scopes)) list.sort();
  const field = (status: string) => (status === 'filled' || status === 'unchanged' ? 'set' : status);
  return {
    ...(report.error !== undefined && { error: report.error }),
    fields: Object.fromEntries(report.fields.map((f) => [f.field, field(f.status)])),
    scopes,
  };
}

/** The header of an outline, or null when the text is not one. */
export function readOutlineHeader(html: string): OutlineHeader | null {
  const match = new RegExp(`^<!-- ${OUTLINE_MARK} (.*?) -->`).exec(html);
  if (!match) return null;
  try {
    return JSON.parse(match[1]!) as OutlineHeader;
  } catch {
    return null;
  }
}
