/**
 * The plain-text summary of what the customiser will make, shown under the preview: what a screen reader user (or
 * anyone about to print 200 flyers) needs to know without seeing the picture.
 */
import { FORMATS } from './formats.ts';
import { pngSize } from './customize-output.ts';
import type { CampaignSpec } from './spec.ts';
import type { T } from '../shared/translate.ts';

/** The format's name and size, e.g. "Affiche A4, 210 × 297 mm, avec 3 mm de fond perdu". */
export function formatText(spec: Pick<CampaignSpec, 'format'>, t: T): string {
  const f = FORMATS[spec.format];
  const name = t(`kit.customize.format.${spec.format}`);
  const size = f.kind === 'print'
    ? t('kit.customize.summary.size.print', { w: f.trimMm[0], h: f.trimMm[1] })
    : t('kit.customize.summary.size.screen', { w: f.px[0], h: f.px[1] });
  return t('kit.customize.summary.format', { format: name, size });
}

/** One sentence per line: format, ink, the message's three texts, group, logo, QR code, printed matter, files. */
export function summaryLines(spec: CampaignSpec, t: T): string[] {
  const print = FORMATS[spec.format].kind === 'print';
  const m = spec.message;
  const g = spec.group;
  const png = pngSize(spec.format);
  const lines = [formatText(spec, t)];
  if (print) lines.push(t('kit.customize.summary.ink', { ink: t(`kit.customize.ink.${spec.ink}`) }));
  lines.push(t('kit.customize.summary.headline', { text: m.headline }), t('kit.customize.summary.line', { text: m.line }), t('kit.customize.summary.cta', { text: m.cta }));
  lines.push(g?.name ? t('kit.customize.summary.group', { name: g.name }) : t('kit.customize.summary.noGroup'));
  if (g?.place) lines.push(t('kit.customize.summary.place', { place: g.place }));
  if (g?.date) lines.push(t('kit.customize.summary.date', { date: g.date }));
  lines.push(g?.logo ? t('kit.customize.summary.logo') : t('kit.customize.summary.noLogo'));
  // A business card is one printed item: its front is the campaign's face, the code and the small print go on its
  // back (as the campaign template draws them).
  if (spec.format === 'card-front') lines.push(t('kit.customize.summary.cardFront'));
  else {
    lines.push(t('kit.customize.summary.qr', { url: spec.qrUrl }));
    if (spec.printed?.printer) lines.push(t('kit.customize.summary.printer', { text: spec.printed.printer }));
    if (spec.printed?.noLitter) lines.push(t('kit.customize.summary.noLitter', { text: t('kit.printed.noLitter') }));
  }
  lines.push(print ? t('kit.customize.summary.files.print', { w: png.width, h: png.height }) : t('kit.customize.summary.files.screen', { w: png.width, h: png.height }));
  return lines;
}
