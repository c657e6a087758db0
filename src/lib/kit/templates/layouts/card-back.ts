/**
 * The business card's back (85 × 55 mm): paper (white in mono), the QR code on the left at its printed minimum and
 * a little more; beside it the small mark and wordmark, the call to action (campaign) or the offer's facts, a short
 * text when there is room, and the address; the printed matter along the foot. Sizes are in points, the card's
 * units, since a card is never scaled.
 */
import { frameOf } from '../../formats.ts';
import type { Item } from '../../scene.ts';
import { listBlock, type Placed } from '../parts/blocks.ts';
import type { Content, Layout } from '../parts/content.ts';
import { headerHeight, headerItems } from '../parts/header.ts';
import { lookOf } from '../parts/look.ts';
import { qrItem, qrSide } from '../parts/qr-code.ts';
import { blockHeight, blockItems, EMPTY, fitBox, type Block } from '../parts/text.ts';

const MIN = 6;

export function cardBack(c: Content): Layout {
  const f = frameOf(c.format);
  const S = f.safe;
  const look = lookOf(c.ink);
  const mm = f.unit;
  const cut: string[] = [];
  const note = (name: string, b: Block) => {
    if (!b.fits) cut.push(name);
    return b;
  };
  // The card is paper on both inks: the front carries the colour.
  const items: Item[] = [{ t: 'rect', x: 0, y: 0, w: f.width, h: f.height, fill: look.band }];
  let bottom = S.y + S.height;
  if (c.printed.length) {
    const b = note('printed', fitBox(c.printed.join('\n'), { weight: 400, maxWidth: S.width, maxHeight: 3 * MIN, maxLines: 2, maxSize: MIN, minSize: 5, leading: 1.2 }));
    bottom -= blockHeight(b);
    items.push(...blockItems(b, S.x, bottom, look.muted));
    bottom -= 2 * mm;
  }
  const q = qrSide(Math.min(24 * mm, bottom - S.y), f, true);
  const qTop = S.y + (bottom - S.y - q) / 2;
  items.push(qrItem(c.qrUrl, S.x, qTop, q, look));

  // The column beside the code: header, call to action, list, short text, address; measured first, then centred
  // on the code's height, since it is often shorter (it may be taller: it then runs from the top).
  const x = S.x + q + 3 * mm;
  const W = S.x + S.width - x;
  const avail = bottom - S.y;
  const space = 1.6 * mm;
  const markH = 4.2 * mm;
  const url = note('url', fitBox(c.urlLabel, { weight: 700, maxWidth: W, maxHeight: 12, maxLines: 1, maxSize: 8, minSize: 5.5, leading: 1.2 }));
  let room = avail - headerHeight(markH) - blockHeight(url) - 2 * space;
  const cta = note('cta', fitBox(c.cta, { weight: 700, maxWidth: W, maxHeight: Math.min(room, 34), maxLines: 3, maxSize: 11, minSize: 7, leading: 1.15 }));
  room -= blockHeight(cta) + space;
  const list = listBlock(c.list, { x, width: W, maxHeight: room, size: [7, MIN], text: look.onBand, bullet: look.accent }, cut);
  room -= list.h ? list.h + space : 0;
  // The short text is a bonus: drawn only when it fits whole at a legible size.
  const extra = c.extra ? fitBox(c.extra, { weight: 400, maxWidth: W, maxHeight: room, maxLines: 3, maxSize: 7.5, minSize: MIN, leading: 1.25 }) : EMPTY;
  const shown = extra.fits ? extra : EMPTY;
  const column: Placed[] = [
    { h: headerHeight(markH), draw: (y) => headerItems(x, y, markH, c.wordmark, look.strong, look.band) },
    { h: blockHeight(cta), draw: (y) => blockItems(cta, x, y, look.onBand) },
    list,
    { h: blockHeight(shown), draw: (y) => blockItems(shown, x, y, look.onBand) },
    { h: blockHeight(url), draw: (y) => blockItems(url, x, y, look.strong) },
  ];
  const parts = column.filter((p) => p.h > 0);
  const total = parts.reduce((sum, p) => sum + p.h, 0) + space * (parts.length - 1);
  let y = S.y + Math.max(0, (avail - total) / 2);
  for (const p of parts) {
    items.push(...p.draw(y));
    y += p.h + space;
  }
  return { scene: { width: f.width, height: f.height, lang: c.lang, alt: c.alt, items }, cut };
}
