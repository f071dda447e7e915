import { useState } from 'preact/hooks';
import { PORTAL_MATCHES } from '@/core/portal/knowledge';
import { copyPageOutline } from '../copy-page-outline';

/** "Copy page outline" for the most recently used portal tab, without a fill to go with it. */
export function ReportProblem() {
  const [status, setStatus] = useState('');
  const copy = async () => {
    const tabs = await browser.tabs.query({ url: PORTAL_MATCHES });
    const tab = [...tabs].sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
    if (!tab?.id || !tab.url) {
      setStatus('No Webex developer portal tab is open: open the page the problem is on, then try again.');
      return;
    }
    try {
      setStatus(
        await copyPageOutline(tab.id, {
          version: browser.runtime.getManifest().version,
          host: new URL(tab.url).host,
          date: new Date().toISOString(),
        }),
      );
    } catch (error) {
      setStatus(`Could not make the page outline (${(error as Error).message}). Reload the portal tab and try again.`);
    }
  };
  return (
    <section aria-labelledby="report-title" class="card" id="report">
      <h2 id="report-title">Report a problem</h2>
      <p class="help">
        If a fill missed something the portal shows, open the portal page it was on, then copy its outline here (or from
        the popup, after the fill) and attach it to a new issue. The outline is the form’s structure and texts: no value
        you typed, no Client ID, secret or token, no name or email.
      </p>
      <button type="button" onClick={() => void copy()}>
        Copy page outline
      </button>
      <p role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
