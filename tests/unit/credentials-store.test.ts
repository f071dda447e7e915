import { describe, expect, it } from 'vitest';
import { forgetCaptures, listCaptures, rememberApplied, rememberCapture } from '@/core/session/credentials-store';
import { credentialsFixture as creds, memoryArea } from './fixtures';

describe('credentials store (storage.session)', () => {
  it('links a capture to the preset applied in the same tab', async () => {
    const area = memoryArea();
    await rememberApplied(area, 7, {
      presetId: 'p',
      presetName: 'P',
      portal: 'developer.webex.com',
      scopes: ['spark:all'],
      optionalScopes: [],
      redirectUris: [],
      appliedAt: 1,
    });
    const record = await rememberCapture(area, 7, creds('C1', 1000), 60_000);
    expect(record.applied?.presetId).toBe('p');
    expect(record.expiresAt).toBe(61_000);
  });

  it('keeps the newest first, replaces a re-capture of the same client, holds at most 5', async () => {
    const area = memoryArea();
    for (let i = 0; i < 7; i++) await rememberCapture(area, null, creds(`C${i}`, 1000 + i), 60_000);
    await rememberCapture(area, null, creds('C6', 2000), 60_000);
    const list = await listCaptures(area, 1500);
    expect(list.map((r) => r.credentials.clientId)).toEqual(['C6', 'C5', 'C4', 'C3', 'C2']);
  });

  it('drops what has expired as soon as it is read, and forgets everything on request', async () => {
    const area = memoryArea();
    await rememberCapture(area, null, creds('old', 0), 1000);
    await rememberCapture(area, null, creds('new', 5000), 1000);
    expect((await listCaptures(area, 5500)).map((r) => r.credentials.clientId)).toEqual(['new']);
    expect(JSON.stringify(area.data)).not.toContain('"old"');
    await forgetCaptures(area);
    expect(area.data).toEqual({});
  });
});
