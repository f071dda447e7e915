/**
 * "Get tokens": the authorization-code flow with PKCE, end to end, against whatever tabs,
 * identity and fetch the caller passes in (the browser's own in the extension, fakes in tests).
 *
 * 1. A fresh `state` and verifier; the authorize URL with the integration's own scopes and a
 *    redirect URI registered on it.
 * 2. Consent: in a tab watched until it reaches the redirect URI, or, when that URI is the
 *    browser's own (`identity.getRedirectURL()`), through `identity.launchWebAuthFlow`.
 * 3. The code exchanged at the token endpoint with the secret and the verifier.
 * Nothing is stored here: the caller stores the tokens only once all of it succeeded.
 */
import { buildAuthorizeUrl } from './authorize-url';
import { ConsentError, type TabsLike, outcomeOf, waitForConsentInTab } from './consent-tab';
import { challengeS256, createState, createVerifier, type RandomBytes } from './pkce';
import { exchangeCode, type FetchLike, type Tokens } from './token-client';

export interface TokenRequest {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  scopes: readonly string[];
}

export interface TokenFlowDeps {
  fetch: FetchLike;
  /** Consent in a tab (any registered redirect URI). */
  tabs: TabsLike;
  /** Given only when the redirect URI is the browser's own: resolves with the URL it reached. */
  launchWebAuthFlow?: (url: string) => Promise<string>;
  timeoutMs: number;
  signal?: AbortSignal;
  random?: RandomBytes;
  now?: () => number;
}

export async function obtainTokens(deps: TokenFlowDeps, request: TokenRequest): Promise<Tokens> {
  const state = createState(deps.random);
  const verifier = createVerifier(deps.random);
  const url = buildAuthorizeUrl({
    clientId: request.clientId,
    redirectUri: request.redirectUri,
    scopes: request.scopes,
    state,
    codeChallenge: await challengeS256(verifier),
  });
  const expected = { redirectUri: request.redirectUri, state };

  const code = await consent(deps, url, expected);
  return exchangeCode(
    deps.fetch,
    {
      clientId: request.clientId,
      clientSecret: request.clientSecret,
      code,
      redirectUri: request.redirectUri,
      codeVerifier: verifier,
    },
    deps.now,
  );
}

/**
 * "Get the code only": the consent as for tokens, but the code is returned, never exchanged, for
 * a vendor that exchanges it with its own server (Sumo Logic asks for it). No PKCE: the vendor
 * has no verifier, so its exchange must not need one. The caller hands it over at once: a code
 * expires within minutes and works once.
 */
export async function obtainCode(deps: Omit<TokenFlowDeps, 'fetch'>, request: Omit<TokenRequest, 'clientSecret'>) {
  const state = createState(deps.random);
  const url = buildAuthorizeUrl({
    clientId: request.clientId,
    redirectUri: request.redirectUri,
    scopes: request.scopes,
    state,
  });
  const expected = { redirectUri: request.redirectUri, state };
  return consent(deps, url, expected);
}

/** The user's consent, in the browser's sign-in window or a watched tab: the code it answered with. */
async function consent(
  deps: Omit<TokenFlowDeps, 'fetch'>,
  url: string,
  expected: { redirectUri: string; state: string },
): Promise<string> {
  const code = deps.launchWebAuthFlow
    ? await consentInAuthWindow(deps.launchWebAuthFlow, url, expected)
    : await waitForConsentInTab(deps.tabs, url, expected, {
        timeoutMs: deps.timeoutMs,
        ...(deps.signal && { signal: deps.signal }),
      });
  deps.signal?.throwIfAborted();
  return code;
}

async function consentInAuthWindow(
  launch: (url: string) => Promise<string>,
  url: string,
  expected: { redirectUri: string; state: string },
): Promise<string> {
  let reached: string;
  try {
    reached = await launch(url);
  } catch (error) {
    // Both browsers reject with a generic sentence when the window is closed or the page errs.
    throw new ConsentError(
      'closed',
      `The Webex sign-in window closed without an answer (${error instanceof Error ? error.message : String(error)}); nothing was stored.`,
    );
  }
  const outcome = outcomeOf(reached, expected);
  if (outcome === null) {
    throw new ConsentError('webex', 'The sign-in window ended somewhere other than this browser’s redirect URI.');
  }
  if (typeof outcome !== 'string') throw outcome;
  return outcome;
}
