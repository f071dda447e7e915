/**
 * Custom presets, kept in storage.local (they hold no secrets), as the user's documents: every
 * read validates them again, so a preset saved by an older version is migrated, and one that no
 * longer validates is listed with its problems and its raw JSON, never dropped.
 *
 * Storage safety:
 * - every write is read-modify-write against the latest stored value, one at a time (a Web Lock
 *   across the extension's pages, a queue within one), so two open options pages cannot lose
 *   each other's edits;
 * - a stored value that is not what this version writes (not a list, a future store version) is
 *   never overwritten: unreadable values are kept aside and offered for download.
 */
import type { Preset } from './schema';
import { type Problem, type Validated } from './problems';
import { type ValidateOptions, validatePreset } from './validate';
import { docId } from './doc-id';

import { CUSTOM_PRESETS_KEY } from './store-keys';

export { CUSTOM_PRESETS_KEY };
const STORE_VERSION = 1;
const LOCK = 'webex-helper:custom-presets';

interface Stored {
  version: number;
  presets: unknown[];
  /** A stored value this version could not read, kept as it was until the user deals with it. */
  unreadable?: unknown;
}

export interface AreaLike {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface BrokenPreset {
  index: number;
  id: string;
  problems: Problem[];
  /** The stored document as it is, for download and repair. */
  raw: unknown;
}

export interface CustomLoad {
  presets: Preset[];
  broken: BrokenPreset[];
  /** Set when the store was written by a newer version: shown, never written over. */
  newerStore?: number;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** What is stored, read as this version's shape; anything else is kept in `unreadable`. */
async function readStored(area: AreaLike): Promise<Stored> {
  const raw = (await area.get(CUSTOM_PRESETS_KEY))[CUSTOM_PRESETS_KEY];
  if (raw === undefined) return { version: STORE_VERSION, presets: [] };
  if (Array.isArray(raw)) return { version: STORE_VERSION, presets: raw }; // a bare list: read it
  if (isObject(raw) && Array.isArray(raw.presets)) {
    return {
      version: typeof raw.version === 'number' ? raw.version : STORE_VERSION,
      presets: raw.presets,
      ...(raw.unreadable !== undefined && { unreadable: raw.unreadable }),
    };
  }
  return { version: STORE_VERSION, presets: [], unreadable: raw };
}

export async function loadCustomPresets(area: AreaLike): Promise<CustomLoad> {
  const stored = await readStored(area);
  const out: CustomLoad = { presets: [], broken: [] };
  if (stored.version > STORE_VERSION) out.newerStore = stored.version;
  stored.presets.forEach((doc, index) => {
    const r = validatePreset(doc);
    if (r.ok) out.presets.push(r.value);
    else
      out.broken.push({
        index,
        id: docId(doc, `#${index + 1}`),
        problems: r.problems,
        raw: doc,
      });
  });
  if (stored.unreadable !== undefined) {
    out.broken.push({
      index: -1,
      id: '(stored presets)',
      problems: [{ path: '', message: 'the stored presets are not a list this version can read; kept as they were' }],
      raw: stored.unreadable,
    });
  }
  return out;
}

let queue: Promise<unknown> = Promise.resolve();

/** One read-modify-write at a time: across pages by a Web Lock where there is one, in this page by a queue. */
function exclusive<T>(fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  const run = (): Promise<T> => (locks ? (locks.request(LOCK, fn) as Promise<T>) : fn());
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

/** A change that was not written; its message says why, for the user. */
class StoreError extends Error {}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * Changes the stored list against its latest value. Refuses to write over a newer version's
 * store; a write the browser refuses (its storage for extensions is full) is said, with sizes.
 */
async function modify(area: AreaLike, change: (presets: unknown[]) => unknown[]): Promise<void> {
  await exclusive(async () => {
    const stored = await readStored(area);
    if (stored.version > STORE_VERSION) {
      throw new StoreError(
        `the stored presets were written by a newer version of the extension (store version ${stored.version}); update it before changing them`,
      );
    }
    const value = {
      version: STORE_VERSION,
      presets: change(stored.presets),
      ...(stored.unreadable !== undefined && { unreadable: stored.unreadable }),
    };
    try {
      await area.set({ [CUSTOM_PRESETS_KEY]: value });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const size = new TextEncoder().encode(JSON.stringify(value)).length;
      throw new StoreError(
        /quota|QUOTA_BYTES|exceed/i.test(reason)
          ? `not saved: your presets would take ${megabytes(size)}, more than the browser keeps for this extension (${reason}); remove presets or icons you do not need, then try again`
          : `not saved: the browser refused to store your presets (${reason})`,
      );
    }
  });
}

/** Runs a store change; its refusal becomes a problem to show instead of an uncaught error. */
async function attempt(change: () => Promise<void>): Promise<Validated<true>> {
  try {
    await change();
    return { ok: true, value: true };
  } catch (error) {
    if (error instanceof StoreError) return { ok: false, problems: [{ path: '', message: error.message }] };
    throw error;
  }
}

const idOf = (doc: unknown) => (doc as { id?: unknown })?.id;

function reserved(id: string, reservedIds: readonly string[]): Problem[] | null {
  return reservedIds.includes(id)
    ? [
        {
          path: 'id',
          message: `"${id}" is a built-in or organisation preset's id; choose another id, e.g. "${id}-custom"`,
        },
      ]
    : null;
}

/** Validates and saves (replacing a custom preset with the same id). Built-in and organisation ids are reserved. */
export async function saveCustomPreset(
  area: AreaLike,
  doc: unknown,
  reservedIds: readonly string[],
  options: ValidateOptions = {},
): Promise<Validated<Preset>> {
  const r = validatePreset(doc, options);
  if (!r.ok) return r;
  const clash = reserved(r.value.id, reservedIds);
  if (clash) return { ok: false, problems: clash };
  const saved = await attempt(() => modify(area, (presets) => [...presets.filter((p) => idOf(p) !== r.value.id), doc]));
  return saved.ok ? r : saved;
}

/** Saves several validated documents at once (an import), in one write. */
export async function saveCustomPresets(
  area: AreaLike,
  docs: ReadonlyArray<{ id: string; doc: unknown }>,
): Promise<Validated<true>> {
  const ids = new Set(docs.map((d) => d.id));
  return attempt(() =>
    modify(area, (presets) => [...presets.filter((p) => !ids.has(docId(p, ''))), ...docs.map((d) => d.doc)]),
  );
}

export async function deleteCustomPreset(area: AreaLike, id: string): Promise<Validated<true>> {
  return attempt(() => modify(area, (presets) => presets.filter((p) => idOf(p) !== id)));
}

/** Drops the unreadable value kept aside (after the user downloaded it). */
export async function discardUnreadable(area: AreaLike): Promise<void> {
  await exclusive(async () => {
    const stored = await readStored(area);
    await area.set({ [CUSTOM_PRESETS_KEY]: { version: stored.version, presets: stored.presets } });
  });
}
