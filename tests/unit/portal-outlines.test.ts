/**
 * Replays every page outline in tests/portal-outlines/ (or OUTLINES_DIR): the outline is loaded
 * into the DOM with DOMParser (nothing in it runs), the fill named in its first comment runs on
 * it, and the report must be what that comment expects. A user's outline saved here is a
 * regression test at once; the replica's (npm run outlines:replica) prove the path works.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { replayOutline } from '../support/replay-outline';

const DIR = path.resolve(process.env.OUTLINES_DIR ?? 'tests/portal-outlines');
const files = readdirSync(DIR).filter((f) => f.endsWith('.html'));

describe(`page outlines in ${path.relative(process.cwd(), DIR) || DIR}`, () => {
  it('there are outlines to replay', () => expect(files.length).toBeGreaterThan(0));

  it.each(files)('%s reproduces the report in its header', async (file) => {
    const { expected, actual } = await replayOutline(readFileSync(path.join(DIR, file), 'utf8'), document);
    expect(actual).toEqual(expected);
  });
});
