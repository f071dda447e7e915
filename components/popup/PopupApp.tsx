import { useEffect, useState } from 'preact/hooks';
import { freshNote, SHORTCUT_NOTE } from '@/core/shortcut/run-fill';
import { copyText, pageCopyDeps } from '@/core/clipboard/copy-text';
import { forgetCaptures } from '@/core/session/credentials-store';
import { type PopupView, popupView } from '@/core/ui/popup-view';
import type { HandOffView as HandOffViewType } from '../HandOffView';
import { Toast } from '../Toast';
import { IconButton } from '../ui/icons';
import { openOAuthUrl, openOptions, runHandOff } from './browser-actions';
import { ElsewhereView } from './ElsewhereView';
import { FormView } from './FormView';
import { ResultView } from './ResultView';
import { siblingsOf } from '@/core/presets/choose-part';
import { usePresetLibrary } from './use-preset-library';
import { useSession } from './use-session';
import { type TargetTab, useTargetTab } from './use-target-tab';

function targetLine(tab: TargetTab | null): string {
  if (!tab || tab.kind === 'other') return 'This tab: no web page open.';
  const url = new URL(tab.url);
  const page = tab.ping ? ` (${tab.ping.page.replace('-', ' ')})` : '';
  return `Acts on: ${url.host}${tab.kind === 'portal' ? url.pathname : ''}${page}`;
}

/**
 * The popup shows the step the user is on: the fill form on a portal form, the credentials once
 * they are captured, the hand-off on a vendor's page, else what to do next. It renders once the
 * tab, the session and the presets are known, so nothing moves after its first paint.
 */
export function PopupApp() {
  const tab = useTargetTab();
  const { captures, clipboard, reload } = useSession();
  const library = usePresetLibrary();
  const [chosen, setChosen] = useState<PopupView | undefined>(undefined);
  const [status, setStatus] = useState('');
  // Opened by the shortcut, which could not fill: say why.
  useEffect(() => {
    void browser.storage.session.get(SHORTCUT_NOTE).then((r) => {
      const note = freshNote(r[SHORTCUT_NOTE], Date.now());
      if (note) setStatus(`Shortcut: ${note}`);
    });
  }, []);
  const known = tab !== undefined && captures !== undefined && library.lastId !== undefined;
  const view = known ? popupView(tab, captures, chosen) : null;
  // The hand-off view's code loads only when a vendor page needs it (most popups never do).
  const [handOffView, setHandOffView] = useState<typeof HandOffViewType | null>(null);
  useEffect(() => {
    if (view?.kind === 'hand-off' && !handOffView)
      void import('../HandOffView').then((m) => setHandOffView(() => m.HandOffView));
  }, [view?.kind]);
  // Shown once the tab, the session, the presets (and the view's code) are known: nothing moves after.
  if (!known || !view || (view.kind === 'hand-off' && !handOffView)) return null;
  const HandOffView = handOffView!;

  const record =
    view.kind === 'result' || view.kind === 'hand-off'
      ? (captures.find((c) => c.credentials.clientId === view.clientId) ?? null)
      : null;
  const copy = async (label: string, text: string) => setStatus(await copyText(pageCopyDeps(), label, text));
  const forget = async () => {
    await forgetCaptures(browser.storage.session);
    reload();
    setChosen({ kind: 'elsewhere' });
    setStatus('Credentials forgotten.');
  };

  return (
    <main class={`popup view-${view.kind}`}>
      <header class="popup-head">
        <h1>Webex Integration Helper</h1>
        <IconButton icon="gear" label="Settings and presets" onClick={openOptions} />
      </header>
      <p class="target" id="target">
        {targetLine(tab)}
      </p>
      {library.brokenBuiltins.length > 0 && (
        <p class="error">Some built-in presets are invalid: {library.brokenBuiltins.map((b) => b.file).join(', ')}</p>
      )}
      {library.org.broken.length > 0 && (
        <p class="error">
          Your organisation’s presets include invalid ones, left out:{' '}
          {library.org.broken
            .map((b) => `${b.id} (${b.problems[0]!.path || 'document'}: ${b.problems[0]!.message})`)
            .join('; ')}
        </p>
      )}

      {view.kind === 'form' && tab && (
        <FormView tab={tab} library={library} captures={captures} setStatus={setStatus} />
      )}
      {view.kind === 'result' && (
        <ResultView
          record={record}
          captures={captures}
          presets={library.presets}
          onCopy={(l, t) => void copy(l, t)}
          onForget={() => void forget()}
          onFillAnother={() => setChosen(tab?.kind === 'portal' && tab.ping ? { kind: 'form' } : { kind: 'elsewhere' })}
          setStatus={setStatus}
        />
      )}
      {view.kind === 'hand-off' && record && tab && (
        <HandOffView
          record={record}
          preset={library.presets.find((p) => p.id === record.applied?.presetId) ?? null}
          siblings={siblingsOf(record, captures)}
          tab={{ id: tab.id, url: tab.url }}
          run={runHandOff}
          openOAuthUrl={openOAuthUrl}
          onShowCredentials={() => setChosen({ kind: 'result', clientId: record.credentials.clientId })}
        />
      )}
      {view.kind === 'reload' && tab && (
        <section class="card" aria-labelledby="reload-title">
          <h2 id="reload-title">Reload the portal tab</h2>
          <p class="help">The portal tab was open before the extension was installed or updated: reload it.</p>
          <button
            type="button"
            class="primary wide"
            onClick={() => void browser.tabs.reload(tab.id).then(() => window.close())}
          >
            Reload the portal tab
          </button>
        </section>
      )}
      {view.kind === 'elsewhere' && (
        <ElsewhereView
          library={library}
          captures={captures}
          onShowCredentials={(clientId) => setChosen({ kind: 'result', clientId })}
        />
      )}

      {status && (
        <p class="status" role="status">
          {status}
        </p>
      )}
      <Toast status={clipboard} />
    </main>
  );
}
