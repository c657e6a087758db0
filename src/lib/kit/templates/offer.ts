/** "Leave Gmail, join <offer>": a poster, flyer or card for one CHATONS offer. (First version.) */
import { frameOf } from '../formats.ts';
import { fit } from '../layout.ts';
import { qrModules, QR_QUIET } from '../qr.ts';
import { inks } from '../brand.ts';
import type { Scene } from '../scene.ts';
import type { OfferSpec, Template } from '../spec.ts';

export const offerScene: Template<OfferSpec> = (spec, t) => {
  const f = frameOf(spec.format);
  const c = inks(spec.ink);
  const s = f.safe;
  const title = t('kit.offer.headline', { name: spec.offer.name });
  const head = fit(title, { weight: 700, maxWidth: s.width, maxLines: 3, maxSize: s.height / 6, minSize: s.height / 30 });
  const qrSize = Math.max(s.height / 3, 20 * f.unit);
  const items: Scene['items'] = [
    { t: 'rect', x: 0, y: 0, w: f.width, h: f.height, fill: c.paper },
    ...head.lines.map((l, i) => ({ t: 'text' as const, x: s.x, y: s.y + head.size * (0.9 + i * 1.15), size: head.size, weight: 700 as const, fill: c.text, anchor: 'start' as const, text: l })),
    { t: 'qr', x: s.x + s.width - qrSize, y: s.y + s.height - qrSize, size: qrSize, modules: qrModules(spec.qrUrl), quiet: QR_QUIET, dark: '#000000', light: '#ffffff' },
  ];
  return { width: f.width, height: f.height, lang: spec.lang, alt: title, items };
};
