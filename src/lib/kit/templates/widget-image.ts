/**
 * The no-JavaScript widget's images: a small badge (the mark, "Leave Gmail", "with CHATONS") and a wide banner
 * (the mark, a headline, a line, a call to action), in the campaign's colours: white on the brand green, which the
 * palette test holds to WCAG AA, and the brand green on white for the call to action. Drawn with the kit's own mark
 * and metrics; the host's browser may draw the text in another sans-serif (see svg-fallback.ts), so text is fitted
 * into 85 % of its room.
 */
import { inks } from '../brand.ts';
import { CAP_HEIGHT, measure } from '../layout.ts';
import type { Item, Scene } from '../scene.ts';
import type { T } from '../../../i18n/types.ts';
import { BADGE_SIZES, type BadgeKind } from '../../widget/snippet-badge.ts';
import { markItems } from './parts/header.ts';
import { blockHeight, blockItems, fitBox, type Block } from './parts/text.ts';

/** Share of a text's room it may fill with Inter's widths: a system font up to 15 % wider still fits. */
const SLACK = 0.85;

const colours = () => {
  const c = inks('colour');
  return { ground: c.brand, text: c.onBrand };
};

/** Text fitted to a width in at most `maxLines` lines, as big as allowed. */
function line(text: string, weight: 400 | 700, maxWidth: number, maxSize: number, minSize: number, maxLines = 1, maxHeight = maxSize * 2): Block {
  return fitBox(text, { weight, maxWidth: maxWidth * SLACK, maxHeight, maxLines, maxSize, minSize, leading: 1.1 });
}

/** Two blocks stacked with a gap, centred vertically in a height. */
function stack(a: Block, b: Block, gap: number, x: number, height: number, fill: string): Item[] {
  const top = (height - blockHeight(a) - gap - blockHeight(b)) / 2;
  return [...blockItems(a, x, top, fill), ...blockItems(b, x, top + blockHeight(a) + gap, fill)];
}

function badge(t: T): Item[] {
  const { width, height } = BADGE_SIZES.badge;
  const c = colours();
  const mark = 40;
  const x = 12 + mark + 10;
  const room = width - x - 12;
  return [
    { t: 'rect', x: 0, y: 0, w: width, h: height, r: 10, fill: c.ground },
    ...markItems(12, (height - mark) / 2, mark, c.text, c.ground),
    ...stack(line(t('widgets.image.badge.title'), 700, room, 22, 13), line(t('widgets.image.badge.line'), 400, room, 15, 12), 2, x, height, c.text),
  ];
}

function banner(t: T): Item[] {
  const { width, height } = BADGE_SIZES.banner;
  const c = colours();
  const mark = 52;
  const cta = t('widgets.image.banner.cta');
  const ctaSize = 18;
  const pill = { w: measure(cta, ctaSize, 700) / SLACK + 32, h: 44 };
  const pillX = width - 20 - pill.w;
  const pillY = (height - pill.h) / 2;
  const x = 20 + mark + 16;
  const room = pillX - 16 - x;
  // The headline on one line when it can stay 17 px or more, else on two (a long translation); the line under it on
  // one. Nothing smaller than 13 px.
  const oneLine = line(t('widgets.image.banner.title'), 700, room, 24, 17);
  const title = oneLine.fits ? oneLine : line(t('widgets.image.banner.title'), 700, room, 24, 13, 2, 48);
  return [
    { t: 'rect', x: 0, y: 0, w: width, h: height, r: 12, fill: c.ground },
    ...markItems(20, (height - mark) / 2, mark, c.text, c.ground),
    ...stack(title, line(t('widgets.image.banner.line'), 400, room, 16, 13), 4, x, height, c.text),
    { t: 'rect', x: pillX, y: pillY, w: pill.w, h: pill.h, r: pill.h / 2, fill: c.text },
    { t: 'text', x: pillX + pill.w / 2, y: pillY + pill.h / 2 + (ctaSize * CAP_HEIGHT) / 2, size: ctaSize, weight: 700, fill: c.ground, anchor: 'middle', text: cta },
  ];
}

/** The image of one kind in one language; its alt text is the whole message (mail clients may block the image). */
export function widgetImageScene(kind: BadgeKind, lang: string, t: T): Scene {
  const { width, height } = BADGE_SIZES[kind];
  return { width, height, lang, alt: t('widgets.image.alt'), items: kind === 'badge' ? badge(t) : banner(t) };
}
