/**
 * The script's budget: at most 3 KB brotli (quality 11), styles and both languages included, for the latest
 * release (the bytes hosts get) and for the current sources (so that a change over budget shows before a release).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestRelease } from '../../src/lib/widget/versions.ts';
import { bundleWidget } from '../../src/node/widget/bundle.ts';
import { PUBLIC_DIR, readReleases } from '../../src/node/widget/manifest.ts';
import { brotliSize, WIDGET_BUDGET } from '../../src/node/widget/size.ts';

describe('widget size', () => {
  it(`the latest release is at most ${WIDGET_BUDGET} B brotli`, () => {
    const latest = latestRelease(readReleases().releases);
    expect(latest, 'no release in public/widget/releases.json').toBeDefined();
    const size = brotliSize(fs.readFileSync(path.join(PUBLIC_DIR, latest!.file)));
    console.log(`degmail widget ${latest!.version}: ${size} B brotli (budget ${WIDGET_BUDGET} B)`);
    expect(size).toBeLessThanOrEqual(WIDGET_BUDGET);
  });

  it(`the current sources bundle to at most ${WIDGET_BUDGET} B brotli`, async () => {
    const size = brotliSize(await bundleWidget({ version: '9.9.9', hardEnd: '2099-12-31' }));
    expect(size).toBeLessThanOrEqual(WIDGET_BUDGET);
  });

  it('the measure can fail: the budget is brotli bytes, not raw bytes', () => {
    const noise = randomBytes(WIDGET_BUDGET + 100);
    expect(brotliSize(noise)).toBeGreaterThan(WIDGET_BUDGET);
  });
});
