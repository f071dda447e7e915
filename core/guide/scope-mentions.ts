/**
 * Every scope-shaped word in a guide, with what the guide's words around it say: asked for, or
 * only possibly there ("may not exist", legacy), or not asked ("If you do not select spark:all…",
 * "this replaces spark:all"), optional in the vendor's eyes, or given as an example. Lists,
 * tables, code arrays, prose and `scope=` parameters of OAuth URLs are all read.
 */
import type { ScopeResolver, Resolution } from './resolve-scope';
import type { Segment } from './segments';
import { isHeading } from './segments';

/**
 * - `maybe-missing`: the guide says the portal may not offer it (ticked when offered);
 * - `not-asked`: named in a sentence that does not ask for it;
 * - `optional`: the guide leaves it to the admin;
 * - `example`: given as an example.
 */
export type Cue = 'maybe-missing' | 'not-asked' | 'optional' | 'example';

export interface ScopeMention {
  asWritten: string;
  resolution: Exclude<Resolution, null>;
  segment: number;
  line: number;
  cue: Cue | null;
  /** The guide's words that carry the cue (or, without one, the segment). */
  words: string;
  /** Inside parentheses. */
  aside: boolean;
  /** Read from a `scope=` parameter of a URL. */
  fromUrl: boolean;
}

