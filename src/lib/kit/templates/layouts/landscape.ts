/**
 * Wide visuals: link previews (1200 × 630), banners (1500 × 500) and the business card's front. The text column
 * on the ground: mark and wordmark, headline, the lines under it, and a group's row at its foot. On screens, a
 * band on the right, running to the edges, holds the call to action, the QR code and the address; the card's
 * front has none (its back carries the code). Sizes are shares of the safe height (`u` = 1 %).
 */
import { FORMATS, frameOf } from '../../formats.ts';
import type { Item } from '../../scene.ts';
import { groupBlock } from '../parts/blocks.ts';
import type { Content, Layout } from '../parts/content.ts';
import { headerHeight, headerItems } from '../parts/header.ts';
import { band, ground, lookOf } from '../parts/look.ts';
import { qrItem, qrSide } from '../parts/qr-code.ts';
import { blockHeight, blockItems, fitBox, type Block } from '../parts/text.ts';

const PRINT_MIN = 6;

export function landscape(c: Content, withQr: boolean): Layout {
  const f = frameOf(c.format);
  const S = f.safe;
  const print = FORMATS[c.format].kind === 'print';
  const look = lookOf(c.ink);
  const u = S.height / 100;
  const floor = (v: number) => (print ? Math.max(v, PRINT_MIN) : v);
  const gap = 5 * u;
  const cut: string[] = [];
  const note = (name: string, b: Block) => {
    if (!b.fits) cut.push(name);
    return b;
  };
  const items: Item[] = [ground(look, f.width, f.height)];
  let columnRight = S.x + S.width;

  if (withQr) {
    // The band's column: as wide as the code and a little more, so a short call to action fits on two lines.
    const colW = Math.min(S.height * 0.78, S.width * 0.36);
    const colX = S.x + S.width - colW;
    const url = note('url', fitBox(c.urlLabel, { weight: 700, maxWidth: colW, maxHeight: 9 * u, maxLines: 1, maxSize: 6 * u, minSize: floor(3.2 * u), leading: 1.2 }));
    const cta = note('cta', fitBox(c.cta, { weight: 700, maxWidth: colW, maxHeight: 22 * u, maxLines: 2, maxSize: 8 * u, minSize: floor(4 * u), leading: 1.12 }));
    const inner = 3 * u;
    const q = qrSide(Math.min(colW, S.height - blockHeight(cta) - blockHeight(url) - 2 * inner), f, print);
    const total = blockHeight(cta) + inner + q + inner + blockHeight(url);
    let y = S.y + (S.height - total) / 2;
    const mid = colX + colW / 2;
    const bandX = colX - gap;
    items.push(...band(look, { x: bandX, y: 0, w: f.width - bandX, h: f.height }, 'left', 0.6 * u));
    items.push(...blockItems(cta, mid, y, look.onBand, 'middle'));
    y += blockHeight(cta) + inner;
    items.push(qrItem(c.qrUrl, mid - q / 2, y, q, look));
    y += q + inner;
    items.push(...blockItems(url, mid, y, look.strong, 'middle'));
    columnRight = bandX - gap;
  }

  // The text column.
  const W = columnRight - S.x;
  const markH = 11 * u;
  items.push(...headerItems(S.x, S.y, markH, c.wordmark, look.onGround, look.ground));
  const top = S.y + headerHeight(markH) + gap;
  let bottom = S.y + S.height;
  if (c.group) {
    const row = groupBlock(c.group, { x: S.x, width: W, maxHeight: 32 * u, size: [6.5 * u, floor(4 * u)], look, onGround: true, titleLines: 4, logoShare: 0.25 }, cut);
    bottom -= row.h;
    items.push(...row.draw(bottom));
    bottom -= gap;
  }
  const room = bottom - top;
  const subText = c.sub.join('\n');
  const subMax = (size: number) => ({ weight: 400 as const, maxWidth: W, maxHeight: room * 0.4, maxLines: 3, maxSize: size, minSize: floor(4 * u), leading: 1.28 });
  let sub = fitBox(subText, subMax(8 * u));
  const subGap = sub.lines.length ? gap * 0.8 : 0;
  const head = note('headline', fitBox(c.headline, { weight: 700, maxWidth: W, maxHeight: room - blockHeight(sub) - subGap, maxLines: 4, maxSize: 17 * u, minSize: floor(6 * u), leading: 1.08 }));
  if (sub.size > head.size * 0.6) sub = fitBox(subText, subMax(Math.max(head.size * 0.6, floor(4 * u))));
  note('line', sub);
  const textH = blockHeight(head) + subGap + blockHeight(sub);
  const y0 = top + Math.max(0, (room - textH) * 0.4);
  items.push(...blockItems(head, S.x, y0, look.onGround));
  items.push(...blockItems(sub, S.x, y0 + blockHeight(head) + subGap, look.onGround));
  return { scene: { width: f.width, height: f.height, lang: c.lang, alt: c.alt, items }, cut };
}
