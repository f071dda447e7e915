/**
 * "Copy …" everywhere in the extension's pages: write the text, then ask the background to clear
 * the clipboard after the configured delay (only a hash of the text travels). Returns what to tell
 * the user, or '' when all went as expected.
 */
import type { ClipboardCopied } from '../messages';
import { sha256Hex } from './clear-if-unchanged';

export interface CopyDeps {
  writeText(text: string): Promise<void>;
  sendMessage(message: ClipboardCopied): Promise<unknown>;
}

export async function copyText(deps: CopyDeps, label: string, text: string): Promise<string> {
  try {
    await deps.writeText(text);
  } catch (error) {
    return `Could not copy ${label}: ${(error as Error).message}`;
  }
  try {
    await deps.sendMessage({ type: 'webex-helper/clipboard-copied', label, sha256: await sha256Hex(text) });
  } catch (error) {
    // Never let the user believe a secret will vanish from the clipboard when it will not.
    return `Copied ${label}, but automatic clearing could not be scheduled (${(error as Error).message}): clear the clipboard yourself.`;
  }
  return '';
}

/** The browser's clipboard and runtime, for extension pages. */
export const pageCopyDeps = (): CopyDeps => ({
  writeText: (text) => navigator.clipboard.writeText(text),
  sendMessage: (message) => browser.runtime.sendMessage(message),
});
