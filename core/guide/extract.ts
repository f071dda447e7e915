/**
 * From a vendor's guide to a draft preset: the scopes it asks for (mapped to the catalog by the
 * validator's near-miss rules), its redirect URIs with their placeholders as parameters, the
 * integration's name, description and contact email, one integration or several; and, for
 * each thing found, what the guide wrote, on which line, and what became of it. Pure: text in,
 * data out; nothing from the guide is trusted as markup or opened as an address.
 */
import type { Portal } from '../catalog/catalog';
import { PORTAL_LIMITS } from '../portal/knowledge';
import type { Parameter } from '../presets/schema';
import type { KnownScopes } from '../presets/scope-rules';
import { slug } from '../slug';
import type { DraftModel, DraftPart, DraftScope, Placement } from './draft-model';
import { presetOfDraft } from './draft-model';
import { byteSize, guideLines, guideSizeProblem } from './guide-text';
import { ADD_INTEGRATION, AUTHORIZE_VENDOR_APP, CREATE_INTEGRATION, integrationParts } from './integration-parts';
import { productName, type Stated, statedContactEmail, statedDescription, statedName } from './naming';
import { exampleSite, type RedirectFind, redirectFinds } from './redirect-uris';
import { scopeResolver } from './resolve-scope';
import { type ScopeMention, scopeMentions } from './scope-mentions';
import { type Segment, segmentsOf } from './segments';

export type FindingStatus = 'ok' | 'corrected' | 'warning' | 'choice' | 'problem' | 'dropped';

export interface Finding {
  kind: 'scope' | 'redirectUri' | 'parameter' | 'name' | 'description' | 'contactEmail' | 'integration';
  status: FindingStatus;
  /** What the guide wrote. */
  asWritten: string;
  /** The scope, URI or value it became; null when it was left out or needs the user. */
  resolved: string | null;
  /** What was done, in words. */
  how: string;
  /** 1-based line of the guide (a selection from Chrome's menu is one line). */
  line: number;
  /** The integration it belongs to, in a guide with several. */
  part?: string;
  placement?: Placement;
  /** For a scope written without its prefix that several scopes could be. */
  candidates?: string[];
  /** The guide's words it was found in (plain text, clipped). */
  context?: string;
}

export interface GuideSource {
  /** The page's title, for a selection. */
  title?: string;
  /** The page's address (kept as text in `sourceUrl`; never opened). */
  url?: string;
  fileName?: string;
}

export interface ExtractOptions {
  known: KnownScopes;
  source?: GuideSource;
}

