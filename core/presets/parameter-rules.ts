/** A preset's parameters: the value a user types, checked as they type, and the neutral sample values checks use. */
import type { Parameter, Preset } from './schema';
import { patternProblem } from './safe-pattern';
import { allowedScheme } from './url-rules';

const EMAIL = /^[^\s@"<>]+@[^\s@"<>]+\.[A-Za-z]{2,}$/;

export const isEmail = (value: string) => value.length <= 254 && EMAIL.test(value);

/** A value checked by a preset's pattern is capped first: no pattern runs on an unbounded input. */
export const MAX_PATTERN_INPUT = 500;

/** Null when `value` is right for the parameter, else why not. */
export function parameterValueProblem(param: Parameter, value: string): string | null {
  if (value.trim() === '') return param.required ? `${param.label} is required` : null;
  if (param.kind === 'url') {
    try {
      const url = new URL(value);
      if (!allowedScheme(url)) {
        return `${param.label} must start with https://`;
      }
      if (/\s/.test(value)) return `${param.label} contains whitespace`;
      if (url.search || url.hash) return `${param.label} must not contain ? or #`;
      return null;
    } catch {
      return `${param.label} must be an absolute URL like ${param.example ?? 'https://example.com'}`;
    }
  }
  if (param.kind === 'email')
    return isEmail(value) ? null : `${param.label} must be an email address like name@example.com`;
  if (param.pattern) {
    // Never run a pattern that could freeze the page, nor on an unbounded input.
    if (patternProblem(param.pattern)) return null; // reported on the preset itself
    if (value.length > MAX_PATTERN_INPUT)
      return `${param.label} is ${value.length} characters; at most ${MAX_PATTERN_INPUT} are accepted`;
    const re = new RegExp(`^(?:${param.pattern})$`);
    if (!re.test(value))
      return `${param.label} does not have the expected form${param.example ? ` (e.g. ${param.example})` : ''}`;
  }
  return null;
}

/** Parameter values are trimmed; a URL loses its trailing slash so `{url}/path` never doubles it. */
export function normalizeValue(param: Parameter, value: string): string {
  const v = value.trim();
  return param.kind === 'url' ? v.replace(/\/+$/, '') : v;
}

export function sampleValue(param: Parameter): string {
  if (param.example) return normalizeValue(param, param.example);
  return param.kind === 'url' ? 'https://example.com' : param.kind === 'email' ? 'name@example.com' : 'example';
}

/** A value for every parameter that says nothing about the user: its example, or a neutral one. */
export function sampleValues(preset: Pick<Preset, 'parameters'>): Record<string, string> {
  return Object.fromEntries(preset.parameters.map((p) => [p.key, sampleValue(p)]));
}
