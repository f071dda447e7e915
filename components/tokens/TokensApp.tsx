import { useEffect, useState } from 'preact/hooks';
import { copyText, pageCopyDeps } from '@/core/clipboard/copy-text';
import { looksLikeBrowserRedirect, otherBrowserProblem } from '@/core/oauth/browser-redirect';
import { ConsentError } from '@/core/oauth/consent-tab';
import { expiryReminders } from '@/core/oauth/ics';
import { obtainCode, obtainTokens } from '@/core/oauth/obtain-tokens';
import { untilText } from '@/core/oauth/expiry';
import { peopleMe } from '@/core/oauth/people';
import { type FetchLike, refreshTokens, TokenError } from '@/core/oauth/token-client';
import { originPattern, releaseRedirectAccess, tokenPermissions, tokenTarget } from '@/core/oauth/token-target';
import { TIMING, WEBEX_API } from '@/core/portal/knowledge';
import { partOf } from '@/core/presets/parts';
import { type CaptureRecord, forgetTokens, updateCapture } from '@/core/session/credentials-store';
import { slug } from '@/core/slug';
import { Toast } from '../Toast';
import { downloadFile } from '../download';
import { requestOptional } from '../request-permissions';
import { HandOverView } from '../HandOverView';
import { TokensView } from '../TokensView';
import { assembleFor } from './assemble-hand-over';
import { CodeRow } from './CodeRow';
import { GetTokensSection, type Phase } from './GetTokensSection';
import { OrgSection } from './OrgSection';
import { useCapture } from './use-capture';

const webexFetch: FetchLike = (url, init) => fetch(url, init);
const webexGet = (url: string, init: { headers: Record<string, string> }) => fetch(url, init);

/** Whether the redirect URI's site was allowed before the sign-in: access the user had is never taken away. */
const hadAccessBefore = (redirectUri: string): Promise<boolean> =>
  looksLikeBrowserRedirect(redirectUri)
    ? Promise.resolve(true)
    : (browser.permissions.contains({ origins: [originPattern(redirectUri)] }) as Promise<boolean>).catch(() => true);

/** The user-facing sentence of any failure: ours are written for people; anything else is named as unexpected. */
function messageOf(error: unknown): string {
  if (error instanceof ConsentError || error instanceof TokenError) return error.message;
  return `Something unexpected failed: ${error instanceof Error ? error.message : String(error)}. Nothing was stored.`;
}

/**
 * "Get tokens" for one captured integration (the popup opens this page, since the popup itself
 * closes when the Webex sign-in tab takes the focus). Tokens and the organisation are kept in
 * storage.session with the credentials, and only once a step has fully succeeded.
 */
