/**
 * Blocks a layout stacks: a group's row (logo, sentence, event line) and a bulleted list. Each is measured first
 * (its height, for a layout that builds from the bottom up) and drawn once placed.
 */
import { fit } from '../../layout.ts';
import type { Item } from '../../scene.ts';
import type { Content } from './content.ts';
import { tile, type Look } from './look.ts';
import { logoItem, logoSize } from './logo.ts';
import { blockHeight, blockItems, EMPTY, fitBox, TEXT_TOP, type Block } from './text.ts';

export interface Placed {
  h: number;
  draw: (top: number) => Item[];
}

export interface GroupOptions {
  x: number;
  width: number;
  maxHeight: number;
  /** Largest and smallest size of the group's sentence; its event line is a little smaller. */
  size: [number, number];
  look: Look;
  /** On the ground (white text, the logo on a paper tile), or on the band (dark text). */
  onGround: boolean;
  /** Lines the sentence may take (a long name wraps). */
  titleLines: number;
  /** The most of the row's width the logo may take. */
  logoShare: number;
}

/** The group's row: its logo on the left (aspect kept), its sentence in bold and its event line beside it. */
export function groupBlock(g: NonNullable<Content['group']>, o: GroupOptions, cut: string[]): Placed {
  const [max, min] = o.size;
  const gap = max * 0.6;
  const pad = o.onGround && o.look.ink === 'colour' ? max * 0.3 : 0;
  const logo = g.logo ? logoSize(g.logo, o.width * o.logoShare - 2 * pad, Math.min(o.maxHeight, max * 3.2) - 2 * pad) : undefined;
  const logoW = logo ? logo.w + 2 * pad : 0;
  const logoH = logo ? logo.h + 2 * pad : 0;
  const textX = o.x + (logo ? logoW + gap : 0);
  const textW = o.width - (logo ? logoW + gap : 0);
  const title = fitBox(g.title, { weight: 700, maxWidth: textW, maxHeight: o.maxHeight * 0.7, maxLines: o.titleLines, maxSize: max, minSize: min, leading: 1.15 });
  const detailMax = o.maxHeight - blockHeight(title) - title.size * 0.3;
  // The event line stays under the sentence's size, whatever the sentence had to shrink to.
  const detail = g.detail
    ? fitBox(g.detail, { weight: 400, maxWidth: textW, maxHeight: detailMax, maxLines: 2, maxSize: Math.max(title.size * 0.85, min * 0.9), minSize: min * 0.9, leading: 1.25 })
    : EMPTY;
  if (!title.fits) cut.push('group');
  if (!detail.fits) cut.push('group detail');
  const between = detail.lines.length ? title.size * 0.3 : 0;
  const textH = blockHeight(title) + between + blockHeight(detail);
  const h = Math.max(logoH, textH);
  const ink = o.onGround ? o.look.onGround : o.look.onBand;
  return {
    h,
    draw: (top) => {
      const items: Item[] = [];
      if (g.logo && logo) {
        const y = top + (h - logoH) / 2;
        items.push(...tile(o.look, { x: o.x, y, w: logoW, h: logoH }, pad * 0.8));
        items.push(logoItem(g.logo, o.x + pad, y + pad, logo.w, logo.h));
      }
      const ty = top + (h - textH) / 2;
      items.push(...blockItems(title, textX, ty, ink));
      items.push(...blockItems(detail, textX, ty + blockHeight(title) + between, ink));
      return items;
    },
  };
}

export interface ListOptions {
  x: number;
  width: number;
  maxHeight: number;
  size: [number, number];
  text: string;
  bullet: string;
}

/**
 * A bulleted list, every item at the same size: the largest at which all of them fit their width and, together,
 * the height. At the smallest size, items that do not fit are cut (and reported).
 */
export function listBlock(list: string[], o: ListOptions, cut: string[]): Placed {
  if (!list.length) return { h: 0, draw: () => [] };
  const [max, min] = o.size;
  const leading = 1.25;
  const layoutAt = (size: number) => {
    const indent = size * 0.9;
    const gap = size * 0.45;
    const blocks = list.map((text): Block => {
      const r = fit(text, { weight: 400, maxWidth: o.width - indent, maxLines: 4, maxSize: size, minSize: size });
      return { ...r, weight: 400, leading, size };
    });
    const h = blocks.reduce((s, b) => s + blockHeight(b), 0) + gap * (blocks.length - 1);
    return { indent, gap, blocks, h, fits: blocks.every((b) => b.fits) && h <= o.maxHeight };
  };
  let chosen = layoutAt(max);
  for (let size = max; size >= min && !chosen.fits; size *= 0.98) chosen = layoutAt(size);
  if (!chosen.fits) {
    // Even the smallest size is too big: fit each item into its share of the height, cutting what overflows.
    const share = o.maxHeight / list.length - min * 0.45;
    const blocks = list.map((text) => fitBox(text, { weight: 400, maxWidth: o.width - min * 0.9, maxHeight: share, maxLines: 4, maxSize: min, minSize: min, leading }));
    const h = blocks.reduce((s, b) => s + blockHeight(b), 0) + min * 0.45 * (blocks.length - 1);
    chosen = { indent: min * 0.9, gap: min * 0.45, blocks: blocks.map((b) => ({ ...b, size: min })), h, fits: false };
    cut.push('list');
  }
  const { indent, gap, blocks, h } = chosen;
  return {
    h,
    draw: (top) => {
      const items: Item[] = [];
      let y = top;
      for (const b of blocks) {
        if (!b.lines.length) continue;
        const dot = b.size * 0.32;
        // The bullet sits on the first line's x-height, like a typeset "•".
        items.push({ t: 'rect', x: o.x, y: y + b.size * (TEXT_TOP - 0.42) - dot / 2, w: dot, h: dot, fill: o.bullet });
        items.push(...blockItems(b, o.x + indent, y, o.text));
        y += blockHeight(b) + gap;
      }
      return items;
    },
  };
}
