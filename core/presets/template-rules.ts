/**
 * Placeholders: `{key}` for a parameter, `{clientId}`-like names for what the portal showed (in a
 * hand-off's values only, never in an address), and in a bundle `{part.clientId}` for another
 * integration's. Every placeholder must name something, and every parameter must be used.
 */
import { isEmail } from './parameter-rules';
import type { PresetPart } from './parts';
import { parameterValueProblem } from './parameter-rules';
import type { Problem } from './problems';
import { redirectUriProblem } from './url-rules';
import { patternProblem } from './safe-pattern';
import { CREDENTIAL_PLACEHOLDERS, PLACEHOLDER } from './constants';
import type { Parameter, Preset } from './schema';
import { closest } from './suggest';
import { PORTAL_LIMITS } from '../portal/knowledge';

export function placeholders(template: string): string[] {
  return Array.from(template.matchAll(PLACEHOLDER), (m) => m[1]!);
}

export function substitute(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (whole, key: string) => values[key] ?? whole);
}

export const hasPlaceholder = (text: string) => new RegExp(PLACEHOLDER.source).test(text);

const CREDENTIALS = new Set<string>(CREDENTIAL_PLACEHOLDERS);

/** Checks every template of every part, and the parameters themselves. */
export function checkTemplates(preset: Preset, parts: PresetPart[], problems: Problem[]) {
  const keys = new Set(preset.parameters.map((p) => p.key));
  const partKeys = new Set(parts.map((p) => p.key));
  const used = new Set<string>();
  for (const part of parts) {
    const i = part.integration;
    const at = `${part.path}integration`;
    const templated: Array<[string, string]> = [
      [`${at}.name`, i.name],
      [`${at}.description`, i.description],
      ...i.redirectUris.map((u, n): [string, string] => [`${at}.redirectUris[${n}]`, u]),
      ...(i.contactEmail !== undefined ? [[`${at}.contactEmail`, i.contactEmail] as [string, string]] : []),
    ];
    for (const [path, template] of templated) {
      for (const key of placeholders(template)) {
        used.add(key);
        if (keys.has(key)) continue;
        const near = closest(key, [...keys]);
        problems.push({
          path,
          message: `placeholder {${key}} has no parameter${near ? ` — did you mean {${near}}?` : `; add { "key": "${key}", … } to parameters`}`,
        });
      }
    }
    // The hand-off's values may also name what the portal showed; its URL and origins may not
    // (no secret in an address).
    const handOff = part.handOff;
    const addresses: Array<[string, string]> = [
      ...(handOff?.url !== undefined ? [[`${part.path}handOff.url`, handOff.url] as [string, string]] : []),
      ...(handOff?.origins ?? []).map((o, n): [string, string] => [`${part.path}handOff.origins[${n}]`, o]),
    ];
    for (const [path, template] of addresses) {
      for (const key of placeholders(template)) {
        used.add(key);
        if (keys.has(key)) continue;
        problems.push({
          path,
          message:
            CREDENTIALS.has(key) || key.includes('.')
              ? `{${key}} may not be part of a URL: credentials never go into an address`
              : `placeholder {${key}} is not a parameter${closest(key, [...keys]) ? ` — did you mean {${closest(key, [...keys])}}?` : ''}`,
        });
      }
    }
    (handOff?.fields ?? []).forEach((f, n) => {
      const path = `${part.path}handOff.fields[${n}].value`;
      for (const key of placeholders(f.value)) {
        used.add(key);
        if (keys.has(key) || CREDENTIALS.has(key)) continue;
        const [owner, name] = key.split('.') as [string, string | undefined];
        if (name !== undefined && partKeys.has(owner) && CREDENTIALS.has(name)) continue;
        const allowed = [
          ...keys,
          ...CREDENTIALS,
          ...[...partKeys].flatMap((p) => [...CREDENTIALS].map((c) => `${p}.${c}`)),
        ];
        const near = closest(key, allowed);
        problems.push({
          path,
          message: `placeholder {${key}} is neither a parameter nor one of ${[...CREDENTIALS].map((c) => `{${c}}`).join(', ')}${parts.length > 1 ? ` (or {${parts[0]!.key}.clientId}-like, for another integration)` : ''}${near ? ` — did you mean {${near}}?` : ''}`,
        });
      }
    });
  }
  checkParameters(preset.parameters, used, problems);
}

function checkParameters(parameters: readonly Parameter[], used: ReadonlySet<string>, problems: Problem[]) {
  const seenKeys = new Set<string>();
  parameters.forEach((param, i) => {
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
        problems.push({ path: `parameters[${i}].example`, message: `the example fails its own check: ${problem}` });
    }
  });
}

/** Checks a part's texts as they will be after substitution (with the user's values, or each parameter's example). */
export function checkResolved(part: PresetPart, values: Readonly<Record<string, string>>, problems: Problem[]) {
  const i = part.integration;
  const at = `${part.path}integration`;
  const name = substitute(i.name, values);
  if (name.length > PORTAL_LIMITS.name)
    problems.push({
      path: `${at}.name`,
      message: `is ${name.length} characters after substitution; the portal allows ${PORTAL_LIMITS.name}`,
    });
  const description = substitute(i.description, values);
  if (description.length > PORTAL_LIMITS.description)
    problems.push({
      path: `${at}.description`,
      message: `is ${description.length} characters after substitution; the portal allows ${PORTAL_LIMITS.description}`,
    });
  if (i.contactEmail !== undefined) {
    const email = substitute(i.contactEmail, values);
    if (!isEmail(email)) problems.push({ path: `${at}.contactEmail`, message: `"${email}" is not an email address` });
  }
  const uris = i.redirectUris.map((u) => substitute(u, values));
  uris.forEach((uri, n) => {
    if (hasPlaceholder(uri)) return; // an unknown placeholder, reported by checkTemplates
    const problem = redirectUriProblem(uri);
    if (problem) problems.push({ path: `${at}.redirectUris[${n}]`, message: problem });
    const dup = uris.indexOf(uri);
    if (dup !== n) problems.push({ path: `${at}.redirectUris[${n}]`, message: `same URI as redirectUris[${dup}]` });
  });
}
