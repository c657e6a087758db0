/** A page's share image (og:image, 1200 × 630): the page's title in its language, the mark and the address. */
import { frameOf } from '../formats.ts';
import { fit } from '../layout.ts';
import { inks } from '../brand.ts';
import type { Scene } from '../scene.ts';
import type { PageSpec, Template } from '../spec.ts';

export const pageScene: Template<PageSpec> = (spec) => {
  const f = frameOf('og');
  const c = inks('colour');
  const s = f.safe;
  const head = fit(spec.title, { weight: 700, maxWidth: s.width, maxLines: 4, maxSize: 84, minSize: 36 });
  const items: Scene['items'] = [
    { t: 'rect', x: 0, y: 0, w: f.width, h: f.height, fill: c.brand },
    ...head.lines.map((l, i) => ({ t: 'text' as const, x: s.x, y: s.y + head.size * (0.9 + i * 1.15), size: head.size, weight: 700 as const, fill: c.onBrand, anchor: 'start' as const, text: l })),
    { t: 'text', x: s.x, y: s.y + s.height, size: 32, weight: 400, fill: c.onBrand, anchor: 'start', text: spec.urlLabel },
  ];
  return { width: f.width, height: f.height, lang: spec.lang, alt: spec.title, items };
};
