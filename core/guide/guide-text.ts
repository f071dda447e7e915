/**
 * A vendor guide as plain lines: pasted text, a loaded .txt/.md/.html file, or a selection.
 * HTML is read as text (tags dropped, entities decoded), never parsed by a browser nor rendered;
 * nothing in it is followed or opened.
 */

/** A guide larger than this is refused, with its size (a guide page is tens of kB). */
export const MAX_GUIDE_BYTES = 1_000_000;

export function byteSize(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Null when the text can be read, else why not, with its size. */
export function guideSizeProblem(bytes: number, what = 'The text'): string | null {
  return bytes > MAX_GUIDE_BYTES
    ? `${what} is ${(bytes / 1e6).toFixed(1)} MB; a guide is read up to ${MAX_GUIDE_BYTES / 1e6} MB. Select or paste only the part about the Webex integration.`
    : null;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bull: '•',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** True when the text is an HTML document or fragment rather than prose that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  const tags = text
    .slice(0, 20_000)
    .match(/<\/?(p|div|li|ul|ol|h[1-6]|table|tr|td|th|br|span|a|code|pre|body)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3;
}

const BLOCK =
  /^(p|div|section|article|header|footer|main|aside|nav|h[1-6]|ul|ol|dl|dt|dd|table|thead|tbody|tr|pre|blockquote|figure|figcaption|hr|br|details|summary)$/;

/**
 * HTML to text lines: block elements break lines, list items become "- " bullets, table cells
 * are joined with " | ", code keeps its text, and script, style and template content is dropped.
 */
export function htmlToText(html: string): string {
  const withoutHidden = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|template|noscript|svg|head)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  const out = withoutHidden.replace(/<(\/?)([a-z][a-z0-9-]*)\b[^>]*>/gi, (_tag, close: string, rawName: string) => {
    const name = rawName.toLowerCase();
    if (name === 'li') return close ? '\n' : '\n- ';
    if (name === 'td' || name === 'th') return close ? ' | ' : '';
    if (BLOCK.test(name)) return '\n';
    return '';
  });
  return decodeEntities(out.replace(/<[^>]*$/, ''));
}

/**
 * The guide's lines: line ends normalised, non-breaking and zero-width characters and tabs
 * cleaned up, markdown links reduced to their text and address, HTML read as text.
 */
export function guideLines(input: string): string[] {
  const text = looksLikeHtml(input) ? htmlToText(input) : input;
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/\[([^\]\n]{0,200})\]\(([^)\s]{1,500})\)/g, (_m, label: string, url: string) =>
      label.trim() === url ? url : `${label} (${url})`,
    )
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/\*\*|__/g, '')
        .replace(/\s+$/, ''),
    );
  while (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}
