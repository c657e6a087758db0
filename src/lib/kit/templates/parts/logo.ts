/**
 * A group's logo: an image item (never markup), its box shaped to the logo's own proportions so nothing is
 * stretched and the layout knows the space it really takes.
 */
import type { ImageItem } from '../../scene.ts';
import type { GroupInfo } from '../../spec.ts';

type Logo = NonNullable<GroupInfo['logo']>;

/** The logo's size within `maxW` × `maxH`, its aspect ratio kept (a logo without a size counts as square). */
export function logoSize(logo: Logo, maxW: number, maxH: number): { w: number; h: number } {
  const ratio = logo.width > 0 && logo.height > 0 ? logo.width / logo.height : 1;
  const h = Math.min(maxH, maxW / ratio);
  return { w: h * ratio, h };
}

export function logoItem(logo: Logo, x: number, y: number, w: number, h: number): ImageItem {
  return { t: 'image', x, y, w, h, href: logo.href };
}
