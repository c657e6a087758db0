/**
 * A scene as a vector PDF (pdf-lib): live text in the embedded, subset kit font, shapes as paths, the QR code as
 * vector modules. Print formats get their TrimBox (the cut) and BleedBox (3 mm more on every side). Runs at build
 * time and, loaded only when asked for, in the customiser. Deterministic: fixed dates and font names, so the same
 * scene gives the same bytes.
 */
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import type { Item, Scene, Weight } from './scene.ts';
import { qrPath } from './svg.ts';

export interface PdfOptions {
  /** The kit font's TrueType files by weight (pdf-lib's subsetter fails on WOFF2). */
  fonts: Record<Weight, Uint8Array>;
  /** The trimmed page inside the scene (print formats); absent for a page without bleed. */
  trim?: { x: number; y: number; width: number; height: number };
  title: string;
  /** The bytes of each image item's href (PNG or JPEG), already rasterised: a logo is never embedded as markup. */
  images?: Map<string, Uint8Array>;
}

/** Dates written into every kit PDF, so a rebuild gives identical bytes. */
export const PDF_DATE = new Date(Date.UTC(2026, 0, 1));

function colour(hex: string) {
  const v = /^#([0-9a-f]{6})$/i.exec(hex)?.[1];
  if (!v) throw new RangeError(`expected a #rrggbb colour, got "${hex}"`);
  return rgb(parseInt(v.slice(0, 2), 16) / 255, parseInt(v.slice(2, 4), 16) / 255, parseInt(v.slice(4, 6), 16) / 255);
}

function roundRect(w: number, h: number, r: number): string {
  return `M${r} 0H${w - r}A${r} ${r} 0 0 1 ${w} ${r}V${h - r}A${r} ${r} 0 0 1 ${w - r} ${h}H${r}A${r} ${r} 0 0 1 0 ${h - r}V${r}A${r} ${r} 0 0 1 ${r} 0Z`;
}

async function draw(doc: PDFDocument, page: PDFPage, i: Item, H: number, fonts: Record<Weight, PDFFont>, images: Map<string, Uint8Array>) {
  switch (i.t) {
    case 'rect':
      if (i.r) page.drawSvgPath(roundRect(i.w, i.h, i.r), { x: i.x, y: H - i.y, color: colour(i.fill), borderWidth: 0 });
      else page.drawRectangle({ x: i.x, y: H - i.y - i.h, width: i.w, height: i.h, color: colour(i.fill) });
      return;
    case 'text': {
      const font = fonts[i.weight];
      const width = font.widthOfTextAtSize(i.text, i.size);
      const x = i.anchor === 'start' ? i.x : i.anchor === 'middle' ? i.x - width / 2 : i.x - width;
      page.drawText(i.text, { x, y: H - i.y, size: i.size, font, color: colour(i.fill) });
      return;
    }
    case 'path':
      page.drawSvgPath(i.d, {
        x: i.x,
        y: H - i.y,
        scale: i.scale,
        ...(i.fill && i.fill !== 'none' ? { color: colour(i.fill) } : {}),
        ...(i.stroke ? { borderColor: colour(i.stroke), borderWidth: (i.strokeWidth ?? 1) * i.scale } : { borderWidth: 0 }),
      });
      return;
    case 'qr': {
      const side = i.modules.length + 2 * i.quiet;
      page.drawRectangle({ x: i.x, y: H - i.y - i.size, width: i.size, height: i.size, color: colour(i.light) });
      page.drawSvgPath(qrPath(i), { x: i.x, y: H - i.y, scale: i.size / side, color: colour(i.dark), borderWidth: 0 });
      return;
    }
    case 'image': {
      const bytes = images.get(i.href);
      if (!bytes) throw new Error('an image of the scene has no bytes: rasterise it first');
      const png = bytes[0] === 0x89 && bytes[1] === 0x50;
      const img = png ? await doc.embedPng(bytes) : await doc.embedJpg(bytes);
      const scale = Math.min(i.w / img.width, i.h / img.height);
      const [w, h] = [img.width * scale, img.height * scale];
      page.drawImage(img, { x: i.x + (i.w - w) / 2, y: H - i.y - (i.h + h) / 2, width: w, height: h });
      return;
    }
  }
}

export async function sceneToPdf(scene: Scene, o: PdfOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const fonts = {
    400: await doc.embedFont(o.fonts[400], { subset: true, customName: 'Inter-Regular' }),
    700: await doc.embedFont(o.fonts[700], { subset: true, customName: 'Inter-Bold' }),
  };
  const page = doc.addPage([scene.width, scene.height]);
  const H = scene.height;
  for (const item of scene.items) await draw(doc, page, item, H, fonts, o.images ?? new Map());
  if (o.trim) {
    page.setBleedBox(0, 0, scene.width, scene.height);
    page.setTrimBox(o.trim.x, H - o.trim.y - o.trim.height, o.trim.width, o.trim.height);
  }
  doc.setTitle(o.title);
  doc.setLanguage(scene.lang);
  doc.setProducer('degmail');
  doc.setCreator('degmail kit');
  doc.setCreationDate(PDF_DATE);
  doc.setModificationDate(PDF_DATE);
  return doc.save({ useObjectStreams: false });
}
