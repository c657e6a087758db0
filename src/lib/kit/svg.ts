/**
 * A scene as SVG with live text in the kit font (family "Inter"). resvg draws it at build time with the font's TTF
 * files; the browser draws it on a canvas, for which `fontCss` embeds the font as a data: URL (an SVG drawn as an
 * image may load nothing else). Every text and attribute goes through esc().
 */
import { esc } from '../shared/html.ts';
import type { Item, QrItem, Scene } from './scene.ts';

export const KIT_FONT_FAMILY = 'Inter';

const n = (v: number) => String(Math.round(v * 100) / 100);

/** The dark modules of a QR code as one path, in module units (1 module = 1 unit). */
export function qrPath(q: Pick<QrItem, 'modules' | 'quiet'>): string {
  const parts: string[] = [];
  q.modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      parts.push(`M${start + q.quiet} ${y + q.quiet}h${x - start}v1h${start - x}z`);
    }
  });
  return parts.join('');
}

function item(i: Item): string {
  switch (i.t) {
    case 'rect':
      return `<rect x="${n(i.x)}" y="${n(i.y)}" width="${n(i.w)}" height="${n(i.h)}"${i.r ? ` rx="${n(i.r)}"` : ''} fill="${esc(i.fill)}"/>`;
    case 'text':
      return `<text x="${n(i.x)}" y="${n(i.y)}" font-size="${n(i.size)}" font-weight="${i.weight}" fill="${esc(i.fill)}" text-anchor="${i.anchor}">${esc(i.text)}</text>`;
    case 'path': {
      const paint = `fill="${esc(i.fill ?? 'none')}"${i.stroke ? ` stroke="${esc(i.stroke)}" stroke-width="${n(i.strokeWidth ?? 1)}" stroke-linejoin="round"` : ''}`;
      return `<path transform="translate(${n(i.x)} ${n(i.y)}) scale(${n(i.scale)})" d="${esc(i.d)}" ${paint}/>`;
    }
    case 'qr': {
      const side = i.modules.length + 2 * i.quiet;
      return `<g transform="translate(${n(i.x)} ${n(i.y)}) scale(${i.size / side})"><rect width="${side}" height="${side}" fill="${esc(i.light)}"/><path d="${qrPath(i)}" fill="${esc(i.dark)}" shape-rendering="crispEdges"/></g>`;
    }
    case 'image':
      return `<image x="${n(i.x)}" y="${n(i.y)}" width="${n(i.w)}" height="${n(i.h)}" preserveAspectRatio="xMidYMid meet" href="${esc(i.href)}"/>`;
  }
}

export interface SvgOptions {
  /** @font-face rules to embed (the browser's canvas path); none at build time, where resvg gets the TTF files. */
  fontCss?: string;
  /** Pixel size to declare (a PNG's size); defaults to the scene's own units. */
  pixelWidth?: number;
}

export function sceneToSvg(scene: Scene, opts: SvgOptions = {}): string {
  const w = opts.pixelWidth ?? scene.width;
  const h = (w * scene.height) / scene.width;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(w)}" height="${n(h)}" viewBox="0 0 ${n(scene.width)} ${n(scene.height)}" xml:lang="${esc(scene.lang)}" font-family="${KIT_FONT_FAMILY}" role="img" aria-label="${esc(scene.alt)}">`,
    `<title>${esc(scene.alt)}</title>`,
    opts.fontCss ? `<style>${opts.fontCss}</style>` : '',
    ...scene.items.map(item),
    '</svg>',
  ].join('');
}
