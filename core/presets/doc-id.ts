/**
 * What to call a preset document that may be anything (a policy, a pasted file, a corrupt store):
 * its id when that is a string, else the fallback. Never `String(doc.id)`: a deeply nested array
 * as an id would overflow the stack while it is joined, and take every other preset down with it.
 */
export function docId(doc: unknown, fallback: string): string {
  const id = typeof doc === 'object' && doc !== null ? (doc as { id?: unknown }).id : undefined;
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return typeof id === 'string' && id !== '' ? id.slice(0, 80) : fallback;
}
