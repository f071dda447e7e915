/**
 * Turns a zod issue into a sentence that says what is wrong and what would be right.
 * (zod/mini carries no message catalogue: the wording is ours, and it is tested.)
 */
import type { core } from 'zod/mini';

const UNIT = { string: 'characters', array: 'items', set: 'items', file: 'bytes' } as Record<string, string>;

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return value.length > 40 ? `a string of ${value.length} characters` : `"${value}"`;
  return `${typeof value} ${String(value)}`;
}

function expectedType(expected: string): string {
  return (
    { object: 'an object', array: 'an array', string: 'a string', number: 'a number', boolean: 'true or false' }[
      expected
    ] ?? expected
  );
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

export function issueMessage(issue: core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(input, issue.path);
      if (value === undefined) return `is missing: add ${expectedType(issue.expected)}`;
      return `must be ${expectedType(issue.expected)}, not ${describeValue(value)}`;
    }
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove ${issue.keys.length > 1 ? 'them' : 'it'} or check the spelling`;
    case 'too_small': {
      const unit = UNIT[issue.origin] ?? '';
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'must not be empty';
      return `must have at least ${issue.minimum} ${unit}`.trim();
    }
    case 'too_big':
      return `must have at most ${issue.maximum} ${UNIT[issue.origin] ?? ''}`.trim();
    case 'invalid_value':
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, not ${describeValue(valueAt(input, issue.path))}`;
    case 'invalid_format':
      return issue.message && issue.message !== 'Invalid input'
        ? issue.message
        : `does not have the expected ${issue.format} format`;
    default:
      return issue.message || 'is not valid';
  }
}
