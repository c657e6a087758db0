/**
 * The campaign visual, any format: headline, line, call to action and QR code. (First version; the layouts per
 * format come next.)
 */
import { frameOf, FORMATS } from '../formats.ts';
import { fit } from '../layout.ts';
import { qrModules, QR_QUIET } from '../qr.ts';
import { inks } from '../brand.ts';
import type { Scene } from '../scene.ts';
import type { CampaignSpec, Template } from '../spec.ts';

export const campaignScene: Template<CampaignSpec> = (spec) => {
  const f = frameOf(spec.format);
  const c = inks(spec.ink);
  const s = f.safe;
  const head = fit(spec.message.headline, { weight: 700, maxWidth: s.width, maxLines: 3, maxSize: s.height / 6, minSize: s.height / 30 });
  const qrSize = Math.max(s.height / 4, FORMATS[spec.format].kind === 'print' ? 20 * f.unit : 0);
  const items: Scene['items'] = [
    { t: 'rect', x: 0, y: 0, w: f.width, h: f.height, fill: c.brand },
    ...head.lines.map((l, i) => ({ t: 'text' as const, x: s.x, y: s.y + head.size * (0.9 + i * 1.15), size: head.size, weight: 700 as const, fill: c.onBrand, anchor: 'start' as const, text: l })),
    { t: 'text', x: s.x, y: s.y + s.height - qrSize - head.size * 0.5, size: head.size * 0.45, weight: 400, fill: c.onBrand, anchor: 'start', text: spec.message.line },
    { t: 'qr', x: s.x + s.width - qrSize, y: s.y + s.height - qrSize, size: qrSize, modules: qrModules(spec.qrUrl), quiet: QR_QUIET, dark: '#000000', light: '#ffffff' },
    { t: 'text', x: s.x, y: s.y + s.height, size: head.size * 0.4, weight: 700, fill: c.onBrand, anchor: 'start', text: spec.message.cta },
  ];
  return { width: f.width, height: f.height, lang: spec.lang, alt: `${spec.message.headline} ${spec.message.line}`, items };
};
