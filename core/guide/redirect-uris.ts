/**
 * Redirect URIs in a guide: addresses and address templates where the guide speaks of a
 * redirect or callback URI (in the sentence, or in the one or two before it, or the table cell
 * before it), each placeholder turned into a parameter. An address written without a scheme is
 * proposed with https:// (http:// for this machine); an "Example:" address only lends its site
 * to the parameter's example. Webex's own addresses (developer.webex.com…) are never taken.
 */
import type { Parameter } from '../presets/schema';
import { redirectUriProblem } from '../presets/url-rules';
import { parameterFor, placeholderWords, type Position, sampleFor } from './placeholders';
import type { Segment } from './segments';

export interface RedirectFind {
  asWritten: string;
  /** The preset's template: `{key}` for each parameter. */
  template: string;
  segment: number;
  line: number;
  /** The parameters the template uses, with where each stands. */
  parameters: Array<{ parameter: Parameter; position: Position; asWritten: string }>;
  /** Written without a scheme: the one proposed. */
  schemeAdded?: 'https://' | 'http://';
  /** Why the portal would refuse it (checked with neutral values in place of the parameters). */
  problem: string | null;
}

export interface ExampleAddress {
  url: string;
  segment: number;
}

const REDIRECT_WORDS =
  /\bredirect(?:ion)?[\s_-]*(?:uri|url)s?\b|\bredirect_uri\b|\bcallback(?:[\s_-]*(?:uri|url))?s?\b|\breply[\s_-]*urls?\b|\bredirect(?:s)?\s*\(|\bredirect\s*:/i;
const EXAMPLE_LEAD =
  /^(?:example|e\.g\.|for example|for instance|such as|like)\b|\bexample (?:for|of|:)|\bexample\s*:/i;
const WEBEX_HOST = /(^|\.)(webex\.com|webexapis\.com|webex-cx\.com|ciscospark\.com|wbx2\.com)$/i;
const LOOPBACK = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;

/** Placeholder groups: `{x}` `{{x}}` `${x}` `[x]` `<x>` `YOUR_X` `your-x`. */
const GROUP =
  /\$?\{\{?([^{}\n]{1,60}?)\}?\}|\[([^[\]\n]{1,60})\](?=[/.:]|$)|<([^<>\n]{1,60})>|\b(YOUR[_-][A-Z0-9_-]*[A-Z0-9]|your[_-][a-z0-9_-]*[a-z0-9])\b/g;

interface Marked {
  text: string;
  raws: string[];
  inners: string[];
}

/** The text with each placeholder replaced by a marker (two private-use characters around its number, no spaces), and the placeholders. */
function markPlaceholders(text: string): Marked {
  const raws: string[] = [];
  const inners: string[] = [];
  const marked = text.replace(GROUP, (whole, curly?: string, square?: string, angle?: string, capital?: string) => {
    const inner = (curly ?? square ?? angle ?? capital ?? '').trim();
    // <https://…> is a link written in angle brackets, not a placeholder.
    if (angle !== undefined && /^[a-z][a-z0-9+.-]*:\/\//i.test(inner)) return inner;
    if (
      angle !== undefined &&
      /^\/?[a-z][a-z0-9-]*(\s|$)/.test(inner) &&
      /^(br|p|a|b|i|li|ul|ol|div|span|code)$/i.test(inner)
    )
      return ' ';
    raws.push(whole);
    inners.push(inner);
    return `\uE000${raws.length - 1}\uE001`;
  });
  return { text: marked, raws, inners };
}

const MARKER = /\uE000(\d+)\uE001/g;
const unmark = (s: string, m: Marked) => s.replace(MARKER, (_x, i: string) => m.raws[Number(i)]!);

/** Where a placeholder stands in an address. */
function positionAt(address: string, at: number, length: number): { position: Position; rest: string } {
  const before = address.slice(0, at);
  const after = address.slice(at + length);
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(before);
  const inAuthority = scheme ? !before.slice(scheme[0].length).includes('/') : !before.includes('/');
  if (!inAuthority) return { position: 'path', rest: '' };
  if (before === '' && (after === '' || after.startsWith('/'))) return { position: 'site', rest: '' };
  if (after.startsWith('.')) return { position: 'label', rest: after.split('/')[0]!.replace(/:\d+$/, '') };
  return { position: 'host', rest: '' };
}

/** An address-like word: a scheme, a placeholder for the site then a path, this machine, or a host without a scheme. */
function isAddress(word: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\/\S/i.test(word)) return true;
  if (/^\uE000\d+\uE001\//.test(word)) return true;
  if (/^(localhost|127\.0\.0\.1)(:\d+)?(\/\S*)?$/i.test(word)) return true;
  // A host without a scheme needs a path or a placeholder, so "e.g." and file names stay words.
  const hostLike = /^(?:[\w-]+|\uE000\d+\uE001)(?:\.(?:[\w-]+|\uE000\d+\uE001))+(?::\d{1,5})?(?:\/\S*)?$/.test(word);
  return (
    hostLike &&
    (word.includes('/') || word.includes('\uE000')) &&
    !/\.(txt|md|json|zip|png|jpe?g|pdf|html?|ini|exe|js|ts|do)$/i.test(word.split('/')[0]!)
  );
}

const TRIM = /^["'“”‘’`(]+|["'“”‘’`),.;:!?]+$/g;

function hostOf(address: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(address) ?? /^([^/?#]*)/.exec(address);
  return (m?.[1] ?? '').replace(/\uE000\d+\uE001/g, 'x');
}

/** "your Access Portal URL (provided by AGAT) with the addition of /account/webexauth suffix". */
const PROSE_TEMPLATE =
  /\byour\s+((?:[A-Z][\w.-]*\s+){0,4}(?:URL|address|domain|host(?:\s?name)?|site|server|instance))\b(?:\s*\([^)]*\))?[^.]{0,40}?\b(?:with|plus|followed by|and)\s+(?:the\s+)?(?:addition of\s+|suffix\s+|path\s+)?["“`']?(\/[\w/.~-]*[\w/~-])/i;
const PROSE_APPEND =
  /\b(?:append|add)\s+["“`']?(\/[\w/.~-]*[\w/~-])["”`']?\s+to\s+(?:the\s+end\s+of\s+)?your\s+((?:[A-Z][\w.-]*\s+){0,4}(?:URL|address|domain|host(?:\s?name)?|site))\b/i;

function build(address: string, marked: Marked, seg: Segment, asWritten: string): RedirectFind {
  let schemeAdded: RedirectFind['schemeAdded'];
  let full = address;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(full) && !/^\uE000\d+\uE001(\/|$)/.test(full)) {
    schemeAdded = LOOPBACK.test(hostOf(full)) ? 'http://' : 'https://';
    full = schemeAdded + full;
  }
  const parameters: RedirectFind['parameters'] = [];
  let template = '';
  let sample = '';
  let last = 0;
  for (const m of full.matchAll(MARKER)) {
    const i = Number(m[1]);
    const { position, rest } = positionAt(full, m.index, m[0].length);
    const parameter = parameterFor(placeholderWords(marked.inners[i]!), position, marked.raws[i]!, rest);
    parameters.push({ parameter, position, asWritten: marked.raws[i]! });
    template += `${full.slice(last, m.index)}{${parameter.key}}`;
    sample += `${full.slice(last, m.index)}${sampleFor(position)}`;
    last = m.index + m[0].length;
  }
  template += full.slice(last);
  sample += full.slice(last);
  return {
    asWritten,
    template,
    segment: seg.index,
    line: seg.line,
    parameters,
    ...(schemeAdded && { schemeAdded }),
    problem: redirectUriProblem(sample),
  };
}

export function redirectFinds(segments: readonly Segment[]): { uris: RedirectFind[]; examples: ExampleAddress[] } {
  const uris: RedirectFind[] = [];
  const examples: ExampleAddress[] = [];
  const withoutAddresses = (t: string) => t.replace(/\S*:\/\/\S*/g, ' ');
  const speaksOfRedirect = (s: Segment | undefined) => s !== undefined && REDIRECT_WORDS.test(withoutAddresses(s.text));
  segments.forEach((seg, i) => {
    const near = [segments[i - 1], segments[i - 2]].filter((s) => s && seg.line - s.line <= 3);
    const context = speaksOfRedirect(seg) || near.some(speaksOfRedirect);
    if (!context) return;
    const marked = markPlaceholders(seg.text);
    const example = EXAMPLE_LEAD.test(seg.text.trim());

    const prose = PROSE_TEMPLATE.exec(seg.text);
    const append = prose ? null : PROSE_APPEND.exec(seg.text);
    if (prose || append) {
      const label = (prose ? prose[1] : append![2])!.trim();
      const suffix = (prose ? prose[2] : append![1])!;
      const words = placeholderWords(label);
      const parameter = parameterFor(words, 'site', `“your ${label}”`);
      const template = `{${parameter.key}}${suffix}`;
      uris.push({
        asWritten: (prose ?? append)![0],
        template,
        segment: seg.index,
        line: seg.line,
        parameters: [{ parameter, position: 'site', asWritten: `your ${label}` }],
        problem: redirectUriProblem(`https://example.com${suffix}`),
      });
    }

    for (const raw of marked.text.split(/\s+/)) {
      const word = raw.replace(TRIM, '');
      if (!word || !isAddress(word)) continue;
      const host = hostOf(word);
      if (WEBEX_HOST.test(host)) continue;
      if (example && !word.includes('\uE000')) {
        examples.push({ url: unmark(word, marked), segment: seg.index });
        continue;
      }
      uris.push(build(word, marked, seg, unmark(word, marked)));
    }
  });
  return { uris, examples };
}

/** A site for a parameter's example: the example address, without the template's fixed end. */
export function exampleSite(template: string, key: string, examples: readonly ExampleAddress[]): string | undefined {
  const prefix = `{${key}}`;
  if (!template.startsWith(prefix)) return undefined;
  const suffix = template.slice(prefix.length);
  for (const { url } of examples) {
    if (suffix && url.endsWith(suffix)) {
      const site = url.slice(0, url.length - suffix.length);
      if (/^https:\/\/[^/\s]+$/.test(site)) return site;
    }
  }
  return undefined;
}
