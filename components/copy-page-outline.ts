import type { OutlineMessage } from '@/core/messages';
import type { Outline } from '@/core/outline/build-outline';
import { type InjectApi, injectScript, OUTLINE_FILE } from '@/core/tabs/inject-fill-engine';

/** "Copy page outline": the portal tab's form region as a privacy-safe outline, to attach to a bug report. */
export async function copyPageOutline(tabId: number, header: OutlineMessage['header']): Promise<string> {
  await injectScript(browser as unknown as InjectApi, tabId, OUTLINE_FILE);
  const message: OutlineMessage = { type: 'webex-helper/outline', header };
  const outline = (await browser.tabs.sendMessage(tabId, message)) as Outline;
  // Not cleared after a delay like a secret: it holds none, and it is meant to be pasted into an issue.
  await navigator.clipboard.writeText(outline.html);
  return `Copied the page outline (${Math.ceil(outline.bytes / 1024)} kB${outline.cut ? ', cut at 1 MB' : ''}). Attach it to a new issue: it holds the form’s structure and texts, no values, no secrets, no name or email.`;
}
