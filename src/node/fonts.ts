/**
 * Subsets the site font (Inter, SIL OFL 1.1 with no reserved font name, from the `inter-ui` npm package) to the
 * characters the site uses, so one small self-hosted file covers every weight from 400 to 700. A font with a reserved
 * name (Source Sans, for one) could not be shipped subset under its own name. Run before `astro build`; the output is generated, not committed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readEnv } from '../env.ts';
import { ROOT } from './paths.ts';
import subsetFont from 'subset-font';

const SOURCE = path.join(ROOT, 'node_modules/inter-ui/variable/InterVariable.woff2');
export const FONT_OUT = path.join(ROOT, 'src/assets/fonts/degmail-sans.woff2');
/** Characters French typography needs even if no file uses them yet. */
const ALWAYS = '’‘“”«»\u202f\u00a0–—…€œŒæÆÉÈÀÇ';
const SCAN = ['src', 'content'].map((d) => path.join(ROOT, d));
const EXT = /\.(astro|ts|json|mdx?|ya?ml|css)$/;
/** Files whose characters the site never shows: the kit's font metrics list every character the kit can draw. */
const SKIP = new Set([path.join(ROOT, 'src/lib/kit/metrics.json')]);

function* files(dir: string): Generator<string> {
  if (!fs.existsSync(dir)) return;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (EXT.test(e.name) && !SKIP.has(p)) yield p;
  }
}

/** Every printable character of the site's sources and content, plus ASCII and the French set above. */
export function usedCharacters(dirs = SCAN): string {
  const set = new Set<string>(ALWAYS);
  for (let c = 0x20; c < 0x7f; c++) set.add(String.fromCharCode(c));
  const contentDir = path.resolve(ROOT, readEnv().contentDir);
  for (const d of [...new Set([...dirs, contentDir])])
    for (const f of files(d)) for (const ch of fs.readFileSync(f, 'utf8')) if (ch.codePointAt(0)! >= 0xa0) set.add(ch);
  return [...set].sort().join('');
}

export async function buildFont(): Promise<{ bytes: number; chars: number }> {
  const text = usedCharacters();
  // noLayoutClosure: keep only the glyphs of these characters, not every alternate they could turn into.
  const out = await subsetFont(fs.readFileSync(SOURCE), text, {
    targetFormat: 'woff2',
    noLayoutClosure: true,
    // Keep the weights the site uses; pin the optical size to text size (the axis costs bytes).
    variationAxes: { wght: { min: 400, max: 700 }, opsz: 14 },
  });
  fs.mkdirSync(path.dirname(FONT_OUT), { recursive: true });
  fs.writeFileSync(FONT_OUT, out);
  return { bytes: out.length, chars: [...text].length };
}
