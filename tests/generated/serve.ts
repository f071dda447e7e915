/**
 * Serves a generated page at the real portal URL (tests route `https://developer.webex.com/*`
 * here, as for the replica). The spec travels as JSON in the page; `<` is escaped so no spec
 * text can close the script element.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { inlineScript } from '../replica/serve';
import { type PageSpec, pageSpecArb } from './spec';

const here = path.dirname(fileURLToPath(import.meta.url));

export function generatedHtml(spec: PageSpec): string {
  const json = JSON.stringify(spec).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>New Integration (generated)</title></head>
<body><main id="app"></main><script type="application/json" id="spec">${json}</script><script>${inlineScript(path.join(here, 'page.ts'))}</script></body></html>`;
}

/** The e2e suites' pages: a fixed seed, so every run drives the same pages; E2E_GEN_SEED to vary. */
export const E2E_SEED = Number(process.env.E2E_GEN_SEED ?? 20261124);

export function e2eSpecs(count: number): PageSpec[] {
  return fc.sample(pageSpecArb, { seed: E2E_SEED, numRuns: count });
}
