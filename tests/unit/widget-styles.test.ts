/**
 * The widgets' CSS (src/widget/*.css): colours from the campaign palette reaching AA in both themes, a focus ring
 * that contrasts, nothing that makes a request, and host rules strong enough against hostile host CSS.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTE, contrast } from '../../src/brand/palette.ts';

const read = (f: string) => fs.readFileSync(`src/widget/${f}`, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const theme = read('theme.css');
const banner = read('banner.css');
const nudge = read('nudge.css');
const long = (c: string) => (c.length === 4 ? `#${[...c.slice(1)].map((x) => x + x).join('')}` : c).toLowerCase();

/** The custom properties of the first rule whose selector is `selector` at or after `from`. */
function vars(selector: string, from = 0): Record<string, string> {
  const at = theme.indexOf(`${selector} {`, from);
  expect(at, selector).toBeGreaterThan(-1);
  const body = theme.slice(at, theme.indexOf('}', at));
  return Object.fromEntries([...body.matchAll(/--(\w+):\s*(#[0-9a-f]{3,6})/gi)].map((m) => [m[1], long(m[2]!)]));
}

describe('widget colours', () => {
  const light = vars('.w');
  const dark = vars('.dark');
  const auto = vars('.auto', theme.indexOf('prefers-color-scheme: dark'));

  it('the auto theme in the dark is the dark theme', () => {
    expect(auto).toEqual(dark);
    expect(Object.keys(light).sort()).toEqual(['b', 'f', 'l']);
  });

  it.each([['light', light], ['dark', dark]] as const)('%s: palette colours, text and link ≥ 4.5:1 on the background', (name, v) => {
    const palette = Object.values(PALETTE[name]).map((c) => c.toLowerCase());
    for (const c of Object.values(v)) expect(palette, c).toContain(c);
    expect(contrast(v.f!, v.b!)).toBeGreaterThanOrEqual(4.5);
    // The link is also the border's colour: as text it needs 4.5:1, as a border 3:1.
    expect(contrast(v.l!, v.b!)).toBeGreaterThanOrEqual(4.5);
  });

  it('draws the focus ring in the text colour, which contrasts in both themes', () => {
    expect(theme).toMatch(/:focus-visible\s*{[^}]*outline:\s*3px solid var\(--f\)/);
  });

  it('moves only when the visitor has not asked for reduced motion', () => {
    const animated = [...theme.matchAll(/animation:/g)].map((m) => m.index!);
    const guard = theme.indexOf('@media (prefers-reduced-motion: no-preference)');
    expect(animated.length).toBeGreaterThan(0);
    for (const at of animated) expect(at).toBeGreaterThan(guard);
    expect(banner + nudge).not.toMatch(/animation|transition/);
  });
});

describe('widget CSS', () => {
  it('loads nothing: no url(), @import or @font-face', () => {
    expect(theme + banner + nudge).not.toMatch(/url\(|@import|@font-face/);
  });

  it('inherits the host’s font, never names one', () => {
    expect(theme + banner + nudge).not.toMatch(/font-family/);
    expect(banner).toMatch(/:host\s*{[^}]*font:\s*inherit !important/);
  });

  it('holds the banner’s box against the host’s CSS, and lets the host’s `hidden` hide it', () => {
    expect(banner).toMatch(/:host\s*{[^}]*all:\s*initial !important;[^}]*display:\s*block !important/);
    expect(banner).toMatch(/:host\(\[hidden\]\)\s*{[^}]*display:\s*none !important/);
  });
});
