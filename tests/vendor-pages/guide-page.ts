/**
 * A vendor guide as a documentation web page, for the "Make a Webex preset from the selection"
 * tests: SphereShield's seed guide (tests/fixtures/guides/sphereshield.txt) set as HTML, step by
 * step, its scope list a <ul>, its console snippet a <pre>. Served at GUIDE_URL.
 */
import { readFileSync } from 'node:fs';

export const GUIDE_URL = 'https://docs.agat.example/sphereshield/webex-meetings';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function guidePage(): string {
  const lines = readFileSync('tests/fixtures/guides/sphereshield.txt', 'utf8').split('\n');
  const body: string[] = [];
  let inList = false;
  let step = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const bullet = /^•\s*(.*)$/.exec(line);
    if (bullet) {
      if (!inList) body.push('<ul id="scope-list">');
      inList = true;
      body.push(`<li>${escape(bullet[1]!)}</li>`);
      continue;
    }
    if (inList) body.push('</ul>');
    inList = false;
    const numbered = /^(\d+)\.\s*(.*)$/.exec(line);
    if (line.startsWith('let webexMeeting')) body.push(`<pre id="snippet"><code>${escape(line)}</code></pre>`);
    else if (numbered) body.push(`<p id="step-${++step}"><b>${numbered[1]}.</b> ${escape(numbered[2]!)}</p>`);
    else body.push(`<p>${escape(line)}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Webex integration App for Webex Meeting – SphereShield docs</title>
<style>body{font:15px/1.5 system-ui;max-width:760px;margin:24px auto} pre{white-space:pre-wrap;background:#f4f4f4;padding:8px}</style>
</head><body><main>${body.join('\n')}</main></body></html>`;
}
