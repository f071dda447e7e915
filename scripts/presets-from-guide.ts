/**
 * npm run presets:from-guide -- GUIDE [--json] [--title TITLE] [--url URL]
 * Reads a vendor guide (.txt, .md or .html; `-` for standard input) and prints the draft preset
 * and what was found in it, in words: each scope as the guide writes it, what it became and
 * why, the redirect URIs and their parameters, and what the validator still says. With --json,
 * prints exactly one JSON object: { outcome, message, preset, findings, problems, warnings }.
 * Exits 0 with a draft, 1 when the text holds no integration to create or is refused, 2 on usage.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { extractFromGuide, type Finding } from '../core/guide/extract';
import { guideSizeProblem } from '../core/guide/guide-text';
import { shippedScopes } from '../core/presets/scope-rules';
import { validatePreset } from '../core/presets/validate';

const args = process.argv.slice(2);
const json = args.includes('--json');
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const file = args.find((a, i) => !a.startsWith('--') && !['--title', '--url'].includes(args[i - 1] ?? ''));
if (!file) {
  console.error('usage: npm run presets:from-guide -- GUIDE.txt|.md|.html|- [--json] [--title TITLE] [--url URL]');
  process.exit(2);
}

let text: string;
try {
  if (file !== '-') {
    const refused = guideSizeProblem(statSync(file).size, basename(file));
    if (refused) {
      if (json) console.log(JSON.stringify({ outcome: 'too-large', message: refused, preset: null, findings: [] }));
      else console.error(refused);
      process.exit(1);
    }
  }
  text = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (error) {
  console.error(`${file}: cannot read: ${(error as Error).message}`);
  process.exit(2);
}

const title = option('--title');
const url = option('--url');
const result = extractFromGuide(text, {
  known: shippedScopes(),
  source: { ...(title && { title }), ...(url && { url }), ...(file !== '-' && { fileName: basename(file) }) },
});
const checked = result.preset ? validatePreset(result.preset) : null;
const problems = checked && !checked.ok ? checked.problems : [];
const warnings = checked?.ok ? (checked.warnings ?? []) : [];

if (json) {
  console.log(
    JSON.stringify(
      {
        outcome: result.outcome,
        message: result.message,
        preset: result.preset,
        findings: result.findings,
        problems,
        warnings,
      },
      null,
      2,
    ),
  );
} else {
  console.log(result.message);
  const parts = [...new Set(['', ...result.findings.map((f) => f.part ?? '')])];
  for (const part of parts) {
    if (part) console.log(`\nIntegration “${part}”:`);
    for (const f of result.findings.filter((x) => (x.part ?? '') === part)) console.log(`  ${describe(f)}`);
  }
  if (result.preset) {
    console.log('\nDraft preset:');
    console.log(JSON.stringify(result.preset, null, 2));
    if (problems.length) {
      console.log('\nTo fix before it validates:');
      for (const p of problems) console.log(`  ${p.path || '(document)'}: ${p.message}`);
    } else console.log('\nIt validates.');
    for (const w of warnings) console.log(`  warning: ${w.path}: ${w.message}`);
  }
}
process.exit(result.outcome === 'draft' ? 0 : 1);

function describe(f: Finding): string {
  const mark = { ok: '✓', corrected: '✎', warning: '!', choice: '?', problem: '✗', dropped: '–' }[f.status];
  const became = f.resolved && f.resolved !== f.asWritten ? ` → ${f.resolved}` : '';
  return `${mark} line ${f.line}: ${f.kind} ${f.asWritten}${became}: ${f.how}`;
}
