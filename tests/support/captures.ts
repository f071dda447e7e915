/** What the background captured for a Client ID, read from an extension page (Chromium or Firefox). */
import type { CaptureRecord } from '../../core/session/credentials-store';

export interface CapturedValues {
  integrationName: string;
  clientId: string;
  clientSecret: string | null;
  integrationId: string | null;
  oauthUrl: string | null;
}

/** Playwright's and Puppeteer's pages both evaluate a function with one argument. */
interface Evaluates {
  evaluate<R, A>(fn: (arg: A) => Promise<R>, arg: A): Promise<R>;
}

export function capturedFor(extensionPage: unknown, clientId: string): Promise<CapturedValues | null> {
  return (extensionPage as Evaluates).evaluate(async (id: string) => {
    interface Api {
      storage: { session: { get(k: string): Promise<{ captures?: CaptureRecord[] }> } };
    }
    const g = globalThis as unknown as { chrome?: Api; browser?: Api };
    const { captures } = await (g.browser ?? g.chrome)!.storage.session.get('captures');
    const c = captures?.find((x) => x.credentials.clientId === id)?.credentials;
    return c
      ? {
          integrationName: c.integrationName,
          clientId: c.clientId,
          clientSecret: c.clientSecret,
          integrationId: c.integrationId,
          oauthUrl: c.oauthUrl,
        }
      : null;
  }, clientId);
}
