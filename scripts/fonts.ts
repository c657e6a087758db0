/** Subsets the site font before `astro build` (see src/node/fonts.ts): `node scripts/fonts.ts`. */
import { buildFont, FONT_OUT } from '../src/node/fonts.ts';
import { shownPath } from '../src/node/paths.ts';

const { bytes, chars } = await buildFont();
console.log(`degmail: font subset to ${chars} characters, ${bytes} bytes → ${shownPath(FONT_OUT)}`);
