/**
 * A part's hand-off: its page is an https address, its origins are https sites or patterns, and
 * a hand-off that carries the Client Secret or a token says where it may go (its url or origins):
 * a secret never goes to whatever page happens to be open.
 */
import { originPatternProblem } from '../handoff/origins';
import type { PresetPart } from './parts';
import type { Problem } from './problems';
import { SECRET_PLACEHOLDERS } from './constants';
import { hasPlaceholder, placeholders, substitute } from './template-rules';
import { allowedScheme } from './url-rules';

const SECRETS = new Set<string>(SECRET_PLACEHOLDERS);
/** `{clientSecret}`, or another integration's `{part.clientSecret}`. */
const isSecret = (key: string) => SECRETS.has(key.split('.').pop()!);

export function checkHandOff(part: PresetPart, values: Readonly<Record<string, string>>, problems: Problem[]) {
  const handOff = part.handOff;
  if (!handOff) return;
  const at = `${part.path}handOff`;
  if (handOff.url !== undefined) {
    const url = substitute(handOff.url, values);
    if (!hasPlaceholder(url)) {
      try {
        if (!allowedScheme(new URL(url)))
          problems.push({
            path: `${at}.url`,
            message: `resolves to ${url}, which is not https (plain http only for localhost/127.0.0.1)`,
          });
      } catch {
        problems.push({
          path: `${at}.url`,
          message: `resolves to "${url}", which is not an absolute URL (start it with https:// or a URL parameter such as {host})`,
        });
      }
    }
  }
  (handOff.origins ?? []).forEach((template, i) => {
    const origin = substitute(template, values);
    if (hasPlaceholder(origin)) return; // an unknown placeholder, reported with the templates
    const problem = originPatternProblem(origin);
    if (problem) problems.push({ path: `${at}.origins[${i}]`, message: problem });
  });
  if (handOff.url !== undefined || handOff.origins !== undefined) return;
  const carrying = handOff.fields
    .map((f, i) => ({ i, keys: placeholders(f.value).filter(isSecret) }))
    .filter((f) => f.keys.length > 0);
  if (carrying.length === 0) return;
  const what = [...new Set(carrying.flatMap((f) => f.keys))].map((k) => `{${k}}`).join(', ');
  problems.push({
    path: at,
    message: `fills ${what} (${at}.fields[${carrying[0]!.i}]) on whatever page is open: add "url" (the vendor page) or "origins" (e.g. ["https://*.vendor.com"]) to say where it may go`,
  });
}
