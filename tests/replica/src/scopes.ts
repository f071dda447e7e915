/** The replica's "server": which scopes each portal offers, in a non-alphabetical server order. */
import catalog from '../../../core/catalog/webex-scopes.json' with { type: 'json' };
import type { ReplicaConfig } from './config';

export interface ServerScope {
  scope: string;
  description: string;
  /** Part of the description rendered as `<code>` (a trap for locators that trust any scope-like text). */
  mention?: string;
}

type Portal = 'developer.webex.com' | 'developer.webex-cx.com';

/** Seeded shuffle, so the order is "random" yet the same on every run. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Seen in this order on the real form (2023 screenshot). */
const SCREENSHOT_ORDER = ['spark-admin:broadworks_billing_reports_write', 'spark:all', 'spark-admin:calling_cdr_read'];
/** The Contact Center portal's order in a portal-made OAuth URL: `cjp:config_write` before `cjp:config`. */
const CX_ORDER = [
  'cloud-contact-center:pod_conv',
  'spark:kms',
  'cjp:user',
  'spark:people_read',
  'cjp:config_write',
  'cjp:config',
  'cjp:config_read',
  'cjds:admin_org_read',
  'cjds:admin_org_write',
];

/** Descriptions that name other scopes: substring and description matchers fall into these. */
const TRAPS: Record<string, { description: string; mention?: string }> = {
  'spark-compliance:meetings_read': {
    description: 'Read meeting content for compliance. To delete it as well, also select',
    mention: 'spark-compliance:meetings_write',
  },
  'spark:people_read': {
    description: 'Read your company directory. Admins should use',
    mention: 'spark-admin:people_read',
  },
  'meeting:schedules_read': {
    description: 'Retrieve your meeting lists. Unlike meeting:admin_schedule_read, this only covers your own meetings',
  },
  'cjp:config_read': { description: 'Read configuration. Writing needs', mention: 'cjp:config_write' },
};

export function serverScopes(portal: Portal, config: ReplicaConfig): ServerScope[] {
  const offered = catalog.filter((entry) => entry.portal === portal && !config.missing.includes(entry.scope));
  const byName = new Map(offered.map((e) => [e.scope, e]));
  const first = portal === 'developer.webex-cx.com' ? CX_ORDER : [];
  const rest = shuffled(
    offered.filter((e) => !first.includes(e.scope)),
    2023,
  );
  const ordered = [...first.map((s) => byName.get(s)).filter((e) => e !== undefined), ...rest];
  if (portal === 'developer.webex.com') {
    // Keep the three rows of the screenshot adjacent and in their real order.
    const keep = ordered.filter((e) => SCREENSHOT_ORDER.includes(e.scope));
    const others = ordered.filter((e) => !SCREENSHOT_ORDER.includes(e.scope));
    const at = Math.min(40, others.length);
    keep.sort((a, b) => SCREENSHOT_ORDER.indexOf(a.scope) - SCREENSHOT_ORDER.indexOf(b.scope));
    ordered.splice(0, ordered.length, ...others.slice(0, at), ...keep, ...others.slice(at));
  }
  // Scopes Webex added after the shipped catalog was made (the `extra` switch), near the top.
  const newer = config.extra
    .filter((scope) => !byName.has(scope))
    .map((scope) => ({
      scope,
      description: NEWER_SCOPES[scope] ?? 'A scope added after the catalog was made',
      portal,
    }));
  ordered.splice(Math.min(5, ordered.length), 0, ...newer);
  return ordered.map((e) => {
    const trap = config.traps ? TRAPS[e.scope] : undefined;
    return trap ? { scope: e.scope, ...trap } : { scope: e.scope, description: e.description };
  });
}

/** What the portal says of scopes newer than the catalog (the `extra` switch). */
const NEWER_SCOPES: Record<string, string> = {
  'meeting:summaries_read': 'Read the meeting summaries the AI Assistant writes',
};
