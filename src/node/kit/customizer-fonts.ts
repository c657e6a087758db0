/**
 * The customiser's copy of the kit font: Inter Regular and Bold (SIL OFL 1.1, from `inter-ui`) subset to every
 * character a group may type (kitCharacters(): Latin-1, Latin Extended-A, French punctuation), as WOFF2. The page
 * fetches them from our own origin only when it draws, embeds them as data: URLs in the preview's SVG (an SVG drawn
 * as an image loads nothing else) and hands their bytes to the PDF (fontkit reads WOFF2). Generated before
 * `astro build` by scripts/fonts.ts, like the site font; not committed.
 */
import fs from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import { ROOT } from '../paths.ts';
import { kitFontSource } from './fonts.ts';
import { kitCharacters } from './metrics.ts';
import type { Weight } from '../../lib/kit/scene.ts';

export const CUSTOMIZER_FONTS: Record<Weight, string> = {
  400: path.join(ROOT, 'src/assets/fonts/kit-400.ttf'),
  700: path.join(ROOT, 'src/assets/fonts/kit-700.ttf'),
};

export async function buildCustomizerFonts(): Promise<Record<Weight, number>> {
  const text = kitCharacters();
  const out = {} as Record<Weight, number>;
  for (const weight of [400, 700] as const) {
    // noLayoutClosure: only these characters' glyphs, not the alternates they could turn into (the kit's text
    // layout measures plain advance widths anyway).
    const bytes = await subsetFont(fs.readFileSync(kitFontSource(weight)), text, { targetFormat: 'truetype', noLayoutClosure: true });
    fs.mkdirSync(path.dirname(CUSTOMIZER_FONTS[weight]), { recursive: true });
    fs.writeFileSync(CUSTOMIZER_FONTS[weight], bytes);
    out[weight] = bytes.length;
  }
  return out;
}
