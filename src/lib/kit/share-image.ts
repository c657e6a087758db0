/**
 * A page's share image (og:image): where it lives and the address it prints. Base.astro writes the path into the
 * page and the share-image integration reads it back from the built HTML, so both sides use these functions and
 * cannot disagree. The address is the kit's (urls.ts): the same words as on the posters.
 */
import { campaignPath, kitUrl, urlLabel } from './urls.ts';

/** The share image's size: the kit's `og` format, the size link previews expect. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/**
 * The image's path under the site's root, from the page's path under it: "fr/providers/nubo/" →
 * "og/fr/providers/nubo.png", "fr/" → "og/fr.png", "404.html" → "og/404.png", "" → "og/index.png".
 */
export function shareImagePath(sitePath: string): string {
  const name = sitePath.replace(/^\/+/, '').replace(/(?:\/|\.html)$/, '').replace(/\/+$/, '');
  return `og/${name || 'index'}.png`;
}

/** The address printed under the title: the site's home in the page's language, without its scheme. */
export function shareImageLabel(site: string, base: string, lang: string): string {
  return urlLabel(kitUrl(site, base, campaignPath(lang)));
}
