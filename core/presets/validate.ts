/**
 * The one preset validator, used by the popup, the options page, the CLI and the tests.
 * Every problem names its JSON path and says what is wrong and what would be right.
 */
import type { Portal } from '../catalog/catalog';
import { SCOPE_NAMES } from '../catalog/scope-names';
import type { IntegrationSpec } from '../messages';
import { issueMessage } from './issue-message';
import { migrate } from './migrate';
import { originPatternProblem } from '../handoff/origins';
import {
  CREDENTIAL_PLACEHOLDERS,
  type Parameter,
  PLACEHOLDER,
  type Preset,
  PresetSchema,
  SECRET_PLACEHOLDERS,
} from './schema';
import { allowedScheme, redirectUriProblem } from './url-rules';
import { patternProblem } from './safe-pattern';
import { closest } from './suggest';
import { PORTAL_LIMITS } from '../portal/knowledge';

export { allowedScheme, redirectUriProblem };

export interface Problem {
  /** JSON path, e.g. `integration.scopes[3]`; empty for the whole document. */
  path: string;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

const LIMITS = PORTAL_LIMITS;

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? (acc ? `${acc}.${name}` : name) : `${acc}[${JSON.stringify(name)}]`;
  }, '');
}

const EMAIL = /^[^\s@"<>]+@[^\s@"<>]+\.[A-Za-z]{2,}$/;

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
    return value.length <= 254 && EMAIL.test(value)
      ? null
      : `${param.label} must be an email address like name@example.com`;
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

function substitute(template: string, values: Record<string, string>): string {
  return template.replace(PLACEHOLDER, (whole, key: string) => values[key] ?? whole);
}

function placeholders(template: string): string[] {
  return Array.from(template.matchAll(PLACEHOLDER), (m) => m[1]!);
}

/** A value for every parameter that says nothing about the user: its example, or a neutral one. */
export function sampleValues(preset: Preset): Record<string, string> {
  return Object.fromEntries(preset.parameters.map((p) => [p.key, sampleValue(p)]));
}

function sampleValue(param: Parameter): string {
  if (param.example) return normalizeValue(param, param.example);
  return param.kind === 'url' ? 'https://example.com' : param.kind === 'email' ? 'name@example.com' : 'example';
}

function checkScopes(preset: Preset, problems: Problem[]) {
  const portal = preset.portal as Portal;
  const here = new Set(SCOPE_NAMES[portal]);
  const other = (Object.keys(SCOPE_NAMES) as Portal[]).find((p) => p !== portal)!;
  const there = new Set(SCOPE_NAMES[other]);
  const seen = new Map<string, string>();
  const lists = [
    ['scopes', preset.integration.scopes],
    ['optionalScopes', preset.integration.optionalScopes],
  ] as const;
  for (const [list, scopes] of lists) {
    scopes.forEach((scope, i) => {
      const path = `integration.${list}[${i}]`;
      const first = seen.get(scope);
      if (first) {
        problems.push({
          path,
          message: `"${scope}" is listed twice (first at ${first}); list each scope once`,
        });
        return;
      }
      seen.set(scope, path);
      if (here.has(scope)) return;
      if (there.has(scope)) {
        problems.push({
          path,
          message: `"${scope}" is a ${other} scope; this preset is for ${portal} (set "portal" to "${other}" or remove it)`,
        });
        return;
      }
      const sameLetters = [...here].find((s) => s.toLowerCase() === scope.toLowerCase());
      const suggestion = sameLetters ?? closest(scope, [...here]);
      const hint = sameLetters
        ? ` — scopes are case-sensitive: did you mean ${sameLetters}?`
        : suggestion
          ? ` — did you mean ${suggestion}?`
          : ` (see the scope list for ${portal})`;
      problems.push({ path, message: `unknown scope "${scope}" on ${portal}${hint}` });
    });
  }
}

