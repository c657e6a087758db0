/**
 * The brand header: the mark (an envelope whose flap makes two cat ears) and the wordmark "degmail" beside it, in
 * the proportions of src/assets/brand/wordmark.svg, drawn as live text and paths in any two colours.
 */
import { MARK } from '../../brand.ts';
import { measure } from '../../layout.ts';
import type { Item } from '../../scene.ts';
import { TEXT_TOP } from './text.ts';

/** The mark's visible body spans 6…58 of its 64-unit box, both ways. */
const BODY = { from: 6, size: 52 };
/** From wordmark.svg: text at x 72, baseline 47, size 42, next to a body 52 units tall ending at x 58. */
const WORD = { size: 42 / 52, baseline: (47 - 6) / 52, gap: (72 - 58) / 52 };
/** The wordmark's em box starts a little above the mark's ears. */
const RISE = Math.max(0, WORD.size * TEXT_TOP - WORD.baseline);

/** The mark alone, its visible body `h` tall from (x, y); `window` is the colour seen through the envelope. */
export function markItems(x: number, y: number, h: number, body: string, window: string): Item[] {
  const scale = h / BODY.size;
  const at = { x: x - BODY.from * scale, y: y - BODY.from * scale, scale };
  return [
    { t: 'path', d: MARK.body, ...at, fill: body },
    { t: 'path', d: MARK.paper, ...at, fill: window },
    { t: 'path', d: MARK.fold, ...at, stroke: body, strokeWidth: MARK.foldWidth },
  ];
}

/** Height of the header's box for a mark `h` tall (the wordmark's em box reaches a little higher). */
export function headerHeight(h: number): number {
  return h * (1 + RISE);
}

/** Width of the header for a mark `h` tall. */
export function headerWidth(h: number, word: string): number {
  return h * (1 + WORD.gap) + measure(word, h * WORD.size, 700);
}

/** The mark `h` tall and the wordmark, in a box whose top-left corner is (x, top). */
export function headerItems(x: number, top: number, h: number, word: string, ink: string, window: string): Item[] {
  const y = top + h * RISE;
  return [
    ...markItems(x, y, h, ink, window),
    { t: 'text', x: x + h * (1 + WORD.gap), y: y + h * WORD.baseline, size: h * WORD.size, weight: 700, fill: ink, anchor: 'start', text: word },
  ];
}
