/**
 * Subsets the fonts before `astro build`: the site font (see src/node/fonts.ts) and the kit customiser's Inter
 * Regular and Bold (src/node/kit/customizer-fonts.ts). `node scripts/fonts.ts`.
 */
import { buildFont, FONT_OUT } from '../src/node/fonts.ts';
import { buildCustomizerFonts, CUSTOMIZER_FONTS } from '../src/node/kit/customizer-fonts.ts';
import { shownPath } from '../src/node/paths.ts';

const { bytes, chars } = await buildFont();
console.log(`degmail: font subset to ${chars} characters, ${bytes} bytes → ${shownPath(FONT_OUT)}`);
const kit = await buildCustomizerFonts();
for (const w of [400, 700] as const) console.log(`degmail: kit font ${w}, ${kit[w]} bytes → ${shownPath(CUSTOMIZER_FONTS[w])}`);