function checkTemplates(preset: Preset, problems: Problem[]) {
  const keys = new Set(preset.parameters.map((p) => p.key));
  const used = new Set<string>();
  const templated: Array<[string, string]> = [
    ['integration.name', preset.integration.name],
    ['integration.description', preset.integration.description],
    ...preset.integration.redirectUris.map((u, i): [string, string] => [`integration.redirectUris[${i}]`, u]),
  ];
  if (preset.integration.contactEmail !== undefined) {
    templated.push(['integration.contactEmail', preset.integration.contactEmail]);
  }
  // The hand-off's values may also name what the portal showed; its URL may not (no secret in a URL).
  const handOffTemplates: Array<[string, string, boolean]> = [
    ...(preset.handOff?.url !== undefined
      ? [['handOff.url', preset.handOff.url, false] as [string, string, boolean]]
      : []),
    ...(preset.handOff?.origins ?? []).map((o, i): [string, string, boolean] => [`handOff.origins[${i}]`, o, false]),
    ...(preset.handOff?.fields ?? []).map((f, i): [string, string, boolean] => [
      `handOff.fields[${i}].value`,
      f.value,
      true,
    ]),
  ];
  const credentials = new Set<string>(CREDENTIAL_PLACEHOLDERS);
  for (const [path, template, credentialsAllowed] of handOffTemplates) {
    for (const key of placeholders(template)) {
      used.add(key);
      if (keys.has(key) || (credentialsAllowed && credentials.has(key))) continue;
      if (credentials.has(key)) {
        problems.push({ path, message: `{${key}} may not be part of a URL: credentials never go into an address` });
        continue;
      }
      const near = closest(key, [...keys, ...(credentialsAllowed ? credentials : [])]);
      problems.push({
        path,
        message: `placeholder {${key}} is neither a parameter nor ${credentialsAllowed ? `one of ${[...credentials].map((c) => `{${c}}`).join(', ')}` : 'allowed here'}${near ? ` — did you mean {${near}}?` : ''}`,
      });
    }
  }
  for (const [path, template] of templated) {
    for (const key of placeholders(template)) {
      used.add(key);
      if (!keys.has(key)) {
        const near = closest(key, [...keys]);
        problems.push({
          path,
          message: `placeholder {${key}} has no parameter${near ? ` — did you mean {${near}}?` : `; add { "key": "${key}", … } to parameters`}`,
        });
      }
    }
  }
  const seenKeys = new Set<string>();
  preset.parameters.forEach((param, i) => {
    if (seenKeys.has(param.key))
      problems.push({ path: `parameters[${i}].key`, message: `parameter "${param.key}" is defined twice` });
    seenKeys.add(param.key);
    if (!used.has(param.key)) {
      problems.push({
        path: `parameters[${i}]`,
        message: `parameter "${param.key}" is never used; put {${param.key}} in the name, description, a redirect URI or the hand-off, or remove it`,
      });
    }
    if (param.pattern !== undefined) {
      const problem = patternProblem(param.pattern);
      if (problem) problems.push({ path: `parameters[${i}].pattern`, message: problem });
    }
    if (param.example !== undefined) {
      const problem = parameterValueProblem({ ...param, required: false }, param.example);
      if (problem)
        problems.push({
          path: `parameters[${i}].example`,
          message: `the example fails its own check: ${problem}`,
        });
    }
  });
}

/** Checks the texts as they will be after substitution (with `values`, or each parameter's example). */
function checkResolved(preset: Preset, values: Record<string, string>, problems: Problem[], pathPrefix = '') {
  const i = preset.integration;
  const name = substitute(i.name, values);
  if (name.length > LIMITS.name) {
    problems.push({
      path: `${pathPrefix}integration.name`,
      message: `is ${name.length} characters after substitution; the portal allows ${LIMITS.name}`,
    });
  }
  const description = substitute(i.description, values);
  if (description.length > LIMITS.description) {
    problems.push({
      path: `${pathPrefix}integration.description`,
      message: `is ${description.length} characters after substitution; the portal allows ${LIMITS.description}`,
    });
  }
  if (i.contactEmail !== undefined) {
    const email = substitute(i.contactEmail, values);
    if (!EMAIL.test(email))
      problems.push({
        path: `${pathPrefix}integration.contactEmail`,
        message: `"${email}" is not an email address`,
      });
  }
  const resolvedUris = i.redirectUris.map((u) => substitute(u, values));
  resolvedUris.forEach((uri, n) => {
    if (new RegExp(PLACEHOLDER.source).test(uri)) return; // unknown placeholder, reported by checkTemplates
    const problem = redirectUriProblem(uri);
    if (problem) problems.push({ path: `${pathPrefix}integration.redirectUris[${n}]`, message: problem });
    const dup = resolvedUris.indexOf(uri);
    if (dup !== n)
      problems.push({
        path: `${pathPrefix}integration.redirectUris[${n}]`,
        message: `same URI as redirectUris[${dup}]`,
      });
  });
}

