/**
 * Lays out the teaching pages' diagrams: one column of rows (one or two boxes each) joined by labelled arrows. A
 * single column stays legible at a phone's width. Text is wrapped with the site font's own widths (the kit's metrics:
 * the same Inter), with room to spare for a wider fallback font; code lines are wrapped by characters.
 */
import { measure, wrap } from '../../lib/kit/layout.ts';

/** What a box stands for; its colours come from the site's tokens, so they follow light and dark mode. */
export type BoxKind = 'server' | 'record' | 'message' | 'pass' | 'fail';

export interface FlowBox {
  kind: BoxKind;
  title: string;
  /** A sentence under the title. */
  text?: string;
  /** Lines of a record or a header, drawn in a monospace font, never translated. */
  code?: readonly string[];
}

export interface FlowRow {
  boxes: readonly FlowBox[];
  /** What the arrow from this row to the next one says; the last row has none. */
  next?: string;
}

/** A diagram: its accessible name and description, and its rows. */
export interface Flow {
  title: string;
  desc: string;
  rows: readonly FlowRow[];
}

export type TextClass = 'title' | 'text' | 'code' | 'arrow';

export type Shape =
  | { t: 'box'; kind: BoxKind; x: number; y: number; w: number; h: number }
  | { t: 'text'; cls: TextClass; kind: BoxKind | null; x: number; y: number; text: string }
  | { t: 'arrow'; x: number; y1: number; y2: number };

export interface FlowLayout {
  width: number;
  height: number;
  shapes: Shape[];
  /** Lines wider than their room (a single word too long): the tests keep this empty. */
  overflows: string[];
}

export const WIDTH = 360;
const MARGIN = 2;
const GAP = 10;
const PAD = 10;
const SIZE: Record<TextClass, number> = { title: 15, text: 14, code: 12.5, arrow: 14 };
const LEADING = 1.3;
/** A monospace character's advance in ems (the widest of the usual system monospace fonts). */
const MONO = 0.62;
/** Share of the room the site font may fill, so a fallback font a little wider still fits. */
const SPARE = 0.9;
const ARROW_X = MARGIN + 26;
const ARROW_MIN = 38;

/** Code wrapped at spaces when it can, cut when a word is longer than the line. */
function wrapCode(line: string, chars: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    const next = current ? `${current} ${word}` : word;
    if (next.length <= chars) current = next;
    else {
      if (current) out.push(current);
      let rest = word;
      while (rest.length > chars) {
        out.push(rest.slice(0, chars));
        rest = rest.slice(chars);
      }
      current = rest;
    }
  }
  if (current) out.push(current);
  return out;
}

function textLines(text: string, cls: TextClass, room: number, overflows: string[]): string[] {
  const weight = cls === 'title' ? 700 : 400;
  const lines = wrap(text, SIZE[cls], weight, room * SPARE);
  for (const l of lines) if (measure(l, SIZE[cls], weight) > room) overflows.push(l);
  return lines;
}

/** The lines of one box, top to bottom, with their class. */
function boxLines(box: FlowBox, inner: number, overflows: string[]): { cls: TextClass; text: string }[] {
  const chars = Math.floor((inner * SPARE) / (SIZE.code * MONO));
  return [
    ...textLines(box.title, 'title', inner, overflows).map((text) => ({ cls: 'title' as const, text })),
    ...(box.text ? textLines(box.text, 'text', inner, overflows) : []).map((text) => ({ cls: 'text' as const, text })),
    ...(box.code ?? []).flatMap((c) => wrapCode(c, chars)).map((text) => ({ cls: 'code' as const, text })),
  ];
}

const lineHeight = (cls: TextClass) => SIZE[cls] * LEADING;

export function layoutFlow(flow: Flow): FlowLayout {
  const shapes: Shape[] = [];
  const overflows: string[] = [];
  let y = MARGIN;
  flow.rows.forEach((row, i) => {
    const n = row.boxes.length;
    const w = (WIDTH - 2 * MARGIN - GAP * (n - 1)) / n;
    const laid = row.boxes.map((box) => ({ box, lines: boxLines(box, w - 2 * PAD, overflows) }));
    const h = Math.max(...laid.map(({ lines }) => lines.reduce((sum, l) => sum + lineHeight(l.cls), 0))) + 2 * PAD;
    laid.forEach(({ box, lines }, j) => {
      const x = MARGIN + j * (w + GAP);
      shapes.push({ t: 'box', kind: box.kind, x, y, w, h });
      let baseline = y + PAD;
      for (const l of lines) {
        baseline += lineHeight(l.cls);
        // The baseline sits about a fifth of a line above the line's bottom.
        shapes.push({ t: 'text', cls: l.cls, kind: box.kind, x: x + PAD, y: baseline - SIZE[l.cls] * 0.32, text: l.text });
      }
    });
    y += h;
    if (row.next === undefined || i === flow.rows.length - 1) return;
    const labelX = ARROW_X + 16;
    const lines = textLines(row.next, 'arrow', WIDTH - MARGIN - labelX, overflows);
    const span = Math.max(ARROW_MIN, lines.length * lineHeight('arrow') + 14);
    shapes.push({ t: 'arrow', x: ARROW_X, y1: y, y2: y + span });
    const top = y + (span - lines.length * lineHeight('arrow')) / 2;
    lines.forEach((text, k) => shapes.push({ t: 'text', cls: 'arrow', kind: null, x: labelX, y: top + (k + 1) * lineHeight('arrow') - SIZE.arrow * 0.32, text }));
    y += span;
  });
  return { width: WIDTH, height: Math.ceil(y + MARGIN), shapes, overflows };
}
