/**
 * A page's share image (og:image, 1200 × 630), what a link posted on Mastodon shows: on the brand green, the mark
 * and wordmark, the page's title as large as it fits, and a paper band along the foot with the site's address.
 * No QR code: the image is already a link.
 */
import { frameOf } from '../formats.ts';
import type { T } from '../../shared/translate.ts';
import type { Item } from '../scene.ts';
import type { PageSpec, Template } from '../spec.ts';
import type { Layout } from './parts/content.ts';
import { headerHeight, headerItems } from './parts/header.ts';
import { band, ground, lookOf } from './parts/look.ts';
import { blockHeight, blockItems, fitBox } from './parts/text.ts';

export function pageLayout(spec: PageSpec, t: T): Layout {
  const f = frameOf('og');
  const S = f.safe;
  const look = lookOf('colour');
  const u = S.height / 100;
  const cut: string[] = [];
  const url = fitBox(spec.urlLabel, { weight: 700, maxWidth: S.width, maxHeight: 9 * u, maxLines: 1, maxSize: 6.5 * u, minSize: 4 * u, leading: 1.2 });
  const bandH = blockHeight(url) + 9 * u;
  const bandTop = f.height - S.y - bandH + 4.5 * u;
  const markH = 11 * u;
  const top = S.y + headerHeight(markH) + 6 * u;
  const room = bandTop - 6 * u - top;
  const title = fitBox(spec.title, { weight: 700, maxWidth: S.width * 0.92, maxHeight: room, maxLines: 4, maxSize: 19 * u, minSize: 6 * u, leading: 1.08 });
  if (!title.fits) cut.push('title');
  if (!url.fits) cut.push('url');
  const items: Item[] = [
    ground(look, f.width, f.height),
    ...band(look, { x: 0, y: bandTop, w: f.width, h: f.height - bandTop }, 'top', 0.6 * u),
    ...headerItems(S.x, S.y, markH, t('site.name'), look.onGround, look.ground),
    ...blockItems(title, S.x, top + (room - blockHeight(title)) * 0.45, look.onGround),
    ...blockItems(url, S.x, bandTop + (f.height - S.y - bandTop - blockHeight(url)) / 2 + 0.5 * u, look.strong),
  ];
  return { scene: { width: f.width, height: f.height, lang: spec.lang, alt: spec.title, items }, cut };
}

export const pageScene: Template<PageSpec> = (spec, t) => pageLayout(spec, t).scene;
