/**
 * The preset editor: the form and the JSON are one text, so an edit in either shows in the other;
 * each field shows the validator's live message for it; keys the form does not show are kept.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { PresetEditor } from '@/components/options/PresetEditor';
import type { PresetStore } from '@/components/options/use-preset-store';
import { EMPTY_LEARNED } from '@/core/catalog/learned';
import { loadBuiltinPresets } from '@/core/presets/builtin';
import { editField, parseDraft, problemsAt, problemsElsewhere, setAt, setScope } from '@/core/presets/edit-form';
import { shippedScopes } from '@/core/presets/scope-rules';

afterEach(cleanup);

const builtins = loadBuiltinPresets().presets;
const calcom = builtins.find((p) => p.id === 'calcom-webex')!;
const ccbi = builtins.find((p) => p.id === 'bs-ccbi')!;
const store = {
  builtins,
  shownBuiltins: builtins,
  known: shippedScopes(),
  learned: EMPTY_LEARNED,
} as unknown as PresetStore;

/** The editor as the options page holds it: the text in state, read back by the test. */
function renderEditor(initial: unknown) {
  const seen = { text: '' };
  function Host() {
    const [text, setText] = useState(`${JSON.stringify(initial, null, 2)}\n`);
    seen.text = text;
    return (
      <PresetEditor
        store={store}
        text={text}
        setText={setText}
        saveProblems={null}
        onSave={() => {}}
        onStartFrom={() => {}}
        onLoadFile={() => {}}
      />
    );
  }
  render(<Host />);
  return { doc: () => JSON.parse(seen.text) };
}

describe('edit-form', () => {
  it('changes one field and keeps every other key, in place', () => {
    const text = JSON.stringify({
      id: 'a',
      extra: { keep: [1, 2] },
      integration: { name: 'x', scopes: ['spark:kms'] },
    });
    const out = JSON.parse(editField(text, ['integration', 'name'], 'y'));
    expect(out).toEqual({ id: 'a', extra: { keep: [1, 2] }, integration: { name: 'y', scopes: ['spark:kms'] } });
    expect(JSON.parse(editField(text, ['extra'], undefined))).not.toHaveProperty('extra');
    expect(setAt({}, ['integrations', 0, 'integration', 'name'], 'n')).toEqual({
      integrations: [{ integration: { name: 'n' } }],
    });
    expect(editField('{ broken', ['name'], 'x')).toBe('{ broken');
  });

  it('says why a text is not a preset', () => {
    expect(parseDraft('')).toEqual({ ok: false, message: 'The preset is empty.' });
    expect(parseDraft('[1]')).toEqual({ ok: false, message: 'The JSON is not one preset (an object { … }).' });
    expect(parseDraft('{ "a": ')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^The JSON is not valid: /),
    });
  });

  it('a scope switched off leaves the optional scopes too; a bundle part is edited at its own path', () => {
    const text = JSON.stringify({ integration: { scopes: ['a:b', 'c:d'], optionalScopes: ['c:d'] } });
    expect(JSON.parse(setScope(text, ['integration'], 'c:d', false)).integration).toEqual({
      scopes: ['a:b'],
      optionalScopes: [],
    });
    const bundle = JSON.stringify({ integrations: [{ integration: { scopes: [] } }] });
    expect(JSON.parse(setScope(bundle, ['integrations', 0, 'integration'], 'spark:kms', true))).toEqual({
      integrations: [{ integration: { scopes: ['spark:kms'] } }],
    });
  });

  it('gives each problem to the field it is about, and lists the rest', () => {
    const problems = [
      { path: 'integration.redirectUris[0]', message: 'must be https' },
      { path: 'integration.name', message: 'too long' },
      { path: 'handOff.fields[1]', message: 'secret without origins' },
    ];
    expect(problemsAt(problems, ['integration', 'redirectUris'])).toEqual([problems[0]]);
    expect(problemsAt(problems, ['integration', 'name'])).toEqual([problems[1]]);
    expect(
      problemsElsewhere(problems, [
        ['integration', 'name'],
        ['integration', 'redirectUris'],
      ]),
    ).toEqual([problems[2]]);
  });
});

