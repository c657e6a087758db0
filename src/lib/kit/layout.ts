/**
 * Text layout for the kit, with the font's own advance widths (metrics.json), so the build and the browser wrap the
 * same text the same way without a font loaded to measure. No kerning: lines come out a little wider than drawn,
 * which only errs on the safe side.
 */
import metrics from './metrics.json' with { type: 'json' };
import type { Weight } from './scene.ts';

const WIDTHS: Record<Weight, Map<string, number>> = {
  400: new Map([...metrics.chars].map((c, i) => [c, Number(metrics.widths['400'].split(',')[i])])),
  700: new Map([...metrics.chars].map((c, i) => [c, Number(metrics.widths['700'].split(',')[i])])),
};

/** Height of capitals as a share of the font size (to centre a line of text vertically). */
export const CAP_HEIGHT = metrics.capHeight / metrics.upm;
export const ASCENT = metrics.ascent / metrics.upm;

/** Characters of `text` the kit font cannot draw (each once). */
export function missingGlyphs(text: string): string[] {
  return [...new Set([...text].filter((c) => c !== '\n' && !WIDTHS[400].has(c)))];
}

/** Width of one line of text at `size`; a character the font lacks counts as an "m". */
export function measure(text: string, size: number, weight: Weight): number {
  const w = WIDTHS[weight];
  const m = w.get('m')!;
  let units = 0;
  for (const c of text) units += w.get(c) ?? m;
  return (units * size) / metrics.upm;
}

/**
 * Breaks text into lines no wider than `maxWidth`, at spaces only (never at a no-break space, so
 * « guillemets » and the space before « : » stay with their word). A word longer than a line stays whole.
 */
export function wrap(text: string, size: number, weight: Weight, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(/ +/).filter((w) => w !== '');
    let line = '';
    for (const word of words) {
      const next = line ? `${line} ${word}` : word;
      if (line && measure(next, size, weight) > maxWidth) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
  }
  return lines;
}

export interface FitOptions {
  weight: Weight;
  maxWidth: number;
  maxLines: number;
  maxSize: number;
  minSize: number;
}

/**
 * The largest size (down to `minSize`, by 2 % steps) at which the text fits in `maxLines` lines of `maxWidth`,
 * with its lines. `fits` is false when even the smallest size overflows: the caller shortens or reports it.
 */
export function fit(text: string, o: FitOptions): { size: number; lines: string[]; fits: boolean } {
  for (let size = o.maxSize; size >= o.minSize; size *= 0.98) {
    const lines = wrap(text, size, o.weight, o.maxWidth);
    if (lines.length <= o.maxLines && lines.every((l) => measure(l, size, o.weight) <= o.maxWidth)) return { size, lines, fits: true };
  }
  const lines = wrap(text, o.minSize, o.weight, o.maxWidth);
  return { size: o.minSize, lines, fits: false };
}
