/**
 * Upright and square visuals (posters, flyer, 1080 × 1080, 1080 × 1350, stories). Top, on the ground: the mark and
 * wordmark, the headline, the lines under it. Bottom, on a band that runs to the bleed: a group's row or a list,
 * the QR code with the call to action and the address beside it, and the printed matter on paper.
 *
 * The band is built from the bottom up, since its parts have fixed sizes (the QR code above all); the headline then
 * takes the height that is left, as large as it fits. Sizes are shares of the safe width (`u` = 1 %), with floors
 * in points on paper so small print stays legible.
 */
import { FORMATS, frameOf } from '../../formats.ts';
import type { Item } from '../../scene.ts';
import { groupBlock, listBlock, type Placed } from '../parts/blocks.ts';
import type { Content, Layout } from '../parts/content.ts';
import { headerHeight, headerItems } from '../parts/header.ts';
import { band, ground, lookOf } from '../parts/look.ts';
import { qrItem, qrSide } from '../parts/qr-code.ts';
import { blockHeight, blockItems, blockWidth, fitBox, type Block } from '../parts/text.ts';

/** The smallest text on paper, in points (the safe zone's units): small print at 6 pt. */
const PRINT_MIN = 6;

export function portrait(c: Content): Layout {
  const f = frameOf(c.format);
  const S = f.safe;
  const print = FORMATS[c.format].kind === 'print';
  const look = lookOf(c.ink);
  const u = S.width / 100;
  // Tall formats (A-series, stories) have height to spare: bigger headline, lines and QR code.
  const tall = Math.min(1.4, Math.max(1, S.height / S.width / 1.4));
  const floor = (v: number) => (print ? Math.max(v, PRINT_MIN) : v);
  const gap = 4 * u;
  const cut: string[] = [];
  const note = (name: string, b: Block) => {
    if (!b.fits) cut.push(name);
    return b;
  };
  const bandItems: Item[] = [];
  let bottom = S.y + S.height;

  // Printed matter, at the foot of the safe zone.
  if (print && c.printed.length) {
    const size = Math.min(Math.max(1.35 * u, PRINT_MIN), 9);
    const b = note('printed', fitBox(c.printed.join('\n'), { weight: 400, maxWidth: S.width, maxHeight: size * 4, maxLines: 3, maxSize: size, minSize: PRINT_MIN, leading: 1.25 }));
    bottom -= blockHeight(b);
    bandItems.push(...blockItems(b, S.x, bottom, look.muted));
    bottom -= gap * 0.8;
  }

  // The QR row: the code on the left; the call to action and the address beside it.
  const q = qrSide(27 * u * Math.min(1.25, Math.max(1, S.height / S.width / 1.1)), f, print);
  const textX = S.x + q + gap * 0.8;
  const textW = S.x + S.width - textX;
  const url = fitBox(c.urlLabel, { weight: 700, maxWidth: textW, maxHeight: q * 0.3, maxLines: 1, maxSize: 4 * u, minSize: floor(2.4 * u), leading: 1.2 });
  // An address too long for the space beside the code goes under it, across the whole width.
  const urlBelow = !url.fits;
  const urlWide = urlBelow ? note('url', fitBox(c.urlLabel, { weight: 700, maxWidth: S.width, maxHeight: 8 * u, maxLines: 1, maxSize: 4 * u, minSize: floor(2 * u), leading: 1.2 })) : url;
  if (urlBelow) {
    bottom -= blockHeight(urlWide);
    bandItems.push(...blockItems(urlWide, S.x, bottom, look.strong));
    bottom -= gap * 0.5;
  }
  const ctaMax = q - (urlBelow ? 0 : blockHeight(url) + 2 * u);
  const cta = note('cta', fitBox(c.cta, { weight: 700, maxWidth: textW, maxHeight: ctaMax, maxLines: 3, maxSize: 6.5 * u, minSize: floor(2.6 * u), leading: 1.12 }));
  bottom -= q;
  bandItems.push(qrItem(c.qrUrl, S.x, bottom, q, look));
  // The call to action and the address, as one group centred on the code's height.
  const pairH = blockHeight(cta) + (urlBelow ? 0 : 2 * u + blockHeight(url));
  const pairTop = bottom + (q - pairH) / 2;
  bandItems.push(...blockItems(cta, textX, pairTop, look.onBand));
  if (!urlBelow) bandItems.push(...blockItems(url, textX, pairTop + blockHeight(cta) + 2 * u, look.strong));

  // A group's row, or an offer's facts, above the QR row.
  const above: Placed | undefined = c.group
    ? groupBlock(c.group, { x: S.x, width: S.width, maxHeight: 20 * u, size: [6 * u, floor(2.6 * u)], look, onGround: false, titleLines: 3, logoShare: 0.3 }, cut)
    : c.list.length
      ? listBlock(c.list, { x: S.x, width: S.width, maxHeight: S.height * 0.24, size: [4.2 * u, floor(2.4 * u)], text: look.onBand, bullet: look.accent }, cut)
      : undefined;
  if (above && above.h) {
    bottom -= gap + above.h;
    bandItems.push(...above.draw(bottom));
  }
  const bandTop = bottom - gap;

  // The top: header, then the headline and the lines under it in what is left, centred in it.
  const markH = 7 * u;
  const top = S.y + headerHeight(markH) + gap * 1.2;
  const room = bandTop - gap * 1.2 - top;
  const subText = c.sub.join('\n');
  let sub = fitBox(subText, { weight: 400, maxWidth: S.width, maxHeight: room * 0.35, maxLines: 4, maxSize: 5 * u * tall, minSize: floor(2.6 * u), leading: 1.3 });
  const subGap = sub.lines.length ? gap : 0;
  const head = note('headline', fitBox(c.headline, { weight: 700, maxWidth: S.width, maxHeight: room - blockHeight(sub) - subGap, maxLines: 5, maxSize: 13 * u * tall, minSize: floor(4 * u), leading: 1.08 }));
  // Keep the hierarchy: the lines stay well under the headline's size.
  if (sub.size > head.size * 0.55) sub = fitBox(subText, { weight: 400, maxWidth: S.width, maxHeight: room * 0.35, maxLines: 4, maxSize: Math.max(head.size * 0.55, floor(2.6 * u)), minSize: floor(2.6 * u), leading: 1.3 });
  note('line', sub);
  const textH = blockHeight(head) + subGap + blockHeight(sub);
  const y0 = top + Math.max(0, (room - textH) * 0.45);

  const items: Item[] = [
    ground(look, f.width, f.height),
    ...band(look, { x: 0, y: bandTop, w: f.width, h: f.height - bandTop }, 'top', 0.5 * u),
    ...headerItems(S.x, S.y, markH, c.wordmark, look.onGround, look.ground),
    ...blockItems(head, S.x, y0, look.onGround),
    ...blockItems(sub, S.x, y0 + blockHeight(head) + subGap, look.onGround),
    // A short accent rule between headline and lines, in the paper's colour on green (black in mono).
    ...(sub.lines.length ? [{ t: 'rect' as const, x: S.x, y: y0 + blockHeight(head) + subGap * 0.35, w: Math.min(12 * u, blockWidth(head)), h: 0.6 * u, fill: look.onGround }] : []),
    ...bandItems,
  ];
  return { scene: { width: f.width, height: f.height, lang: c.lang, alt: c.alt, items }, cut };
}
