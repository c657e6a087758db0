/**
 * Reading the kit's files back the way a printer or a phone would, for the unit and end-to-end tests: a PNG's pixel
 * size from its header, a PDF's boxes with pdf-lib, a QR code by rasterising the PDF with Debian's poppler-utils
 * (pdftoppm) and decoding it with jsQR, a ZIP's entries with fflate.
 */
import { spawnSync } from 'node:child_process';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { PDFDocument } from 'pdf-lib';
import { unzipSync } from 'fflate';

/** Width and height from a PNG's IHDR chunk; throws on anything that is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!sig.every((b, i) => bytes[i] === b)) throw new Error('not a PNG');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.slice(12, 16)) !== 'IHDR') throw new Error('PNG without IHDR first');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The page count, and the first page's MediaBox, TrimBox and BleedBox in points. */
export async function pdfBoxes(bytes: Uint8Array): Promise<{ pages: number; media: Box; trim: Box; bleed: Box; hasTrim: boolean }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const page = doc.getPage(0);
  // pdf-lib falls back to the MediaBox when a box is missing: look for the key itself too.
  const hasTrim = page.node.TrimBox() !== undefined && page.node.BleedBox() !== undefined;
  return { pages: doc.getPageCount(), media: page.getMediaBox(), trim: page.getTrimBox(), bleed: page.getBleedBox(), hasTrim };
}

/** Decodes the QR code of a raster image (PNG, WebP…), or null when none is found. */
export async function decodeQr(image: Uint8Array): Promise<string | null> {
  const { data, info } = await sharp(image).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)?.data ?? null;
}

export const PDFTOPPM = 'pdftoppm';

/**
 * The first page of a PDF at `dpi` as PNG, through pdftoppm (poppler-utils), optionally only a region given in
 * points from the top left (rendering a whole A3 poster at 150 dpi to read a code in one corner is slow).
 */
export function rasterisePdf(file: string, dpi = 150, region?: Box): Uint8Array {
  const px = (pt: number) => String(Math.max(0, Math.round((pt * dpi) / 72)));
  const crop = region ? ['-x', px(region.x), '-y', px(region.y), '-W', px(region.width), '-H', px(region.height)] : [];
  const r = spawnSync(PDFTOPPM, ['-r', String(dpi), '-png', '-singlefile', '-f', '1', '-l', '1', ...crop, file], { maxBuffer: 256 * 2 ** 20 });
  if (r.error) throw new Error(`pdftoppm: ${r.error.message} (sudo apt-get install -y poppler-utils)`);
  if (r.status !== 0) throw new Error(`pdftoppm failed on ${file}: ${r.stderr.toString()}`);
  return new Uint8Array(r.stdout);
}

/** The entries of a ZIP, name → bytes. */
export function zipEntries(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}
