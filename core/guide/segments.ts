/**
 * A guide's lines cut into segments: list items, table cells and sentences, in order. A
 * selection from Chrome's context menu arrives with its line breaks turned into spaces, so
 * bullets, step numbers and sentence ends cut as well as line breaks do.
 */

export interface Segment {
  index: number;
  /** 1-based line in the guide. */
  line: number;
  /** The words, without the bullet or step number in front. */
  text: string;
  /** Began with a bullet or a step number, or is a table cell. */
  item: boolean;
  /** A table cell (`Scopes | Select - a - b`). */
  cell: boolean;
  /** The only segment of its line. */
  wholeLine: boolean;
}

/** A bullet, a step number ("3." "b)"), or a sentence end followed by a capital. */
const CUT =
  /\s*[•◦▪●‣∙·]\s*|(?:^|\s)[-*+–]\s+(?=\S)|(?:^|\s)(?:\d{1,2}|[a-z])[.)]\s+(?=\S)|(?<=[a-z0-9)"”'’\]][.!?])\s+(?=[A-Z“"'‘(])/g;

function cutLine(text: string): Array<{ text: string; item: boolean }> {
  const out: Array<{ text: string; item: boolean }> = [];
  let last = 0;
  let lastIsItem = false;
  for (const m of text.matchAll(CUT)) {
    const at = m.index;
    const piece = text.slice(last, at).trim();
    if (piece) out.push({ text: piece, item: lastIsItem });
    // A sentence end is not an item marker; everything else is.
    lastIsItem = /\S/.test(m[0]) && !/^[.!?]?\s+$/.test(m[0]);
    last = at + m[0].length;
  }
  const rest = text.slice(last).trim();
  if (rest) out.push({ text: rest, item: lastIsItem });
  return out;
}

const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

export function segmentsOf(lines: readonly string[]): Segment[] {
  const out: Segment[] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim() || TABLE_RULE.test(raw)) return;
    const pieces: Array<{ text: string; item: boolean; cell: boolean }> = [];
    if ((raw.match(/\|/g)?.length ?? 0) >= 2 || /\S\s*\|\s*\S/.test(raw)) {
      for (const cell of raw.split('|')) {
        const parts = cutLine(cell);
        parts.forEach((p, k) => pieces.push({ text: p.text, item: k === 0 || p.item, cell: true }));
      }
    } else {
      for (const p of cutLine(raw)) pieces.push({ ...p, cell: false });
    }
    for (const p of pieces)
      out.push({ index: out.length, line, text: p.text, item: p.item, cell: p.cell, wholeLine: pieces.length === 1 });
  });
  return out;
}

/** A heading: a short line on its own, not a step, not a sentence, with no address in it. */
export function isHeading(s: Segment): boolean {
  return (
    s.wholeLine &&
    !s.item &&
    s.text.length <= 70 &&
    /^[A-Z0-9]/.test(s.text) &&
    !/[.:;,!?]$/.test(s.text) &&
    !/:\/\/|\|/.test(s.text) &&
    s.text.split(/\s+/).length <= 10
  );
}
