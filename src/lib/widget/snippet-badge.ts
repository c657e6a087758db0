/**
 * The no-JavaScript tier: a link around an SVG image, for WordPress.com, Tumblr, SPIP, forums and mail signatures,
 * where no script may run. The image is drawn at build time per locale (src/pages/widget/[file].svg.ts); its size
 * is declared here, once, for the image and for the snippet's width and height (no layout shift on the host).
 * Mail clients often block images until the reader allows them: the alt text then carries the whole message.
 */
import { attributes, siteRoot } from './snippet-html.ts';

export const BADGE_KINDS = ['badge', 'banner'] as const;
export type BadgeKind = (typeof BADGE_KINDS)[number];

/**
 * Size in CSS pixels: a small badge for a sidebar or a signature, and a banner of the usual "leaderboard" size
 * (728 × 90), which forums and page headers already make room for.
 */
export const BADGE_SIZES: Record<BadgeKind, { width: number; height: number }> = {
  badge: { width: 240, height: 64 },
  banner: { width: 728, height: 90 },
};

/** The image's path under the site's root: "widget/badge-fr.svg". */
export function badgeImagePath(kind: BadgeKind, lang: string): string {
  return `widget/${kind}-${lang}.svg`;
}

export interface BadgeOptions {
  /** A locale code: the image's words are in it, so it cannot follow the host's language. */
  lang: string;
  kind: BadgeKind;
}

export interface BadgeContext {
  siteUrl: string;
  /** The image's alt text, in the badge's language: the whole message, for readers whose mail blocks images. */
  alt: string;
}

export function badgeSnippet(o: BadgeOptions, ctx: BadgeContext): string {
  const root = siteRoot(ctx.siteUrl);
  const { width, height } = BADGE_SIZES[o.kind];
  const img = `<img${attributes([
    ['src', `${root}${badgeImagePath(o.kind, o.lang)}`],
    ['alt', ctx.alt],
    ['width', String(width)],
    ['height', String(height)],
    ['referrerpolicy', 'no-referrer'],
  ])}>`;
  return `<a${attributes([['href', `${root}${o.lang}/questionnaire/`], ['referrerpolicy', 'no-referrer']])}>${img}</a>`;
}
