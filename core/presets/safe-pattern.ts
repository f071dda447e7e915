/**
 * A preset parameter's `pattern` runs on what the user types, in the popup, on every keystroke:
 * a pattern that can backtrack catastrophically (`(a+)+` takes seconds at 28 characters and
 * never ends at 40) would freeze the popup, and a policy preset cannot be removed by the user.
 * So a pattern is refused when a repeated group holds something that can itself repeat or
 * branch (nested quantifiers, alternation), unless the group starts with a literal character
 * that nothing else in it can match (`(\.[a-z0-9-]+)+`, a host's labels: each repetition is
 * fixed by its separator). Conservative: a safe pattern may be refused, never the other way.
 */

/** The atoms of a regex body at its top level (a literal, an escape, a class, a group), each with its quantifier. */
function atoms(body: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < body.length) {
    const start = i;
    const c = body[i]!;
    if (c === '\\') i += 2;
    else if (c === '[') {
      i++;
      while (i < body.length && body[i] !== ']') i += body[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '(') {
      let depth = 0;
      for (; i < body.length; i++) {
        if (body[i] === '\\') i++;
        else if (body[i] === '(') depth++;
        else if (body[i] === ')' && --depth === 0) break;
      }
      i++;
    } else i++;
    while (i < body.length && /[*+?{]/.test(body[i]!)) {
      if (body[i] === '{') {
        const end = body.indexOf('}', i);
        i = end < 0 ? body.length : end + 1;
      } else i++;
    }
    out.push(body.slice(start, i));
  }
  return out;
}

/** A single literal character, not repeated: `.` escaped, `-`, `/`, `@`… */
const LITERAL = /^(\\[^dDwWsSbBpPkux0-9cn]|[^\\[(.^$|*+?{])$/;

/** Whether `atom` (a whole atom, quantifier stripped) can match the character `char`. */
function canMatch(atom: string, char: string): boolean {
  const bare = atom.replace(/([*+?]|\{[^}]*\})+$/, '');
  try {
    // A group may match the character anywhere inside it.
    return bare.startsWith('(')
      ? new RegExp(bare.replace(/^\((\?:)?/, '(?:')).test(char)
      : new RegExp(`^(?:${bare})$`).test(char);
  } catch {
    return true;
  }
}

/**
 * Each repetition of the group is fixed by a separator: it starts (or ends) with a single
 * literal character that no other part of it can match, so the repetitions cannot be split in
 * more than one way.
 */
function fixedBySeparator(body: string): boolean {
  const parts = atoms(body);
  if (parts.length < 2) return false;
  for (const [separator, rest] of [
    [parts[0]!, parts.slice(1)],
    [parts[parts.length - 1]!, parts.slice(0, -1)],
  ] as const) {
    if (!LITERAL.test(separator)) continue;
    const char = separator.length === 2 ? separator[1]! : separator;
    if (rest.every((atom) => !canMatch(atom, char))) return true;
  }
  return false;
}

/** Null when the pattern is safe to run on user input, else why not. */
export function patternProblem(pattern: string): string | null {
  try {
    new RegExp(pattern);
  } catch {
    return 'is not a valid regular expression';
  }
  const stack: Array<{ start: number; risky: boolean }> = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
      continue;
    }
    if (c === '(') {
      stack.push({ start: i, risky: false });
      continue;
    }
    const top = stack[stack.length - 1];
    if (c === '|' && top) top.risky = true;
    const unbounded = c === '*' || c === '+' || (c === '{' && /^\{\d*,\}/.test(pattern.slice(i)));
    if (unbounded && top) top.risky = true;
    if (c === ')') {
      const open = stack.pop();
      if (!open) continue;
      const body = pattern.slice(open.start + 1, i).replace(/^\?(:|=|!|<=|<!|<[A-Za-z]\w*>)/, '');
      const next = pattern.slice(i + 1);
      const repeated = /^([*+]|\{\d*,\d*\})/.test(next) && !/^\{\d+\}/.test(next) && !/^\{0?,1\}/.test(next);
      if (repeated && open.risky && !fixedBySeparator(body))
        return `repeats a group that itself repeats or branches ("(${body})${next.match(/^([*+]|\{[^}]*\})/)![0]}"), which can take exponential time on some inputs; rewrite it without nested repetition`;
      // A risky group makes its enclosing group risky too.
      if (open.risky && stack.length) stack[stack.length - 1]!.risky = true;
    }
  }
  return null;
}
