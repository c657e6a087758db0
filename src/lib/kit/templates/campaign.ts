/**
 * The campaign visual, in every format and both inks: a message's headline, its line, its call to action and the
 * QR code with the address written out, under the mark and wordmark; a relaying group's name, event and logo when
 * a group makes its own (the customiser); the printed matter on paper. The card's front is the campaign's face;
 * its back carries the code, the address, the call to action and the site's tagline (and the printed matter, once
 * per card).
 */
import { FORMATS } from '../formats.ts';
import type { T } from '../../shared/translate.ts';
import type { CampaignSpec, Template } from '../spec.ts';
import { groupContent, printedLines, type Content, type Layout } from './parts/content.ts';
import { layoutOf } from './layouts/choose.ts';

/** The campaign visual and the texts that had to be cut to fit it (none, for the real messages). */
export function campaignLayout(spec: CampaignSpec, t: T): Layout {
  const m = spec.message;
  const group = groupContent(spec.group, t);
  const print = FORMATS[spec.format].kind === 'print';
  const content: Content = {
    format: spec.format,
    ink: spec.ink,
    lang: spec.lang,
    alt: [m.headline, m.line, group?.title, group?.detail, m.cta, spec.urlLabel].filter(Boolean).join(' — '),
    wordmark: t('site.name'),
    headline: m.headline,
    sub: [m.line],
    list: [],
    group: spec.format === 'card-back' ? undefined : group,
    cta: m.cta,
    extra: t('site.tagline'),
    qrUrl: spec.qrUrl,
    urlLabel: spec.urlLabel,
    // A card's printed matter goes on its back only: both sides are one printed item.
    printed: print && spec.format !== 'card-front' ? printedLines(spec.printed, t) : [],
  };
  return layoutOf(content);
}

export const campaignScene: Template<CampaignSpec> = (spec, t) => campaignLayout(spec, t).scene;