export interface GuideResult {
  outcome: 'draft' | 'no-scopes' | 'no-integration' | 'too-large';
  /** One or two sentences for the user. */
  message: string;
  model: DraftModel | null;
  preset: Record<string, unknown> | null;
  findings: Finding[];
  lines: number;
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
const quote = (words: string) => `“${clip(words.replace(/\s+/g, ' '), 160)}”`;
const CX = /developer\.webex-cx\.com|\bwebex-cx\b/i;

function placementOf(m: ScopeMention): Placement {
  if (m.cue === null) return 'required';
  if (m.cue === 'maybe-missing') return 'optional';
  return 'choice';
}

function placementWords(p: Placement, words: string | undefined): string {
  if (p === 'optional') return `ticked if the portal offers it: the guide says ${quote(words ?? '')}`;
  if (p === 'choice')
    return `not ticked unless you choose it at fill time: the guide names it only in ${quote(words ?? '')}`;
  if (p === 'left out') return 'left out';
  return 'ticked';
}

interface ScopeEntry {
  scope: string;
  placement: Placement;
  words?: string;
}

/**
 * The scopes of one integration from its mentions. Asked for by any mention: ticked; and if any
 * says it may not exist, ticked only where offered. Never asked for: the user's choice.
 */
function scopesOf(mentions: readonly ScopeMention[]): Map<string, ScopeEntry> {
  const out = new Map<string, ScopeEntry & { asked: boolean }>();
  for (const m of mentions) {
    const r = m.resolution;
    if (r.kind !== 'known' && r.kind !== 'corrected' && r.kind !== 'unknown') continue;
    const p = placementOf(m);
    const had = out.get(r.scope);
    const asked = p !== 'choice' || (had?.asked ?? false);
    const maybe = p === 'optional' ? m.words : had?.placement === 'optional' ? had.words : undefined;
    const placement: Placement = asked ? (maybe !== undefined ? 'optional' : 'required') : 'choice';
    const words = placement === 'optional' ? maybe : placement === 'choice' ? (had?.words ?? m.words) : undefined;
    out.set(r.scope, { scope: r.scope, placement, asked, ...(words !== undefined && { words }) });
  }
  return out;
}

function portalOf(segments: readonly Segment[], scopes: readonly string[], portalsOf: (s: string) => Portal[]): Portal {
  if (segments.some((s) => CX.test(s.text))) return 'developer.webex-cx.com';
  const known = scopes.map(portalsOf).filter((p) => p.length > 0);
  if (known.length > 0 && known.every((p) => p.length === 1 && p[0] === 'developer.webex-cx.com'))
    return 'developer.webex-cx.com';
  return 'developer.webex.com';
}

function partKey(title: string | null, i: number, taken: Set<string>): string {
  const words = (title ?? '')
    .replace(/[^A-Za-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !/^(webex|configure|create|set|up|the|an?|for|integration|step|\d+)$/i.test(w));
  let key = words.map((w, k) => (k === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase())).join('');
  if (!/^[A-Za-z][A-Za-z0-9]{0,30}$/.test(key) || taken.has(key)) key = `integration${i + 1}`;
  taken.add(key);
  return key;
}

function scopeFinding(m: ScopeMention, entry: ScopeEntry | undefined, part: string | undefined): Finding {
  const r = m.resolution;
  const base = { kind: 'scope' as const, asWritten: m.asWritten, line: m.line, ...(part && { part }) };
  if (r.kind === 'oidc')
    return {
      ...base,
      status: 'dropped',
      resolved: null,
      how: 'an OpenID Connect sign-in word, not a scope checkbox on the portal: left out',
    };
  if (r.kind === 'ambiguous')
    return {
      ...base,
      status: 'warning',
      resolved: null,
      candidates: r.candidates,
      how: `written without its prefix, and ${r.candidates.slice(0, -1).join(', ')} and ${r.candidates.at(-1)} ${r.candidates.length === 2 ? 'both' : 'all'} end this way: choose the one the vendor means`,
    };
  const placement = entry?.placement ?? 'required';
  const where = placementWords(placement, entry?.words);
  if (r.kind === 'known')
    return {
      ...base,
      status: placement === 'choice' ? 'choice' : 'ok',
      resolved: r.scope,
      placement,
      how: `in the scope catalog; ${where}`,
    };
  if (r.kind === 'corrected')
    return {
      ...base,
      status: 'corrected',
      resolved: r.scope,
      placement,
      how: `${r.kinds.join(', ')}: the catalog has ${r.scope}; ${where}`,
    };
  return {
    ...base,
    status: 'warning',
    resolved: r.scope,
    placement,
    how: `not in the scope catalog nor seen on the portal yet${r.closest ? ` (the nearest known is ${r.closest})` : ''}: kept as written, and the fill reports whether the portal offers it; ${where}`,
  };
}

function emptyResult(
  outcome: GuideResult['outcome'],
  message: string,
  lines: number,
  findings: Finding[] = [],
): GuideResult {
  return { outcome, message, model: null, preset: null, findings, lines };
}

export function extractFromGuide(input: string, options: ExtractOptions): GuideResult {
  const tooLarge = guideSizeProblem(byteSize(input));
  if (tooLarge) return emptyResult('too-large', tooLarge, 0);
  const lines = guideLines(input);
  const segments = segmentsOf(lines);
  const resolver = scopeResolver(options.known);
  const mentions = scopeMentions(segments, resolver);
  const { uris, examples } = redirectFinds(segments);
  const scopeMentionsOnly = mentions.filter((m) => m.resolution.kind !== 'oidc');
  const lineCount = lines.length;

  const creates =
    segments.some((s) => CREATE_INTEGRATION.test(s.text) || ADD_INTEGRATION.test(s.text)) || uris.length > 0;
  const authorize = creates
    ? undefined
    : AUTHORIZE_VENDOR_APP.map((re) => segments.find((s) => re.test(s.text))).find(Boolean);
  if (authorize) {
    const named = [...new Set(scopeMentionsOnly.flatMap((m) => ('scope' in m.resolution ? [m.resolution.scope] : [])))];
    const findings = scopeMentionsOnly.map((m) => ({
      ...scopeFinding(m, undefined, undefined),
      status: 'dropped' as const,
      placement: 'left out' as const,
      how: 'asked for by the vendor’s own app, which you authorize; there is no integration of yours to tick it in',
    }));
    return emptyResult(
      'no-integration',
      `No integration to create: this guide has you authorize the vendor’s own Webex app instead (line ${authorize.line}: ${quote(authorize.text)}). Nothing needs filling on the developer portal.${named.length ? ` The app asks for ${named.join(', ')}.` : ''}`,
      lineCount,
      findings,
    );
  }
  if (scopeMentionsOnly.length === 0)
    return emptyResult(
      'no-scopes',
      `No Webex scope in this text (${lineCount} line${lineCount === 1 ? '' : 's'} read). Select or paste the part of the guide that lists the scopes to tick.`,
      lineCount,
    );

  const scopeSegments = new Set(scopeMentionsOnly.map((m) => m.segment));
  const uriSegments = new Set(uris.map((u) => u.segment));
  const ranges = integrationParts(
    segments,
    (i) => scopeSegments.has(i),
    (i) => uriSegments.has(i),
  );
  const bundle = ranges.length >= 2;
  const spans = bundle ? ranges : [{ start: 0, end: segments.length - 1, title: null }];
  const inSpan = (seg: number) => spans.findIndex((r) => seg >= r.start && seg <= r.end);
  const scopeOf = (m: ScopeMention) => ('scope' in m.resolution ? m.resolution.scope : undefined);
  const portals = spans.map((span, i) =>
    portalOf(
      segments.slice(span.start, span.end + 1),
      [...scopesOf(mentions.filter((m) => inSpan(m.segment) === i)).keys()],
      resolver.portalsOf,
    ),
  );
  /**
   * A mention outside every integration's steps belongs to the one before it (or the first),
   * unless only another integration's portal offers the scope.
   */
  const ownerOf = (m: ScopeMention) => {
    let owner = 0;
    spans.forEach((r, i) => {
      if (r.end < m.segment) owner = i;
    });
    const scope = scopeOf(m);
    const on = scope ? resolver.portalsOf(scope) : [];
    if (on.length > 0 && !on.includes(portals[owner]!)) {
      const fits = portals.findIndex((p) => on.includes(p));
      if (fits >= 0) owner = fits;
    }
    return owner;
  };

  const findings: Finding[] = [];
  const contextOf = (segment: number) => clip(segments[segment]!.text.replace(/\s+/g, ' '), 200);
  const parameters = new Map<string, Parameter>();
  const stated = statedName(segments);
  const product = stated?.value ?? productName(segments, options.source?.title);
  const keys = new Set<string>();
  const parts: DraftPart[] = spans.map((span, i) => {
    const key = bundle ? partKey(span.title, i, keys) : 'integration';
    const own = segments.slice(span.start, span.end + 1);
    const partMentions = mentions.filter((m) => inSpan(m.segment) === i);
    const outside = bundle ? mentions.filter((m) => inSpan(m.segment) < 0 && ownerOf(m) === i) : [];
    const entries = scopesOf(partMentions);
    // Scopes named only outside every integration's steps are the user's choice, never silently added.
    for (const [scope, entry] of scopesOf(outside)) {
      if (entries.has(scope) || mentions.some((m) => inSpan(m.segment) >= 0 && scopeOf(m) === scope)) continue;
      entries.set(scope, {
        scope,
        placement: 'choice',
        words: entry.words ?? outside.find((m) => scopeOf(m) === scope)!.words,
      });
    }
    const portal = portals[i]!;
    const title = span.title ?? `Integration ${i + 1}`;
    // A scope of the other portal is not offered where this integration is created.
    const otherPortal = new Map<string, Portal>();
    for (const [scope, entry] of entries) {
      const on = resolver.portalsOf(scope);
      if (on.length > 0 && !on.includes(portal)) {
        entry.placement = 'left out';
        otherPortal.set(scope, on[0]!);
      }
    }

    // Findings: each way the guide wrote a scope, once per integration.
    const seen = new Set<string>();
    const reported = new Set<string>();
    for (const m of [...partMentions, ...outside]) {
      if (seen.has(m.asWritten)) continue;
      const scope = scopeOf(m);
      // A scope written the same way as one already reported adds nothing; another way of writing it does.
      if (scope && scope === m.asWritten && reported.has(scope)) continue;
      const entry = scope ? entries.get(scope) : undefined;
      if (scope && !entry) continue; // named outside the steps, and created in another integration
      seen.add(m.asWritten);
      if (scope) reported.add(scope);
      const finding = { ...scopeFinding(m, entry, bundle ? key : undefined), context: contextOf(m.segment) };
      const other = scope ? otherPortal.get(scope) : undefined;
      findings.push(
        other
          ? {
              ...finding,
              status: 'problem',
              how: `a ${other} scope, and this integration is created on ${portal}: left out (check which portal the guide means)`,
            }
          : finding,
      );
    }

    // Redirect URIs of this integration (all of them for a guide with one).
    const redirects: RedirectFind[] = [];
    for (const u of uris) {
      if (bundle && inSpan(u.segment) !== i) continue;
      if (redirects.some((r) => r.template === u.template)) continue;
      redirects.push(u);
    }
    for (const u of redirects) {
      for (const p of u.parameters) {
        const had = parameters.get(p.parameter.key);
        if (!had) {
          const example = exampleSite(u.template, p.parameter.key, examples);
          parameters.set(p.parameter.key, { ...p.parameter, ...(example && { example }) });
          findings.push({
            kind: 'parameter',
            status: 'ok',
            asWritten: p.asWritten,
            resolved: `{${p.parameter.key}}`,
            how: `a placeholder: becomes the parameter “${p.parameter.label}” (${p.parameter.kind === 'url' ? 'an https address' : 'text'}${example ? `, e.g. ${example}` : ''}), asked for when you fill`,
            line: u.line,
            context: contextOf(u.segment),
            ...(bundle && { part: key }),
          });
        }
      }
      const hows = [
        u.schemeAdded ? `written without a scheme: proposed with ${u.schemeAdded}` : '',
        u.problem ? `the portal would refuse it: ${u.problem}; fix it before saving` : '',
      ].filter(Boolean);
      findings.push({
        kind: 'redirectUri',
        status: u.problem ? 'problem' : u.schemeAdded ? 'corrected' : 'ok',
        asWritten: u.asWritten,
        resolved: u.template,
        how: hows.join('; ') || 'a redirect URI',
        line: u.line,
        context: contextOf(u.segment),
        ...(bundle && { part: key }),
      });
    }
    if (redirects.length === 0)
      findings.push({
        kind: 'redirectUri',
        status: 'problem',
        asWritten: '(none)',
        resolved: null,
        how: 'the guide names no redirect URI here: add the one the vendor gives you before saving',
        line: segments[span.start]?.line ?? 1,
        ...(bundle && { part: key }),
      });

    const ownName = statedName(own);
    const name = clip(ownName?.value ?? (bundle ? `${product} (${title})` : product), PORTAL_LIMITS.name);
    const ownDescription = statedDescription(own) ?? statedDescription(segments);
    const email = statedContactEmail(own) ?? statedContactEmail(segments);
    return {
      key,
      title,
      portal,
      name,
      description: clip(ownDescription?.value ?? `Connects ${product} to Webex.`, PORTAL_LIMITS.description),
      ...(email && { contactEmail: email.value }),
      redirectUris: redirects.map((r) => r.template),
      scopes: [...entries.values()].map(({ scope, placement, words }): DraftScope => ({
        scope,
        placement,
        ...(words && { words }),
      })),
    };
  });

  const statements: Array<[Finding['kind'], Stated | null, string]> = [
    ['name', stated, 'the integration name the guide states'],
    ['description', statedDescription(segments), 'the description the guide states'],
    ['contactEmail', statedContactEmail(segments), 'the contact email the guide states'],
  ];
  for (const [kind, found, how] of statements)
    if (found)
      findings.push({ kind, status: 'ok', asWritten: found.asWritten, resolved: found.value, how, line: found.line });
  if (!stated)
    findings.push({
      kind: 'name',
      status: 'warning',
      asWritten: '(none)',
      resolved: product,
      how: `the guide states no integration name: “${product}” is taken from ${options.source?.title ? 'the page title' : 'its first heading'}; change it if you like`,
      line: 1,
    });
  if (bundle)
    parts.forEach((p, i) =>
      findings.push({
        kind: 'integration',
        status: 'ok',
        asWritten: p.title,
        resolved: p.key,
        how: `integration ${i + 1} of ${parts.length}, created on ${p.portal}`,
        line: segments[spans[i]!.start]!.line,
        part: p.key,
      }),
    );

  const corrections = findings
    .filter((f) => f.kind === 'scope' && (f.status === 'corrected' || f.status === 'dropped'))
    .map((f) => ({
      asWritten: clip(f.asWritten, 200),
      ...(f.resolved && { correct: f.resolved }),
      note: clip(`The guide writes ${f.asWritten} (line ${f.line}): ${f.how.split(';')[0]}.`, 500),
    }));
  const source = options.source;
  const sourceUrl = source?.url && /^https?:\/\//i.test(source.url) ? clip(source.url, 500) : undefined;
  const model: DraftModel = {
    id: slug(product, 'guide-preset', 56).replace(/^-+/, '').padEnd(2, '0'),
    name: clip(product, 120),
    vendor: clip(vendorOf(source, product), 120),
    source: clip(
      source?.title
        ? `Made from the guide “${source.title}”`
        : source?.fileName
          ? `Made from the guide file ${source.fileName}`
          : 'Made from a vendor guide’s text',
      500,
    ),
    ...(sourceUrl && { sourceUrl }),
    parameters: [...parameters.values()],
    parts,
    corrections,
    notes: ['Made from the vendor’s guide by the extension: check each scope against the guide before the first fill.'],
  };
  const count = (p: Placement) => parts.reduce((n, part) => n + part.scopes.filter((s) => s.placement === p).length, 0);
  const ticked = count('required') + count('optional');
  const choices = count('choice');
  const toCheck = findings.filter((f) => f.status === 'warning' || f.status === 'problem').length;
  const corrected = findings.filter((f) => f.status === 'corrected').length;
  const redirects = parts.reduce((n, p) => n + p.redirectUris.length, 0);
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  return {
    outcome: 'draft',
    message: [
      `Found ${plural(ticked, 'scope')} to tick${choices ? ` (and ${plural(choices, 'scope')} the guide leaves to you)` : ''}${bundle ? ` for ${parts.length} integrations` : ''} and ${plural(redirects, 'redirect URI')} in ${plural(lineCount, 'line')}.`,
      corrected ? `${corrected} corrected.` : '',
      toCheck ? `${plural(toCheck, 'thing')} to check before saving.` : '',
    ]
      .filter(Boolean)
      .join(' '),
    model,
    preset: presetOfDraft(model),
    findings,
    lines: lineCount,
  };
}

/** The vendor: the guide site's name when there is one (docs.citrix.com → citrix.com), else the product's. */
function vendorOf(source: GuideSource | undefined, product: string): string {
  if (source?.url) {
    try {
      const host = new URL(source.url).hostname.replace(
        /^(www|docs|doc|help|support|community|kb|developer|developers)\./,
        '',
      );
      if (host && host.includes('.')) return host;
    } catch {
      // not an address: the product's name then
    }
  }
  return product;
}
