/**
 * Loads a page outline (tests/portal-outlines/*.html) into the test's DOM and runs the fill its
 * header names. DOMParser only, so nothing in the outline runs; `<template shadowrootmode>`
 * becomes a real open shadow root, as a browser parsing the page would make it.
 */
import { applyPreset } from '../../core/fill/apply-preset';
import type { FillRequest } from '../../core/messages';
import {
  expectationOf,
  type OutlineExpectation,
  type OutlineHeader,
  readOutlineHeader,
} from '../../core/outline/header';
import { loadBuiltinPresets } from '../../core/presets/builtin';
import { resolvePreset } from '../../core/presets/resolve-preset';
import { partOf } from '../../core/presets/parts';

function attachShadowTemplates(root: ParentNode): void {
  for (const template of Array.from(root.querySelectorAll('template[shadowrootmode]'))) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(...Array.from((template as HTMLTemplateElement).content.childNodes));
    template.remove();
    attachShadowTemplates(shadow);
  }
}

export function loadOutline(html: string, doc: Document): OutlineHeader {
  const header = readOutlineHeader(html);
  if (!header) throw new Error('not a page outline: its first line must be <!-- webex-helper-outline {…} -->');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  doc.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => doc.adoptNode(n)));
  attachShadowTemplates(doc.body);
  return header;
}

export interface Replay {
  header: OutlineHeader;
  expected: OutlineExpectation;
  actual: OutlineExpectation;
}

export async function replayOutline(html: string, doc: Document): Promise<Replay> {
  const header = loadOutline(html, doc);
  if (!header.preset || !header.expect)
    throw new Error('the outline header has no "preset" and "expect": add what the fill should do on this page');
  const preset = loadBuiltinPresets().presets.find((p) => p.id === header.preset!.id);
  if (!preset) throw new Error(`no built-in preset "${header.preset.id}"`);
  const part = header.preset.part;
  const resolved = resolvePreset(preset, header.preset.values, part ? { part } : {});
  if (!resolved.ok)
    throw new Error(`preset values: ${resolved.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  const request: FillRequest = {
    presetId: preset.id,
    presetName: preset.name,
    portal: partOf(preset, part).portal,
    integration: resolved.value,
    exact: header.preset.exact,
    timeoutMs: 2_000,
    settleMs: 50,
  };
  const { report } = await applyPreset(doc, request);
  return { header, expected: header.expect, actual: expectationOf(report) };
}
