/**
 * The preset editor's form and its JSON ("Advanced") view edit one text: the JSON is the source of
 * truth, the form reads its fields from it and writes each change back into it, so the two never
 * disagree. Keys the form does not show stay exactly as they were.
 */
import { PORTALS, type Portal } from '../catalog/catalog';
import type { Problem } from './problems';

type Json = Record<string, unknown>;
export type FieldPath = readonly (string | number)[];

export type ParsedDraft = { ok: true; doc: Json } | { ok: false; message: string };

export function parseDraft(text: string): ParsedDraft {
  if (text.trim() === '') return { ok: false, message: 'The preset is empty.' };
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { ok: true, doc: value as Json };
    return { ok: false, message: 'The JSON is not one preset (an object { … }).' };
  } catch (error) {
    return { ok: false, message: `The JSON is not valid: ${(error as Error).message}.` };
  }
}

export function serialize(doc: Json): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The integrations of a preset, one (`integration`) or a bundle's (`integrations[i].integration`). */
export function integrationPaths(doc: Json): { path: FieldPath; portalPath: FieldPath; title: string }[] {
  if (Array.isArray(doc.integrations))
    return doc.integrations.map((part, i) => ({
      path: ['integrations', i, 'integration'],
      portalPath: ['integrations', i, 'portal'],
      title: `${i + 1}. ${String((part as Json | null)?.title ?? `Integration ${i + 1}`)}`,
    }));
  return [{ path: ['integration'], portalPath: ['portal'], title: 'The integration' }];
}

export function getAt(doc: unknown, path: FieldPath): unknown {
  let at: unknown = doc;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

/** A copy of `doc` with `value` at `path` (objects made on the way); undefined removes the key. */
export function setAt(doc: Json, path: FieldPath, value: unknown): Json {
  const [key, ...rest] = path;
  if (key === undefined) return doc;
  const copy: Json | unknown[] = Array.isArray(doc) ? [...(doc as unknown[])] : { ...doc };
  const child = (copy as Record<string | number, unknown>)[key];
  const next =
    rest.length === 0
      ? value
      : setAt(
          typeof child === 'object' && child !== null
            ? (child as Json)
            : typeof rest[0] === 'number'
              ? ([] as never)
              : {},
          rest,
          value,
        );
  if (next === undefined && !Array.isArray(copy)) delete (copy as Json)[key as string];
  else (copy as Record<string | number, unknown>)[key] = next;
  return copy as Json;
}

/** The text with one field changed, or the text unchanged when it is not a JSON object. */
export function editField(text: string, path: FieldPath, value: unknown): string {
  const parsed = parseDraft(text);
  return parsed.ok ? serialize(setAt(parsed.doc, path, value)) : text;
}

export const asString = (value: unknown): string => (typeof value === 'string' ? value : '');
export const asStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

export function portalAt(doc: Json, portalPath: FieldPath): Portal {
  const portal = getAt(doc, portalPath);
  return PORTALS.includes(portal as Portal) ? (portal as Portal) : 'developer.webex.com';
}

/** The text with `scope` on or off in an integration's scopes (and out of its optional scopes when off). */
export function setScope(text: string, integrationPath: FieldPath, scope: string, on: boolean): string {
  const parsed = parseDraft(text);
  if (!parsed.ok) return text;
  const scopes = asStrings(getAt(parsed.doc, [...integrationPath, 'scopes']));
  let doc = setAt(
    parsed.doc,
    [...integrationPath, 'scopes'],
    on ? (scopes.includes(scope) ? scopes : [...scopes, scope]) : scopes.filter((s) => s !== scope),
  );
  const optional = getAt(doc, [...integrationPath, 'optionalScopes']);
  if (!on && Array.isArray(optional))
    doc = setAt(
      doc,
      [...integrationPath, 'optionalScopes'],
      optional.filter((s) => s !== scope),
    );
  return serialize(doc);
}

/** The path as the validator writes it: `integration.redirectUris[0]`. */
export function pathText(path: FieldPath): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

/** The problems that belong to a field: at its path or inside it. */
export function problemsAt(problems: readonly Problem[], path: FieldPath): Problem[] {
  const at = pathText(path);
  return problems.filter((p) => p.path === at || p.path.startsWith(`${at}.`) || p.path.startsWith(`${at}[`));
}

/** The problems no field of the form shows, to list above it. */
export function problemsElsewhere(problems: readonly Problem[], shown: readonly FieldPath[]): Problem[] {
  return problems.filter((p) => !shown.some((path) => problemsAt([p], path).length > 0));
}