const MAYBE_MISSING =
  /\b(?:may|might) not (?:exist|be (?:available|listed|shown|offered|there))\b|\b(?:is|are) no longer (?:available|offered|listed)\b|\blegacy\b|\bdeprecated\b|\bif (?:it is |they are |it's )?(?:available|offered|listed|present|shown)\b|\bwhere (?:available|offered)\b|\b(?:may|might) require escalation\b|\bif (?:the portal|webex|your portal|it) (?:lists|offers|shows|has) (?:it|them)\b/i;
/** A condition or a negation: no scope of the sentence is asked for by it. */
const NOT_ASKED =
  /\bif you (?:do not|don't|did not|didn't|cannot|can't)\b|\bunless\b|\balternatively\b|\bno longer (?:needed|required|used)\b|\b(?:do not|don't|never) (?:select|tick|check|add|choose|enable|grant|need)\b|\bnot (?:needed|required|necessary)\b/i;
/** A substitution: what follows the words is the old scope, not asked for. */
const REPLACES = /\binstead of\b|\brather than\b|\breplaces?\b|\bsupersedes?\b|\bin place of\b/i;
/** A substitution in the passive: what comes before is the old scope. */
const REPLACED_BY = /\b(?:is|are|was|were|has been|have been) (?:replaced|superseded) by\b/i;
const OPTIONAL =
  /\(optional\)|\boptional(?:ly)?\b|\bif you (?:want|use|need|plan|would like|wish|intend)\b|\bonly (?:needed|required|necessary) (?:if|when|for)\b|\bonly if\b|\bonly when\b/i;
const EXAMPLE = /\be\.g\.|\bfor example\b|\bsuch as\b|\bfor instance\b|\bexamples?\b/i;

const COLON_WORD = /(?<![\w\-:/.@%#])[A-Za-z][\w-]*:[A-Za-z][\w.:-]*/g;
const SNAKE_WORD = /(?<![\w\-:/.@%#])[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*_[A-Za-z0-9_]*[A-Za-z0-9](?![\w:/-])/g;
const OIDC_LEAD = /(?<![\w\-:/.])(?:openid|offline_access)(?![\w:/-])/i;
const OIDC_WORD = /(?<![\w\-:/.@])(?:openid|email|profile|offline_access)(?![\w:/@.-]\w)/gi;
const SCOPE_PARAM = /[?&]scopes?=([^&\s#"'<>)]+)/gi;

interface Found {
  word: string;
  at: number;
  fromUrl: boolean;
}

/** The scope-shaped words of a text, with where they start. */
function wordsOf(text: string): Found[] {
  const out: Found[] = [];
  const taken: Array<[number, number]> = [];
  const free = (at: number, end: number) => !taken.some(([a, b]) => at < b && end > a);
  for (const m of text.matchAll(SCOPE_PARAM)) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(m[1]!.replace(/\+/g, ' '));
    } catch {
      continue;
    }
    for (const word of decoded.split(/[\s,]+/).filter(Boolean)) out.push({ word, at: m.index, fromUrl: true });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(COLON_WORD)) {
    const word = m[0].replace(/[.:-]+$/, '');
    if (
      /^(https?|ftp|file|mailto|urn|tel|data|javascript|chrome|about|moz-extension|chrome-extension)$/i.test(
        word.split(':')[0]!,
      )
    )
      continue;
    if (text[m.index + m[0].length] === '/' || !free(m.index, m.index + word.length)) continue;
    out.push({ word, at: m.index, fromUrl: false });
    taken.push([m.index, m.index + word.length]);
  }
  for (const m of text.matchAll(SNAKE_WORD)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    out.push({ word: m[0], at: m.index, fromUrl: false });
  }
  if (OIDC_LEAD.test(text))
    for (const m of text.matchAll(OIDC_WORD))
      if (free(m.index, m.index + m[0].length)) out.push({ word: m[0], at: m.index, fromUrl: false });
  return out.sort((a, b) => a.at - b.at);
}

/** Parenthesised stretches of a text, one level deep. */
function asidesOf(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(/\([^()]*\)/g)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** What a stretch of words says about the scopes in it, strongest first. */
function cueOf(text: string): Cue | null {
  if (MAYBE_MISSING.test(text)) return 'maybe-missing';
  if (NOT_ASKED.test(text)) return 'not-asked';
  if (OPTIONAL.test(text)) return 'optional';
  if (EXAMPLE.test(text)) return 'example';
  return null;
}

const withoutSubstitution = (text: string) => text.replace(REPLACES, ' ').replace(REPLACED_BY, ' ');

/** Clauses of a sentence: between commas, semicolons and dashes. */
function clausesOf(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const m of text.matchAll(/[,;]\s|\s[–—-]\s/g)) {
    out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  out.push([start, text.length]);
  return out;
}

/** The clause (between commas, semicolons or dashes) a position is in. */
function clauseAround(text: string, at: number): [number, number] {
  const before = Math.max(text.lastIndexOf(',', at), text.lastIndexOf(';', at), text.lastIndexOf(' – ', at));
  const afters = [',', ';', ' – '].map((c) => text.indexOf(c, at)).filter((i) => i >= 0);
  return [before + 1, afters.length ? Math.min(...afters) : text.length];
}

/** Whether a substitution in the word's clause makes it the scope being replaced. */
function replacedHere(text: string, at: number): boolean {
  const [start, end] = clauseAround(text, at);
  const clause = text.slice(start, end);
  const rel = at - start;
  const by = REPLACED_BY.exec(clause);
  if (by) return rel < by.index;
  const re = REPLACES.exec(clause);
  return re !== null && rel > re.index;
}

const leadsIn = (s: Segment) => /:\s*$/.test(s.text) || isHeading(s);

export function scopeMentions(segments: readonly Segment[], resolver: ScopeResolver): ScopeMention[] {
  const out: ScopeMention[] = [];
  /** A lead-in's cue ("The following scopes are optional:"), carried over the list items after it. */
  let carried: { cue: Cue; words: string } | null = null;
  for (const seg of segments) {
    const text = seg.text;
    const asides = asidesOf(text);
    const inAside = (at: number) => asides.find(([a, b]) => at > a && at < b);
    let outside = text;
    for (const [a, b] of asides) outside = outside.slice(0, a) + ' '.repeat(b - a) + outside.slice(b);
    const own = cueOf(withoutSubstitution(outside));
    if (!seg.item && !seg.cell) carried = null;

    const found = wordsOf(text)
      .map((f) => ({ ...f, resolution: resolver.resolve(f.word) }))
      .filter((f): f is Found & { resolution: Exclude<Resolution, null> } => f.resolution !== null);
    // A condition or negation holds for the whole sentence; "may not exist", "optional" and
    // "e.g." for the clause they are in, or, said in a clause of their own, for the sentence.
    const sentenceNotAsked = NOT_ASKED.test(withoutSubstitution(outside));
    const clauses = clausesOf(outside).map(([a, b]) => {
      const words = outside.slice(a, b);
      const cue = cueOf(withoutSubstitution(words).replace(NOT_ASKED, ' '));
      return { a, b, cue, scoped: found.some((f) => !inAside(f.at) && f.at >= a && f.at < b) };
    });
    const sentenceCue = clauses.find((c) => c.cue && !c.scoped)?.cue ?? null;
    const clauseCue = (at: number) => clauses.find((c) => at >= c.a && at < c.b)?.cue ?? sentenceCue;
    for (const f of found) {
      const aside = inAside(f.at);
      let cue: Cue | null = null;
      let words = text;
      if (aside) {
        const asideText = text.slice(aside[0] + 1, aside[1] - 1);
        const asideOwn = cueOf(withoutSubstitution(asideText));
        if (replacedHere(asideText, f.at - aside[0] - 1)) cue = 'not-asked';
        else cue = asideOwn ?? own;
        // A scope only named in a note ("may not exist: a, b") is not asked for by it.
        if (cue === 'maybe-missing') cue = 'not-asked';
        if (cue) words = asideText;
      } else if (replacedHere(text, f.at) || sentenceNotAsked) {
        cue = 'not-asked';
      } else if (clauseCue(f.at)) {
        cue = clauseCue(f.at);
      } else if (carried) {
        ({ cue, words } = carried);
      } else {
        // The notes right after a scope are about it: "x (might require escalation) (Note: …)".
        let end = f.at + f.word.length;
        for (const [a, b] of asides) {
          if (a < end || !/^[\s,;:–—\-`'"’”*_]*$/.test(text.slice(end, a))) continue;
          const note = text.slice(a + 1, b - 1);
          const c = cueOf(withoutSubstitution(note));
          if (c === 'maybe-missing' || c === 'optional') {
            cue = c;
            words = note;
            break;
          }
          end = b;
        }
      }
      out.push({
        asWritten: f.word,
        resolution: f.resolution,
        segment: seg.index,
        line: seg.line,
        cue,
        words: words.trim(),
        aside: Boolean(aside),
        fromUrl: f.fromUrl,
      });
    }
    if (leadsIn(seg)) {
      const cue = own;
      carried = cue ? { cue, words: text } : null;
    }
  }
  return out;
}
