/**
 * A real Chromium policy for the e2e tests of organisation presets: Chromium on Linux reads
 * /etc/chromium/policies/managed/*.json at start, and hands an extension its
 * `3rdparty.extensions.<id>` part as `storage.managed`. Needs write access to that folder (root,
 * as on CI); the spec says so and does not run otherwise.
 */
import { createHash } from 'node:crypto';
import { accessSync, constants, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';

/** The id Chromium gives an unpacked extension: SHA-256 of its absolute path, hex digits mapped to a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export function canWritePolicy(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A copy of the built extension in its own folder (so its own id: the policy reaches no other
 * test's extension, even if a run dies before cleaning up), and the policy file for that id.
 */
export function extensionWithPolicy(
  extDir: string,
  policy: Record<string, unknown>,
): { dir: string; id: string; cleanup(): void } {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'webex-helper-org-')), 'extension');
  cpSync(extDir, dir, { recursive: true });
  const id = unpackedExtensionId(dir);
  const file = path.join(POLICY_DIR, `webex-helper-e2e-${id}.json`);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
  return {
    dir,
    id,
    cleanup: () => {
      rmSync(file, { force: true });
      rmSync(path.dirname(dir), { recursive: true, force: true });
    },
  };
}