export function TokensApp({ clientId }: { clientId: string }) {
  const session = browser.storage.session;
  const { record, all, preset, clipboard, now, setNow } = useCapture(clientId);
  const [redirectUri, setRedirectUri] = useState('');
  const [phase, setPhase] = useState<Phase>('idle');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [controller, setController] = useState<AbortController | null>(null);
  /** Keep the redirect URI's site after signing in (else it is removed when the flow ends). */
  const [keepAccess, setKeepAccess] = useState(false);

  const target = record ? tokenTarget(record) : null;
  useEffect(() => {
    if (target?.ok && !target.redirectUris.includes(redirectUri)) setRedirectUri(target.redirectUris[0]!);
  }, [target?.ok && target.redirectUris.join(' ')]);

  const copy = async (label: string, text: string) => setStatus(await copyText(pageCopyDeps(), label, text));

  if (record === undefined) return <main>Loading…</main>;
  if (record === null) {
    return (
      <main>
        <h1>Tokens</h1>
        <p class="error" role="alert">
          No captured credentials for Client ID {clientId}: they were forgotten or expired, and any tokens with them.
          Capture them again on the portal’s integration page.
        </p>
      </main>
    );
  }

  const c = record.credentials;
  const store = async (patch: Partial<Pick<CaptureRecord, 'tokens' | 'org' | 'code'>>) => {
    if (!(await updateCapture(session, clientId, patch, Date.now()))) {
      throw new Error('the credentials were forgotten meanwhile, so the result was dropped with them');
    }
  };

  /** Runs one step; the permission request comes first, while the click still counts as the user's. */
  const run = async (
    next: Phase,
    permissions: { origins: string[]; permissions: string[] },
    step: () => Promise<string>,
  ) => {
    setError('');
    setStatus('');
    let granted: boolean;
    try {
      granted = await requestOptional(permissions);
    } catch (e) {
      setError(`The browser refused to ask for access to ${permissions.origins.join(', ')}: ${(e as Error).message}`);
      return;
    }
    if (!granted) {
      setError(
        `Not allowed: this needs access to ${[...permissions.origins, ...permissions.permissions].join(', ')} (see “Why these permissions” below). Nothing was changed.`,
      );
      return;
    }
    setPhase(next);
    try {
      setStatus(await step());
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setPhase('idle');
      setController(null);
      setNow(Date.now());
    }
  };

  const getTokens = () => {
    if (!target?.ok) return;
    const abort = new AbortController();
    // Read before the request below (same click): access the user had already is never taken away.
    const hadBefore = hadAccessBefore(redirectUri);
    const release = async () =>
      void (await releaseRedirectAccess(browser.permissions, redirectUri, {
        hadBefore: await hadBefore,
        keep: keepAccess,
      }).catch(() => false));
    void run('consent', tokenPermissions(redirectUri), async () => {
      try {
        return await consent(abort);
      } finally {
        await release();
      }
    });
  };

  const part = preset ? partOf(preset, record?.applied?.part?.key) : null;
  const wantsCode = (part?.vendorNeeds ?? preset?.vendorNeeds ?? []).includes('authorizationCode');

  /** "Get the code only": the consent, and the code kept as read (never exchanged). */
  const getCode = () => {
    if (!target?.ok) return;
    const abort = new AbortController();
    const hadBefore = hadAccessBefore(redirectUri);
    void run('code', tokenPermissions(redirectUri), async () => {
      try {
        setController(abort);
        const code = await obtainCode(
          { tabs: browser.tabs, timeoutMs: TIMING.consentTimeoutMs, signal: abort.signal },
          { clientId, redirectUri, scopes: target.scopes },
        );
        await store({ code: { value: code, obtainedAt: Date.now(), redirectUri } });
        return 'Code read, not exchanged: copy it for the vendor now.';
      } finally {
        await releaseRedirectAccess(browser.permissions, redirectUri, {
          hadBefore: await hadBefore,
          keep: keepAccess,
        }).catch(() => false);
      }
    });
  };

  /** The consent tab (or the browser's sign-in window), then the code exchanged for tokens. */
  const consent = async (abort: AbortController): Promise<string> => {
    if (!target?.ok) return '';
    setController(abort);
    let launchWebAuthFlow: ((url: string) => Promise<string>) | undefined;
    if (looksLikeBrowserRedirect(redirectUri)) {
      const own = browser.identity.getRedirectURL();
      const problem = otherBrowserProblem(redirectUri, own);
      if (problem) throw new ConsentError('webex', problem);
      launchWebAuthFlow = async (url) => (await browser.identity.launchWebAuthFlow({ url, interactive: true })) ?? '';
    }
    const tokens = await obtainTokens(
      {
        fetch: webexFetch,
        tabs: browser.tabs,
        ...(launchWebAuthFlow && { launchWebAuthFlow }),
        timeoutMs: TIMING.consentTimeoutMs,
        signal: abort.signal,
      },
      { clientId, clientSecret: target.clientSecret, redirectUri, scopes: target.scopes },
    );
    await store({ tokens });
    return 'Tokens obtained.';
  };

  const api = { origins: [originPattern(WEBEX_API.origin)], permissions: [] };
  const refresh = () =>
    void run('refreshing', api, async () => {
      if (!record.tokens || !target?.ok) return '';
      const tokens = await refreshTokens(webexFetch, {
        clientId,
        clientSecret: target.clientSecret,
        refreshToken: record.tokens.refreshToken,
      });
      await store({
        tokens: { ...tokens, ...(record.tokens.scopes && !tokens.scopes && { scopes: record.tokens.scopes }) },
      });
      return 'Tokens refreshed.';
    });
  const testAccess = () =>
    void run('testing', api, async () => {
      if (!record.tokens) return '';
      const me = await peopleMe(webexGet, record.tokens.accessToken);
      await store({ org: { displayName: me.displayName, orgId: me.orgId, orgUuid: me.orgUuid } });
      return `The access token works: signed in as ${me.displayName || 'an unnamed user'}.`;
    });
  const reminders = () => {
    if (!record.tokens) return;
    downloadFile(
      `${slug(c.integrationName, 'webex-integration')}-token-expiry.ics`,
      expiryReminders({
        integrationName: c.integrationName || 'Webex integration',
        clientId,
        accessExpiresAt: record.tokens.accessExpiresAt,
        refreshExpiresAt: record.tokens.refreshExpiresAt,
        now: Date.now(),
      }),
      'text/calendar',
    );
    setStatus('Downloaded two reminders, each a day before a token expires.');
  };

  const handOver = assembleFor(record, all, preset, redirectUri);

  return (
    <main class="page">
      <h1>Tokens for “{c.integrationName || 'your integration'}”</h1>
      <p class="help">
        Client ID <code>{c.clientId}</code> · on {c.portal}
      </p>
      {!target?.ok ? (
        <p class="error" role="alert">
          {target?.reason}
        </p>
      ) : (
        <GetTokensSection
          hasTokens={!!record.tokens}
          redirectUris={target.redirectUris}
          redirectUri={redirectUri}
          onRedirectUri={setRedirectUri}
          keepAccess={keepAccess}
          onKeepAccess={setKeepAccess}
          wantsCode={wantsCode}
          presetName={preset?.name ?? ''}
          phase={phase}
          onGetTokens={getTokens}
          onGetCode={getCode}
          onCancel={controller ? () => controller.abort() : null}
        />
      )}
      <div role="alert" class="error" id="token-error">
        {error}
      </div>
      {record.code && (
        <section aria-labelledby="code-title">
          <h2 id="code-title">Authorization code</h2>
          <CodeRow value={record.code.value} onCopy={(label, text) => void copy(label, text)} />
          <p class="help">
            Read {untilText(record.code.obtainedAt, now).replace(/^in /, '')} ago from the sign-in at{' '}
            <code>{record.code.redirectUri}</code>. Codes expire within minutes and work once: give it to the vendor
            now.
          </p>
        </section>
      )}
      {record.tokens && (
        <>
          <TokensView
            tokens={record.tokens}
            requestedScopes={target?.ok ? target.scopes : []}
            applied={record.applied}
            now={now}
            onCopy={copy}
          />
          <div class="actions">
            <button type="button" disabled={phase !== 'idle'} onClick={refresh}>
              {phase === 'refreshing' ? 'Refreshing…' : 'Refresh'}
            </button>
            <button type="button" disabled={phase !== 'idle'} onClick={testAccess}>
              {phase === 'testing' ? 'Testing…' : 'Test access'}
            </button>
            <button type="button" onClick={reminders}>
              Add expiry reminders
            </button>
            <button
              type="button"
              onClick={() =>
                void forgetTokens(session, clientId, Date.now()).then(() => setStatus('Tokens forgotten.'))
              }
            >
              Forget tokens
            </button>
          </div>
        </>
      )}
      {record.org && <OrgSection org={record.org} onCopy={(label, text) => void copy(label, text)} />}
      <HandOverView
        handOver={handOver.handOver}
        presetName={handOver.presetName}
        bundle={handOver.bundle}
        onCopy={(label, text) => void copy(label, text)}
      />
      <div role="status" aria-live="polite" class="report">
        {status && <p>{status}</p>}
      </div>
      <Toast status={clipboard} />
      <details>
        <summary>Why these permissions</summary>
        <p class="help">
          The first time, the browser asks to let the extension reach <code>webexapis.com</code> (the token endpoint and
          “Test access”) and see the sign-in tab arrive at the redirect URI’s site, which is how it reads the answer.
          Only this tab is watched, only until it answers; you can withdraw both in the browser’s extension settings.
        </p>
      </details>
    </main>
  );
}