describe('PresetEditor', () => {
  it('a field typed in the form is in the JSON, and the JSON edited shows in the form', () => {
    const { doc } = renderEditor({ ...calcom, id: 'calcom-mine' });
    fireEvent.input(screen.getByLabelText('Vendor'), { target: { value: 'Cal.com Inc.' } });
    expect(doc().vendor).toBe('Cal.com Inc.');
    expect(doc().integration.scopes).toEqual(calcom.integration!.scopes); // untouched

    fireEvent.click(screen.getByRole('tab', { name: 'Advanced (JSON)' }));
    const json = screen.getByLabelText('Preset JSON') as HTMLTextAreaElement;
    expect(JSON.parse(json.value).vendor).toBe('Cal.com Inc.');
    fireEvent.input(json, { target: { value: JSON.stringify({ ...doc(), name: 'From the JSON' }) } });
    fireEvent.click(screen.getByRole('tab', { name: 'Form' }));
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('From the JSON');
  });

  it('shows the live message at the field, and clears it once fixed', () => {
    renderEditor({ ...calcom, id: 'calcom-mine' });
    const uris = screen.getByLabelText('Redirect URIs') as HTMLTextAreaElement;
    fireEvent.input(uris, { target: { value: 'ftp://cal.example.com/cb' } });
    expect(uris.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(uris.getAttribute('aria-describedby')!.split(' ').pop()!)!;
    expect(message.textContent).toMatch(/redirectUris\[0\]/);
    fireEvent.input(uris, { target: { value: 'https://cal.example.com/api/integrations/webex/callback' } });
    expect(uris.getAttribute('aria-invalid')).toBe('false');
    fireEvent.input(screen.getByLabelText('ID'), { target: { value: 'Not An Id' } });
    expect(screen.getByLabelText('ID').getAttribute('aria-invalid')).toBe('true');
  });

  it('parameters: a row added, typed and removed is the preset’s parameter list', () => {
    const { doc } = renderEditor({ ...calcom, id: 'calcom-mine', parameters: [] });
    fireEvent.click(screen.getByRole('button', { name: 'Add a parameter' }));
    fireEvent.input(screen.getByLabelText('Parameter 1 key'), { target: { value: 'site' } });
    fireEvent.change(screen.getByLabelText('Parameter 1 kind'), { target: { value: 'url' } });
    expect(doc().parameters).toEqual([{ key: 'site', label: 'Value', kind: 'url', required: true }]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove parameter 1' }));
    expect(doc().parameters).toEqual([]);
  });

  it('a bundle: each integration edited at its own path, with its own portal’s scopes', () => {
    const { doc } = renderEditor({ ...ccbi, id: 'ccbi-mine' });
    const part = screen.getByLabelText('Integration to edit');
    fireEvent.change(part, { target: { value: '1' } });
    const picker = screen.getByRole('group', { name: /^Scopes on developer\.webex-cx\.com/ });
    const box = within(picker)
      .getAllByRole('checkbox')
      .find((b) => !(b as HTMLInputElement).checked)!;
    fireEvent.click(box);
    const scope = box.id.replace('scope-option-', '');
    expect(doc().integrations[1].integration.scopes).toContain(scope);
    expect(doc().integrations[0].integration.scopes).not.toContain(scope);
  });

  it('an invalid JSON text keeps the form away and says where to fix it', () => {
    const { doc } = renderEditor({ ...calcom, id: 'calcom-mine' });
    fireEvent.click(screen.getByRole('tab', { name: 'Advanced (JSON)' }));
    fireEvent.input(screen.getByLabelText('Preset JSON'), { target: { value: '{ "id": ' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Form' }));
    expect(screen.getByText(/The JSON is not valid: .* Fix it in the Advanced tab/)).toBeTruthy();
    expect(screen.queryByLabelText('Vendor')).toBeNull();
    expect(() => doc()).toThrow(); // the text the user typed is kept as typed
  });
});
