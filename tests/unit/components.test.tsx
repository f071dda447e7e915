import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CredentialRows } from '@/components/popup/CredentialRows';
import { Toast } from '@/components/Toast';
import { FillReportView } from '@/components/FillReportView';
import { ParameterFields } from '@/components/ParameterFields';
import { PresetPicker } from '@/components/PresetPicker';
import { summarize } from '@/core/fill/report';
import { loadBuiltinPresets } from '@/core/presets/builtin';
import type { CaptureRecord } from '@/core/session/credentials-store';

afterEach(cleanup);

const { presets } = loadBuiltinPresets();
const sphere = presets.find((p) => p.id === 'sphereshield-webex-meetings')!;
const CLIENT_ID = `C${'ab'.repeat(32)}`;
const SECRET = 'cd'.repeat(32);

describe('PresetPicker', () => {
  it('filters by vendor and selects by label; a bundle says how many integrations it holds', () => {
    const onSelect = vi.fn();
    render(<PresetPicker presets={presets} selectedId="" onSelect={onSelect} />);
    fireEvent.input(screen.getByLabelText('Search presets'), { target: { value: 'citrix' } });
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Choose a preset…', 'Citrix Workspace microapps: Webex (Citrix) · 2 integrations']);
    fireEvent.change(screen.getByLabelText('Preset'), { target: { value: 'citrix-microapps-webex' } });
    expect(onSelect).toHaveBeenCalledWith('citrix-microapps-webex');
  });

  it('says so when nothing matches', () => {
    render(<PresetPicker presets={presets} selectedId="" onSelect={() => {}} />);
    fireEvent.input(screen.getByLabelText('Search presets'), { target: { value: 'zzz' } });
    expect(screen.getByRole('option', { name: 'No preset matches the search' })).toBeTruthy();
  });
});

describe('ParameterFields', () => {
  it('labels each parameter, uses its example as placeholder, and explains a bad value', () => {
    render(
      <ParameterFields preset={sphere} values={{ accessPortalUrl: 'http://ap.example.com' }} onChange={() => {}} />,
    );
    const input = screen.getByLabelText('Access Portal URL') as HTMLInputElement;
    expect(input.placeholder).toBe('https://ap.fiji.agat.world');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Access Portal URL must start with https://')).toBeTruthy();
  });
});

describe('FillReportView', () => {
  it('shows totals and names every item that needs the user', () => {
    const report = summarize(
      { page: 'new-integration', url: 'u', presetId: 'p', exact: false },
      [
        {
          field: 'terms',
          label: 'Terms of Service and Privacy Policy',
          status: 'left to you',
          detail: 'accept them yourself',
          needsUser: true,
        },
      ],
      [
        { scope: 'spark:all', status: 'ticked', optional: false, needsUser: false },
        {
          scope: 'spark-admin:calls_write',
          status: 'not offered',
          optional: true,
          detail: 'optional',
          needsUser: false,
        },
        {
          scope: 'meeting:controls_write',
          status: 'disabled',
          optional: false,
          detail: 'disabled on the page',
          needsUser: true,
        },
      ],
      12,
    );
    render(<FillReportView report={report} />);
    expect(screen.getByText(/Filled, with problems\./)).toBeTruthy();
    expect(screen.getByText(/1 ticked, 0 already, 0 unticked, 1 not offered, 1 disabled/)).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Terms of Service and Privacy Policy: left to you (accept them yourself)',
      'spark-admin:calls_write: not offered (optional)',
      'meeting:controls_write: disabled (disabled on the page)',
    ]);
  });
});

