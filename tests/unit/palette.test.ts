/** The CSS declares exactly the palette, and every text colour reaches AA contrast on its background. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { PALETTE, TEXT_PAIRS, contrast } from '../../src/brand/palette.ts';

const css = fs.readFileSync('src/styles/tokens.css', 'utf8');
const block = (from: number) => css.slice(css.indexOf('{', from) + 1, css.indexOf('}', from));
const vars = (text: string) => Object.fromEntries([...text.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]!.toLowerCase()]));

describe('palette', () => {
  it('tokens.css declares the same colours as src/brand/palette.ts, in light and dark', () => {
    expect(vars(block(css.indexOf(':root')))).toEqual(PALETTE.light);
    expect(vars(block(css.indexOf(':root', css.indexOf('prefers-color-scheme: dark'))))).toEqual(PALETTE.dark);
  });

  it.each(['light', 'dark'] as const)('every text pair reaches 4.5:1 in %s mode', (theme) => {
    const low = TEXT_PAIRS.map(([fg, bg]) => [fg, bg, contrast(PALETTE[theme][fg], PALETTE[theme][bg])] as const).filter(([, , r]) => r < 4.5);
    expect(low).toEqual([]);
  });

  it('computes contrast like WCAG (black on white is 21:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
