/**
 * A guide's placeholders as preset parameters: `{yourmicroappserverurl}`, `[adminPortalURL]`,
 * `<Cal.com URL>`, `YOUR_MCP_GATEWAY_URL`, `<instance>` in `<instance>.service-now.com`, or
 * "your Access Portal URL" in a sentence. Each gets a readable key and label, and a kind from
 * where it stands in the address: a whole site (`url`), a host, a host's first label, or a path
 * segment (`text`, checked by a pattern).
 */
import type { Parameter } from '../presets/schema';

export type Position = 'site' | 'host' | 'label' | 'path';

/** Words that run together in `{yourmicroappserverurl}`-style placeholders. */
const DICTIONARY = new Set(
  (
    'your my our the a of for to micro microapp microapps app apps application server servers url uri urls host hostname ' +
    'name domain sub subdomain instance tenant portal admin access base site org organization organisation region ' +
    'gateway mcp api web cloud company customer environment env asset account id hub service services connector ' +
    'callback redirect external internal public private workspace team address ip port path prefix fqdn sso idp ' +
    'console dashboard integration webex proxy node cluster deployment store shop client vendor platform realm project ' +
    'stack zone location data center centre login auth oauth full root home main primary secondary local remote ' +
    'custom my n8n splunk soar calcom cal salesforce servicenow jira okta box zoom slack teams ucx suite presence'
  ).split(' '),
);

const ACRONYMS: Record<string, string> = {
  url: 'URL',
  uri: 'URI',
  urls: 'URLs',
  id: 'ID',
  api: 'API',
  mcp: 'MCP',
  sso: 'SSO',
  idp: 'IdP',
  ip: 'IP',
  fqdn: 'FQDN',
  oauth: 'OAuth',
  soar: 'SOAR',
  ucx: 'UCX',
};

/** `microappserverurl` → micro app server url, fewest pieces from the dictionary; null when it cannot be split. */
function splitRun(run: string): string[] | null {
  const best: Array<string[] | null> = [[]];
  for (let end = 1; end <= run.length; end++) {
    best[end] = null;
    for (let start = Math.max(0, end - 14); start < end; start++) {
      const prefix = best[start];
      const piece = run.slice(start, end);
      if (prefix && DICTIONARY.has(piece) && (!best[end] || prefix.length + 1 < best[end]!.length))
        best[end] = [...prefix, piece];
    }
  }
  return best[run.length] ?? null;
}

/** The words of a placeholder, as written: `adminPortalURL` → admin Portal URL; `YOUR_MCP_GATEWAY_URL` → YOUR MCP GATEWAY URL. */
export function placeholderWords(inner: string): string[] {
  const words = inner
    .replace(/^\$?\{+|\}+$/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_\-/]+|(?<=[a-z])(?=\d)/)
    .filter(Boolean);
  // One identifier (adminPortalURL, YOUR_GATEWAY_URL): its words in lower case, acronyms aside.
  const identifier = !/\s/.test(inner.trim());
  return words
    .flatMap((w) => (/^[a-z]{7,}$/.test(w) ? (splitRun(w) ?? [w]) : [w]))
    .map((w) => (identifier && !ACRONYMS[w.toLowerCase()] ? w.toLowerCase() : w));
}

const LEADING = new Set(['your', 'my', 'our', 'the', 'a']);

function meaningful(words: readonly string[]): string[] {
  const out = [...words];
  while (out.length > 1 && LEADING.has(out[0]!.toLowerCase())) out.shift();
  return out;
}

const titleWord = (w: string, first: boolean) => {
  const acronym = ACRONYMS[w.toLowerCase()];
  if (acronym) return acronym;
  // Written in capitals as a whole placeholder (YOUR_GATEWAY_URL): lower-cased; a proper name (Cal.com) kept.
  const word = /^[A-Z0-9]+$/.test(w) && w.length > 1 ? w.toLowerCase() : w;
  return first ? word.charAt(0).toUpperCase() + word.slice(1) : word;
};

export function labelOf(words: readonly string[]): string {
  return meaningful(words)
    .map((w, i) => titleWord(w, i === 0))
    .join(' ')
    .slice(0, 80);
}

export function keyOf(words: readonly string[]): string {
  const parts = meaningful(words)
    .map((w) => w.replace(/[^A-Za-z0-9]/g, '').toLowerCase())
    .filter(Boolean);
  const key = parts.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  const safe = /^[A-Za-z]/.test(key) ? key : `value${key}`;
  return safe.slice(0, 40) || 'value';
}

const HOST = '[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+(:[0-9]{1,5})?';
const LABEL = '[a-z0-9]([a-z0-9-]*[a-z0-9])?';
const SEGMENT = '[A-Za-z0-9_.~-]+';

/** The parameter a placeholder becomes where it stands; `rest` is the host after a first label (`.service-now.com`). */
export function parameterFor(words: readonly string[], position: Position, asWritten: string, rest = ''): Parameter {
  let w = [...words];
  const last = w.at(-1)?.toLowerCase();
  // A placeholder that stands for a host but is called a URL: the user types a host there.
  if (position === 'host' && (last === 'url' || last === 'uri') && w.length > 1) w = [...w.slice(0, -1), 'host'];
  const key = keyOf(w);
  const label = labelOf(w);
  const said = `The guide writes ${asWritten}.`;
  switch (position) {
    case 'site':
      return { key, label, kind: 'url', required: true, help: `${said} An https address, without a path.` };
    case 'host':
      return {
        key,
        label,
        kind: 'text',
        pattern: HOST,
        required: true,
        help: `${said} A host name, without https:// and without a path.`,
      };
    case 'label':
      return {
        key,
        label,
        kind: 'text',
        pattern: LABEL,
        required: true,
        help: `${said} The part before ${rest || 'the rest of the host name'}.`,
      };
    case 'path':
      return {
        key,
        label,
        kind: 'text',
        pattern: SEGMENT,
        required: true,
        help: `${said} One part of the address, without /.`,
      };
  }
}

/** A neutral value for a parameter where it stands, to check a template against the redirect URI rules. */
export function sampleFor(position: Position): string {
  return position === 'site' ? 'https://example.com' : position === 'host' ? 'example.com' : 'example';
}
