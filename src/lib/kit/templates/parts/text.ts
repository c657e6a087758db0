/**
 * Text blocks for the kit's templates: a text fitted into a box (width, height, lines), then drawn as one text
 * item per line. A block's box is measured from the top of its em square (the baseline minus the font size, above
 * any accent of a capital) to the bottom of its descenders, so a block placed inside the safe zone never pokes out
 * of it, whatever its letters. Text that cannot fit even at its smallest size is cut at a word, with "…", and the
 * cut is reported: a template never draws outside its box.
 */
import metrics from '../../metrics.json' with { type: 'json' };
import { fit, measure } from '../../layout.ts';
import type { TextItem, Weight } from '../../scene.ts';

/** Above the baseline: the whole em (Inter's ascent, 0.97 em, is a little less). */
export const TEXT_TOP = 1;
/** Below the baseline: Inter's descent (0.24 em). */
export const TEXT_BOTTOM = -metrics.descent / metrics.upm;

export interface BoxOptions {
  weight: Weight;
  maxWidth: number;
  maxHeight: number;
  maxLines: number;
  maxSize: number;
  minSize: number;
  /** Baseline to baseline, in font sizes. */
  leading: number;
}

export interface Block {
  lines: string[];
  size: number;
  weight: Weight;
  leading: number;
  /** False when the text was cut to fit (or nothing of it fits). */
  fits: boolean;
}

export const EMPTY: Block = { lines: [], size: 0, weight: 400, leading: 1, fits: true };

/** Height of a block's box. */
export function blockHeight(b: Pick<Block, 'lines' | 'size' | 'leading'>): number {
  return b.lines.length ? b.size * (TEXT_TOP + TEXT_BOTTOM + (b.lines.length - 1) * b.leading) : 0;
}

/** The widest line of a block. */
export function blockWidth(b: Block): number {
  return Math.max(0, ...b.lines.map((l) => measure(l, b.size, b.weight)));
}

/** The largest size at which `lines` lines of `leading` stay within `maxHeight`. */
function sizeForLines(lines: number, o: BoxOptions): number {
  return o.maxHeight / (TEXT_TOP + TEXT_BOTTOM + (lines - 1) * o.leading);
}

/**
 * The biggest size at which the text fits the box, trying each number of lines (fewer lines may allow a bigger
 * size, or the height may forbid them): layout.fit does the wrapping at each. Cut with "…" when nothing fits.
 */
export function fitBox(text: string, o: BoxOptions): Block {
  if (!text.trim()) return { ...EMPTY, weight: o.weight, leading: o.leading };
  let best: { size: number; lines: string[] } | undefined;
  for (let n = 1; n <= o.maxLines; n++) {
    const maxSize = Math.min(o.maxSize, sizeForLines(n, o));
    if (maxSize < o.minSize) break;
    const r = fit(text, { weight: o.weight, maxWidth: o.maxWidth, maxLines: n, maxSize, minSize: o.minSize });
    if (r.fits && (!best || r.size > best.size)) best = r;
  }
  if (best) return { lines: best.lines, size: best.size, weight: o.weight, leading: o.leading, fits: true };
  return { ...cut(text, o), weight: o.weight, leading: o.leading, fits: false };
}

/** The longest start of the text (whole words, then letters) that fits at the smallest size, ending in "…". */
function cut(text: string, o: BoxOptions): { lines: string[]; size: number } {
  const size = o.minSize;
  const maxLines = Math.min(o.maxLines, Math.floor((o.maxHeight / size - TEXT_TOP - TEXT_BOTTOM) / o.leading) + 1);
  if (maxLines < 1) return { lines: [], size };
  const ok = (s: string) => {
    const r = fit(s, { weight: o.weight, maxWidth: o.maxWidth, maxLines, maxSize: size, minSize: size });
    return r.fits ? r.lines : null;
  };
  const words = text.split(/ +/);
  for (let n = words.length - 1; n >= 1; n--) {
    const lines = ok(`${words.slice(0, n).join(' ').replace(/[\s,;:.!?\u202f]+$/u, '')}…`);
    if (lines) return { lines, size };
  }
  const chars = [...text];
  for (let n = chars.length - 1; n >= 1; n--) {
    const lines = ok(`${chars.slice(0, n).join('')}…`);
    if (lines) return { lines, size };
  }
  return { lines: [], size };
}

/** The text items of a block whose box starts at `top`; `x` is where its lines are anchored. */
export function blockItems(b: Block, x: number, top: number, fill: string, anchor: TextItem['anchor'] = 'start'): TextItem[] {
  return b.lines.map((text, i) => ({
    t: 'text',
    x,
    y: top + b.size * (TEXT_TOP + i * b.leading),
    size: b.size,
    weight: b.weight,
    fill,
    anchor,
    text,
  }));
}