/** The hand-off URL, with sample values, must be an https (or loopback http) address. */
function checkHandOffUrl(preset: Preset, values: Record<string, string>, problems: Problem[]) {
  const template = preset.handOff?.url;
  if (template === undefined) return;
  const url = substitute(template, values);
  if (new RegExp(PLACEHOLDER.source).test(url)) return; // an unknown placeholder, reported above
  try {
    const u = new URL(url);
    if (!allowedScheme(u))
      problems.push({
        path: 'handOff.url',
        message: `resolves to ${url}, which is not https (plain http only for localhost/127.0.0.1)`,
      });
  } catch {
    problems.push({
      path: 'handOff.url',
      message: `resolves to "${url}", which is not an absolute URL (start it with https:// or a URL parameter such as {host})`,
    });
  }
}

/**
 * Where the hand-off may fill: each origin (with sample values) is an https origin or pattern,
 * and a hand-off that carries the Client Secret or a token says where it may go (its url or
 * origins): a secret never goes to whatever page happens to be open.
 */
function checkHandOffDestination(preset: Preset, values: Record<string, string>, problems: Problem[]) {
  const handOff = preset.handOff;
  if (!handOff) return;
  (handOff.origins ?? []).forEach((template, i) => {
    const origin = substitute(template, values);
    if (new RegExp(PLACEHOLDER.source).test(origin)) return; // an unknown placeholder, reported above
    const problem = originPatternProblem(origin);
    if (problem) problems.push({ path: `handOff.origins[${i}]`, message: problem });
  });
  if (handOff.url !== undefined || handOff.origins !== undefined) return;
  const carrying = handOff.fields
    .map((f, i) => ({
      i,
      keys: placeholders(f.value).filter((k) => (SECRET_PLACEHOLDERS as readonly string[]).includes(k)),
    }))
    .filter((f) => f.keys.length > 0);
  if (carrying.length === 0) return;
  const what = [...new Set(carrying.flatMap((f) => f.keys))].map((k) => `{${k}}`).join(', ');
  problems.push({
    path: 'handOff',
    message: `fills ${what} (handOff.fields[${carrying[0]!.i}]) on whatever page is open: add "url" (the vendor page) or "origins" (e.g. ["https://*.vendor.com"]) to say where it may go`,
  });
}

/** Validates a preset document (already parsed from JSON). */
export function validatePreset(input: unknown): Validated<Preset> {
  const migrated = migrate(input);
  if (!migrated.ok) return migrated;
  const parsed = PresetSchema.safeParse(migrated.value);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: issueMessage(issue, migrated.value),
      })),
    };
  }
  const preset = parsed.data;
  const problems: Problem[] = [];
  checkScopes(preset, problems);
  checkTemplates(preset, problems);
  const samples = Object.fromEntries(preset.parameters.map((p) => [p.key, sampleValue(p)]));
  checkResolved(preset, samples, problems);
  checkHandOffUrl(preset, samples, problems);
  checkHandOffDestination(preset, samples, problems);
  return problems.length ? { ok: false, problems } : { ok: true, value: preset };
}

/** Validates JSON text: syntax errors are reported with their position, not thrown. */
export function validatePresetJson(text: string): Validated<Preset> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  return validatePreset(data);
}

/**
 * Substitutes the user's parameter values into a valid preset and checks the result.
 * Problems name `values.<key>` for a bad value, or the preset path for a bad result.
 */
export function resolvePreset(preset: Preset, rawValues: Record<string, string>): Validated<IntegrationSpec> {
  const problems: Problem[] = [];
  const values: Record<string, string> = {};
  for (const param of preset.parameters) {
    const raw = (rawValues[param.key] ?? '').trim();
    const problem = parameterValueProblem(param, raw);
    if (problem) problems.push({ path: `values.${param.key}`, message: problem });
    values[param.key] = normalizeValue(param, raw);
  }
  if (problems.length) return { ok: false, problems };
  checkResolved(preset, values, problems);
  if (problems.length) return { ok: false, problems };
  const i = preset.integration;
  const spec: IntegrationSpec = {
    name: substitute(i.name, values),
    description: substitute(i.description, values),
    redirectUris: i.redirectUris.map((u) => substitute(u, values)),
    scopes: [...i.scopes],
    optionalScopes: [...i.optionalScopes],
    mobileSdk: i.mobileSdk,
  };
  if (i.contactEmail !== undefined) spec.contactEmail = substitute(i.contactEmail, values);
  if (i.icon !== undefined)
    spec.icon = {
      dataUrl: i.icon,
      fileName: `${preset.id}.${i.icon.startsWith('data:image/png') ? 'png' : 'jpg'}`,
    };
  return { ok: true, value: spec };
}
