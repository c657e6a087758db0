/**
 * "Leave Gmail, join <offer>": a poster, a flyer and a business card for one CHATONS offer. The offer's name in the
 * headline, its place under it, its known key facts as a list (offer-facts.ts words them), and a QR code to its
 * page on this site, where every fact has its source. Same layouts as the campaign's.
 */
import type { T } from '../../shared/translate.ts';
import type { OfferSpec, Template } from '../spec.ts';
import { printedLines, type Content, type Layout } from './parts/content.ts';
import { layoutOf } from './layouts/choose.ts';

export function offerLayout(spec: OfferSpec, t: T): Layout {
  const o = spec.offer;
  const headline = t('kit.offer.headline', { name: o.name });
  const cta = t('kit.offer.cta');
  const content: Content = {
    format: spec.format,
    ink: spec.ink,
    lang: spec.lang,
    alt: [headline, o.place, ...o.facts, cta, spec.urlLabel].filter(Boolean).join(' — '),
    wordmark: t('site.name'),
    headline,
    sub: o.place ? [o.place] : [],
    // The front of the card is its face: name and place; the facts go on the back.
    list: spec.format === 'card-front' ? [] : o.facts,
    cta,
    qrUrl: spec.qrUrl,
    urlLabel: spec.urlLabel,
    printed: spec.format === 'card-front' ? [] : printedLines(spec.printed, t),
  };
  return layoutOf(content);
}

export const offerScene: Template<OfferSpec> = (spec, t) => offerLayout(spec, t).scene;
