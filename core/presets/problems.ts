/**
 * How every preset check speaks: a problem names its JSON path and says what is wrong and what
 * would be right. An error stops the preset; a warning lets it be saved and used, and is shown.
 */
export interface Problem {
  /** JSON path, e.g. `integration.scopes[3]`; empty for the whole document. */
  path: string;
  message: string;
}

export type Validated<T> = { ok: true; value: T; warnings?: Problem[] } | { ok: false; problems: Problem[] };

/** Problems as one line for people: `path: message; …` (the document itself when the path is empty). */
export function problemsText(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.path || '(document)'}: ${p.message}`).join('; ');
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? (acc ? `${acc}.${name}` : name) : `${acc}[${JSON.stringify(name)}]`;
  }, '');
}
