/**
 * Writes src/lib/kit/metrics.json: the advance widths of the kit font for every character a group may type (ASCII,
 * Latin-1, Latin Extended-A and French punctuation), so that text is wrapped the same way at build time and in the
 * browser, with no font loaded to measure. `npm run kit:metrics` rewrites it; a test fails when it is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { ROOT } from '../paths.ts';
import { kitFontFiles } from './fonts.ts';

export const METRICS_PATH = path.join(ROOT, 'src/lib/kit/metrics.json');

/** The characters the kit and the customiser promise to draw. */
export function kitCharacters(): string {
  const out: string[] = [];
  // The soft hyphen (U+00AD, invisible) and U+0149 (n preceded by apostrophe, deprecated by Unicode) are left out:
  // Inter has neither.
  const range = (a: number, b: number) => {
    for (let c = a; c <= b; c++) if (c !== 0xad && c !== 0x149) out.push(String.fromCodePoint(c));
  };
  range(0x20, 0x7e);
  range(0xa0, 0xff);
  range(0x100, 0x17f);
  out.push(...'’‘“”«»\u202f–—…€•·→✓');
  return out.join('');
}

export async function metricsJson(): Promise<string> {
  const files = await kitFontFiles();
  const chars = kitCharacters();
  const widths: Record<string, string> = {};
  let upm = 0;
  let ascent = 0;
  let descent = 0;
  let capHeight = 0;
  for (const weight of [400, 700] as const) {
    const font = fontkit.create(fs.readFileSync(files[weight]));
    upm = font.unitsPerEm;
    ascent = font.ascent;
    descent = font.descent;
    capHeight = font.capHeight;
    const missing = [...chars].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
    if (missing.length) throw new Error(`the kit font (${weight}) lacks ${missing.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(', ')}`);
    // One width per character, in the order of `chars`, comma-separated: compact enough to ship to the customiser.
    widths[weight] = [...chars].map((c) => font.glyphForCodePoint(c.codePointAt(0)!).advanceWidth).join(',');
  }
  return `${JSON.stringify({ font: 'Inter 4.1 (inter-ui)', upm, ascent, descent, capHeight, chars, widths }, null, 1)}\n`;
}

export async function writeMetrics(): Promise<void> {
  fs.writeFileSync(METRICS_PATH, await metricsJson());
}