describe('CredentialRows', () => {
  const record = (oauthScopes: string): CaptureRecord => ({
    tabId: 1,
    expiresAt: Date.now() + 60_000,
    applied: {
      presetId: 'x',
      presetName: 'X',
      portal: 'developer.webex.com',
      scopes: ['spark:all', 'spark-admin:people_read'],
      optionalScopes: [],
      redirectUris: [],
      appliedAt: 0,
    },
    credentials: {
      integrationName: 'X app',
      clientId: CLIENT_ID,
      clientSecret: SECRET,
      integrationId: 'Y2lzY29zcGFyazovL3VzL0FQUExJQ0FUSU9OL0M',
      oauthUrl: `https://webexapis.com/v1/authorize?client_id=${CLIENT_ID}&response_type=code&redirect_uri=x&scope=${oauthScopes}&state=set_state_here`,
      portal: 'developer.webex.com',
      capturedAt: 0,
    },
  });

  it('masks the secret until “Show Client Secret”, and copies each value with its own icon button', () => {
    const onCopy = vi.fn();
    render(
      <CredentialRows
        record={record('spark%3Aall%20spark%3Akms%20spark-admin%3Apeople_read')}
        onCopy={onCopy}
        onForget={() => {}}
        onGetTokens={() => {}}
      />,
    );
    expect(screen.queryByText(SECRET)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show Client Secret' }));
    expect(screen.getByText(SECRET)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy Client Secret' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy Client ID' }));
    expect(onCopy.mock.calls).toEqual([
      ['Client Secret', SECRET],
      ['Client ID', CLIENT_ID],
    ]);
    expect(screen.getByText('Scopes match the preset “X”.')).toBeTruthy();
  });

  it('shows scope drift between the created integration and the preset', () => {
    render(
      <CredentialRows
        record={record('spark%3Aall%20spark%3Akms%20meeting%3Aschedules_read')}
        onCopy={() => {}}
        onForget={() => {}}
        onGetTokens={() => {}}
      />,
    );
    expect(screen.getByText(/missing spark-admin:people_read\. extra meeting:schedules_read\./)).toBeTruthy();
  });
});

describe('Toast', () => {
  it('counts down, then says what happened', () => {
    const { rerender } = render(
      <Toast now={1000} status={{ label: 'Client Secret', clearAt: 31_000, outcome: 'pending' }} />,
    );
    expect(screen.getByText('Copied Client Secret · clears in 30 s')).toBeTruthy();
    rerender(<Toast status={{ label: 'Client Secret', clearAt: 31_000, outcome: 'changed' }} />);
    expect(screen.getByText('Clipboard left alone: it holds something you copied since.')).toBeTruthy();
  });
});

describe('ScopePicker and the JSON it edits', () => {
  it('toggles scopes in the preset text, grouped by prefix, searching names and descriptions', async () => {
    const { asStrings, getAt, parseDraft, portalAt, setScope } = await import('@/core/presets/edit-form');
    const { ScopePicker } = await import('@/components/ScopePicker');
    let text = JSON.stringify({
      schemaVersion: 1,
      portal: 'developer.webex-cx.com',
      integration: { scopes: ['cjp:config'] },
    });
    const doc = () => (parseDraft(text) as { ok: true; doc: Record<string, unknown> }).doc;
    expect(portalAt(doc(), ['portal'])).toBe('developer.webex-cx.com');
    render(
      <ScopePicker
        portal={portalAt(doc(), ['portal'])}
        selected={asStrings(getAt(doc(), ['integration', 'scopes']))}
        onToggle={(s, on) => (text = setScope(text, ['integration'], s, on))}
      />,
    );
    expect((screen.getByLabelText('cjp:config') as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByLabelText('spark:all')).toBeNull(); // only this portal's catalog
    expect(screen.getAllByRole('group').map((g) => g.getAttribute('aria-labelledby'))).toContain('scope-group-cjp');
    fireEvent.input(screen.getByLabelText('Search scopes'), { target: { value: 'creating, modifying' } });
    expect(screen.getAllByRole('checkbox').map((c) => c.id)).toEqual(['scope-option-cjp:config_write']);
    fireEvent.click(screen.getByLabelText('cjp:config_write'));
    expect(JSON.parse(text).integration.scopes).toEqual(['cjp:config', 'cjp:config_write']);
    expect(setScope('not json', ['integration'], 'spark:all', true)).toBe('not json');
  });
});
