/** The kit's foundation: the committed font metrics match the font, and text layout keeps its promises. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METRICS_PATH, metricsJson } from '../../src/node/kit/metrics.ts';
import { fit, measure, missingGlyphs, wrap } from '../../src/lib/kit/layout.ts';
import { frameOf, FORMAT_IDS, BLEED_MM, MM } from '../../src/lib/kit/formats.ts';

describe('kit foundation', () => {
  it('metrics.json is what `npm run kit:metrics` writes from the font', async () => {
    expect(fs.readFileSync(METRICS_PATH, 'utf8')).toBe(await metricsJson());
  }, 30_000);

  it('knows French and European letters, and names what it lacks', () => {
    expect(missingGlyphs('Œuvre « déjà » : Łódź, Ærø, Čapek\u202f!')).toEqual([]);
    expect(missingGlyphs('日本 ok')).toEqual(['日', '本']);
  });

  it('wraps at spaces but never at a no-break space, and fits within the width', () => {
    const lines = wrap('Quittez Gmail\u202f! «\u202fun chaton\u202f» près de chez vous', 40, 700, 300);
    expect(lines.every((l) => measure(l, 40, 700) <= 300 || !l.includes(' '))).toBe(true);
    expect(lines.some((l) => l.endsWith('Gmail\u202f!'))).toBe(true);
    const f = fit('Un titre assez long pour tenir sur deux lignes au plus', { weight: 700, maxWidth: 400, maxLines: 2, maxSize: 80, minSize: 10 });
    expect(f.fits).toBe(true);
    expect(f.lines.length).toBeLessThanOrEqual(2);
    expect(fit('x'.repeat(500), { weight: 700, maxWidth: 100, maxLines: 1, maxSize: 40, minSize: 30 }).fits).toBe(false);
  });

  it('gives print formats 3 mm of bleed and screen formats their pixel size', () => {
    const a4 = frameOf('poster-a4');
    expect(a4.trim.x).toBeCloseTo(BLEED_MM * MM, 6);
    expect(a4.trim.width).toBeCloseTo(595.28, 2);
    expect(a4.width - a4.trim.width).toBeCloseTo(2 * 8.504, 2);
    expect(frameOf('og')).toMatchObject({ width: 1200, height: 630 });
    expect(FORMAT_IDS.length).toBe(10);
  });
});
