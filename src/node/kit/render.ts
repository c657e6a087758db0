/**
 * Draws one file of a visual: the print PDF (vector, boxes set), the screen PNG (resvg, exact pixel size), the
 * editable SVG source, or the small WebP preview the kit page shows. Every path here is deterministic: the same
 * scene gives the same bytes.
 */
import fs from 'node:fs';
import sharp from 'sharp';
import { FORMATS, frameOf, BLEED_MM, type FormatId } from '../../lib/kit/formats.ts';
import { sceneToPdf } from '../../lib/kit/pdf.ts';
import { sceneToSvg } from '../../lib/kit/svg.ts';
import type { Scene, Weight } from '../../lib/kit/scene.ts';
import { kitFontFiles } from './fonts.ts';
import { scenePng } from './png.ts';
import type { FileKind, Visual } from './plan.ts';

/** Width of the previews, in pixels: a column of the kit page's grid at 1× and a bit. */
export const THUMB_WIDTH = 240;

/** The preview's size: THUMB_WIDTH wide, the trimmed page's proportions (bleed is cut off, as on paper). */
export function thumbSize(format: FormatId): { width: number; height: number } {
  const f = frameOf(format);
  return { width: THUMB_WIDTH, height: Math.round((THUMB_WIDTH * f.trim.height) / f.trim.width) };
}

let fontBytes: Promise<Record<Weight, Uint8Array>> | undefined;
/** The TTF files' bytes, read once per process (pdf-lib embeds and subsets them per PDF). */
export function kitFontBytes(): Promise<Record<Weight, Uint8Array>> {
  fontBytes ??= kitFontFiles().then((f) => ({ 400: fs.readFileSync(f[400]), 700: fs.readFileSync(f[700]) }));
  return fontBytes;
}

/**
 * The SVG source as a designer opens it: print formats declare their size in millimetres (bleed included), so that
 * Inkscape or Illustrator opens an A4 poster at 216 × 303 mm instead of reading points as pixels. Text stays live
 * in font-family Inter; nothing external is referenced.
 */
export function sourceSvg(scene: Scene, format: FormatId): string {
  const svg = sceneToSvg(scene);
  const f = FORMATS[format];
  if (f.kind !== 'print') return svg;
  const mm = (v: number) => `${Math.round(v * 1000) / 1000}mm`;
  const [w, h] = [f.trimMm[0] + 2 * BLEED_MM, f.trimMm[1] + 2 * BLEED_MM];
  // sceneToSvg writes the root's width and height first, in points; only that first pair is replaced.
  return svg.replace(/^(<svg [^>]*?)width="[^"]*" height="[^"]*"/, `$1width="${mm(w)}" height="${mm(h)}"`);
}

/** The preview: the trimmed page, THUMB_WIDTH wide, as WebP. */
async function thumb(scene: Scene, format: FormatId): Promise<Uint8Array> {
  const f = frameOf(format);
  const size = thumbSize(format);
  // Rendered so that the trimmed page is exactly THUMB_WIDTH wide, then the bleed is cut away.
  const scale = THUMB_WIDTH / f.trim.width;
  const full = await scenePng(scene, Math.round(scene.width * scale));
  const meta = await sharp(full).metadata();
  const left = Math.min(Math.round(f.trim.x * scale), meta.width - size.width);
  const top = Math.min(Math.round(f.trim.y * scale), meta.height - size.height);
  const cut = sharp(full).extract({ left, top, width: size.width, height: Math.min(size.height, meta.height - top) });
  return cut.resize(size.width, size.height, { fit: 'fill' }).webp({ quality: 78, effort: 6 }).toBuffer();
}

export async function renderFile(v: Visual, kind: FileKind): Promise<Uint8Array> {
  switch (kind) {
    case 'pdf':
      return sceneToPdf(v.scene, { fonts: await kitFontBytes(), trim: frameOf(v.format).trim, title: v.scene.alt });
    case 'png': {
      const f = FORMATS[v.format];
      if (f.kind !== 'screen') throw new Error(`${v.stem}: a PNG is made for screen formats only`);
      return scenePng(v.scene, f.px[0]);
    }
    case 'svg':
      return new TextEncoder().encode(sourceSvg(v.scene, v.format));
    case 'webp':
      return thumb(v.scene, v.format);
  }
}
