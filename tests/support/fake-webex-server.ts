/**
 * The fake Webex server on a real socket: HTTPS on a local port, which the test browser reaches
 * for webexapis.com, idbroker.webex.com and the redirect URI's site through
 * `--host-resolver-rules`. Routes in Playwright cannot do this job: a tab that the extension
 * opens with `tabs.create` starts its navigation before Playwright can intercept it, so the
 * consent tab would go to the real network. Here every request, whoever makes it, hits the fake.
 */
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server } from 'node:https';
import { type AddressInfo, connect } from 'node:net';
import path from 'node:path';
import type { FakeWebex } from './fake-webex';

const TLS_DIR = path.resolve('tests/support/tls');
const WEBEX_HOSTS = ['webexapis.com', 'idbroker.webex.com'];

export interface FakeWebexServer {
  port: number;
  /** The server state this test uses (one per test). */
  use(fake: FakeWebex): void;
  /** Makes the token endpoint unreachable (the connection is dropped), or reachable again. */
  networkDown: boolean;
  /** Called before a POST to the token endpoint is answered (e.g. to spend the code first). */
  beforeToken: ((form: string) => void) | null;
  /** Chromium flags that send the hosts here and accept this certificate. */
  chromiumArgs(): string[];
  /**
   * Firefox cannot map a host to a port, so it goes through this HTTPS proxy (CONNECT), which
   * tunnels the fake hosts here and refuses everything else.
   */
  proxyPort: number;
  close(): Promise<void>;
}

/** `redirectHosts`: the redirect URIs' sites, each answered with a plain callback page. */
export async function startFakeWebexServer(redirectHosts: string[] = ['oauth.pstmn.io']): Promise<FakeWebexServer> {
  const hosts = [...WEBEX_HOSTS, ...redirectHosts];
  let fake: FakeWebex | null = null;
  const state: FakeWebexServer = {
    port: 0,
    use: (f) => {
      fake = f;
      state.networkDown = false;
      state.beforeToken = null;
    },
    networkDown: false,
    beforeToken: null,
    chromiumArgs: () => [
      `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1:${state.port}`).join(', ')}`,
      '--ignore-certificate-errors',
    ],
    proxyPort: 0,
    close: async () => {
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server: Server = createServer(
    { key: readFileSync(path.join(TLS_DIR, 'key.pem')), cert: readFileSync(path.join(TLS_DIR, 'cert.pem')) },
    (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const url = `https://${req.headers.host}${req.url}`;
        const body = Buffer.concat(chunks).toString('utf8');
        if (!WEBEX_HOSTS.includes(new URL(url).hostname)) {
          // The redirect URI's own page (Postman's callback, for CCBI): the extension reads only its URL.
          res.writeHead(200, { 'content-type': 'text/html' });
          res.end('<!doctype html><title>Postman</title><h1>Callback</h1>');
          return;
        }
        const isToken = new URL(url).pathname === '/v1/access_token';
        if (isToken && state.networkDown) {
          req.socket.destroy();
          return;
        }
        if (isToken) state.beforeToken?.(body);
        const headers = Object.fromEntries(
          Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]),
        );
        const r = fake
          ? fake.handle(req.method ?? 'GET', url, body, headers)
          : { status: 503, headers: { 'content-type': 'text/plain' }, body: 'no fake configured' };
        res.writeHead(r.status, r.headers);
        res.end(r.body);
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.port = (server.address() as AddressInfo).port;

  const proxy = createHttpServer((_req, res) => res.writeHead(405).end());
  proxy.on('connect', (req, client, head) => {
    const host = (req.url ?? '').split(':')[0] ?? '';
    if (!hosts.includes(host)) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(state.port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  state.proxyPort = (proxy.address() as AddressInfo).port;
  return state;
}

/** The Playwright worker fixture: one server per worker, closed with it. */
export const fakeWebexServerFixture: [
  (args: object, use: (server: FakeWebexServer) => Promise<void>) => Promise<void>,
  { scope: 'worker' },
] = [
  // Playwright reads the fixtures a fixture needs from this destructuring: none.
  async ({}, use) => {
    const server = await startFakeWebexServer();
    await use(server);
    await server.close();
  },
  { scope: 'worker' },
];
