/**
 * The no-JavaScript widget's images, one per kind and locale: /widget/badge-fr.svg, /widget/banner-en.svg… Drawn at
 * build time from the dictionaries with the kit's template code, as SVG with live text and a generic font fallback
 * (an image may load no font). They sit under /widget/, which every server sends with CORS and long caching.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALE_CODES, type Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/index.ts';
import { BADGE_KINDS, badgeImagePath, type BadgeKind } from '../../lib/widget/snippet-badge.ts';
import { widgetImageScene } from '../../lib/kit/templates/widget-image.ts';
import { sceneToImageSvg } from '../../lib/kit/svg-fallback.ts';

export const getStaticPaths = (() =>
  BADGE_KINDS.flatMap((kind) =>
    LOCALE_CODES.map((lang) => ({
      // The file's name from the one function the snippets use, so the two can never disagree.
      params: { file: badgeImagePath(kind, lang).replace(/^widget\//, '').replace(/\.svg$/, '') },
      props: { kind, lang },
    })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { kind, lang } = props as { kind: BadgeKind; lang: Locale };
  const svg = sceneToImageSvg(widgetImageScene(kind, lang, useTranslations(lang)));
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
