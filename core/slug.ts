/** Lower-case letters and digits joined by dashes, for ids and file names; `fallback` when nothing is left. */
export function slug(text: string, fallback: string, maxLength = Number.POSITIVE_INFINITY): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, maxLength) || fallback
  );
}
