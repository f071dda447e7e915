/**
 * Serves the replica at the real portal URLs: tests route `https://developer.webex(-cx).com/*`
 * here (Playwright's context.route, Puppeteer's request interception), and `npm start` too.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Matches every URL on both portal hosts. */
export const PORTAL_URL = /^https:\/\/developer\.webex(-cx)?\.com\//;

const bundles = new Map<string, string>();

/**
 * A test page's script bundled into one inline-safe string (built once per entry and process,
 * ~20 ms): our own code, with `</script` escaped so it cannot close the element it sits in.
 */
export function inlineScript(entry: string): string {
  let text = bundles.get(entry);
  if (text === undefined) {
    text = buildSync({
      entryPoints: [entry],
      bundle: true,
      format: 'iife',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    }).outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
    bundles.set(entry, text);
  }
  return text;
}

export function replicaHtml(): string {
  const css = readFileSync(path.join(here, 'replica.css'), 'utf8');
  const js = inlineScript(path.join(here, 'src/app.ts'));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Webex for Developers</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${css}</style></head>
<body><header class="topbar"><span class="brand">webex</span> <span>for Developers</span>
<span class="replica-badge" title="Offline replica used for tests and demos">replica</span></header>
<main id="app"></main><script>${js}</script></body></html>`;
}

/** A response for any portal URL: the app decides what to show from the path (client-side routing). */
export function replicaResponse(url: string): { status: number; contentType: string; body: string } {
  const { pathname } = new URL(url);
  if (pathname === '/favicon.ico') return { status: 404, contentType: 'text/plain', body: '' };
  return { status: 200, contentType: 'text/html; charset=utf-8', body: replicaHtml() };
}
