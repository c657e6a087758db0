/**
 * The kit's files as a printer and a phone see them, on the project's own cache (what `npm run build` copies into
 * the site): every PNG has its declared pixel size, every print PDF its TrimBox and a BleedBox 3 mm larger on each
 * side, every QR code (rasterised by poppler's pdftoppm, decoded by jsQR) opens the right absolute address, no
 * text uses a glyph the font lacks, and text really is drawn.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '../../src/env.ts';
import { FORMATS, MM, type FormatId } from '../../src/lib/kit/formats.ts';
import { missingGlyphs } from '../../src/lib/kit/layout.ts';
import type { KitFile } from '../../src/lib/kit/manifest.ts';
import { QR_MIN_MM, QR_QUIET } from '../../src/lib/kit/qr.ts';
import type { QrItem, Scene } from '../../src/lib/kit/scene.ts';
import { kitCacheDir } from '../../src/node/kit/manifest-file.ts';
import { generateKit, type GenerateResult } from '../../src/node/kit/generate.ts';
import { readKitInputs } from '../../src/node/kit/inputs.ts';
import { readKitMessages } from '../../src/node/kit/messages.ts';
import { planVisuals, type Visual } from '../../src/node/kit/plan.ts';
import { scenePng } from '../../src/node/kit/png.ts';
import { decodeQr, pdfBoxes, pngSize, rasterisePdf } from '../kit-check.ts';

/** Trim sizes in points, as the issue states them (ISO 216 and the 85 × 55 mm card). */
const TRIM_PT: Record<string, [number, number]> = {
  'poster-a4': [595.28, 841.89],
  'poster-a3': [841.89, 1190.55],
  'flyer-a6': [297.64, 419.53],
  'card-front': [240.94, 155.91],
  'card-back': [240.94, 155.91],
};
const BLEED_PT = 8.504;

let kit: GenerateResult;
const visuals = new Map<string, Visual>();
const env = readEnv();
const file = (p: string) => path.join(kitCacheDir(), 'out', p);
const sceneOf = (f: KitFile) => visuals.get(f.path.replace(/\.\w+$/, ''))!.scene;
const qrsOf = (s: Scene) => s.items.filter((i): i is QrItem => i.t === 'qr');

/** The address a visual's QR code must open, written out here rather than taken from the kit's own code. */
function expectedUrl(f: KitFile): string {
  const message = readKitMessages(env.contentDir, f.lang).find((m) => m.id === f.subject);
  const page = f.group === 'campaign' ? `${f.lang}/${message?.path ?? ''}` : `${f.lang}/providers/${f.subject}/`;
  return `${env.site.replace(/\/+$/, '')}${env.base}${page}`;
}

beforeAll(async () => {
  const inputs = await readKitInputs();
  kit = await generateKit(inputs, { quiet: true });
  for (const v of planVisuals(inputs)) visuals.set(v.stem, v);
}, 300_000);

describe('print PDFs', () => {
  it('have one page, the TrimBox of their format and a BleedBox 3 mm (8.504 pt) larger on each side', async () => {
    const pdfs = kit.manifest.files.filter((f) => f.type === 'pdf');
    expect(pdfs.length).toBeGreaterThan(0);
    for (const f of pdfs) {
      const b = await pdfBoxes(fs.readFileSync(file(f.path)));
      const [w, h] = TRIM_PT[f.format]!;
      expect(b.pages, f.path).toBe(1);
      expect(b.hasTrim, f.path).toBe(true);
      expect(Math.abs(b.trim.width - w), `${f.path} trim width ${b.trim.width}`).toBeLessThanOrEqual(0.01);
      expect(Math.abs(b.trim.height - h), `${f.path} trim height ${b.trim.height}`).toBeLessThanOrEqual(0.01);
      for (const [d, want] of [
        [b.trim.x - b.bleed.x, BLEED_PT],
        [b.trim.y - b.bleed.y, BLEED_PT],
        [b.bleed.x + b.bleed.width - (b.trim.x + b.trim.width), BLEED_PT],
        [b.bleed.y + b.bleed.height - (b.trim.y + b.trim.height), BLEED_PT],
      ] as const)
        expect(Math.abs(d - want), `${f.path}: bleed ${d}`).toBeLessThanOrEqual(0.01);
      expect(b.media, f.path).toEqual(b.bleed);
    }
  });

  it('carry a QR code at least 20 mm wide with a 4-module quiet zone that decodes to the page’s absolute address', async () => {
    const pdfs = kit.manifest.files.filter((f) => f.type === 'pdf');
    const wrong: string[] = [];
    for (const f of pdfs) {
      const qrs = qrsOf(sceneOf(f));
      // A business card carries its code on one side: the back (checked like every other format), not the front.
      if (f.format !== 'card-front') expect(qrs.length, `${f.path}: QR codes`).toBe(1);
      for (const q of qrs) {
        expect(q.size, f.path).toBeGreaterThanOrEqual(QR_MIN_MM * MM - 0.01);
        expect(q.quiet, f.path).toBeGreaterThanOrEqual(QR_QUIET);
        // Only the code's corner of the page is rasterised (a whole A3 poster at 150 dpi takes ten times longer).
        const m = 3 * MM;
        const png = rasterisePdf(file(f.path), 150, { x: q.x - m, y: q.y - m, width: q.size + 2 * m, height: q.size + 2 * m });
        const got = await decodeQr(png);
        if (got !== expectedUrl(f)) wrong.push(`${f.path}: the QR code gives ${got ?? 'nothing'}, expected ${expectedUrl(f)}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 300_000);
});

describe('screen images', () => {
  it('have exactly their declared pixel size, and their QR code, if any, opens the right address', async () => {
    const pngs = kit.manifest.files.filter((f) => f.type === 'png');
    expect(pngs.length).toBeGreaterThan(0);
    for (const f of pngs) {
      const bytes = fs.readFileSync(file(f.path));
      const format = FORMATS[f.format as FormatId];
      if (format.kind !== 'screen') throw new Error(`${f.path}: a PNG of a print format`);
      expect(pngSize(bytes), f.path).toEqual({ width: format.px[0], height: format.px[1] });
      for (const q of qrsOf(sceneOf(f))) {
        const region = { left: Math.floor(q.x), top: Math.floor(q.y), width: Math.ceil(q.size), height: Math.ceil(q.size) };
        expect(await decodeQr(await sharp(bytes).extract(region).extend({ top: 8, bottom: 8, left: 8, right: 8, background: '#ffffff' }).png().toBuffer()), f.path).toBe(expectedUrl(f));
      }
    }
  });

  it('have WebP previews of their declared size', async () => {
    const thumbs = new Map(kit.manifest.files.map((f) => [f.thumb.path, f.thumb]));
    for (const [p, t] of thumbs) {
      const meta = await sharp(file(p)).metadata();
      expect({ format: meta.format, width: meta.width, height: meta.height }, p).toEqual({ format: 'webp', width: t.width, height: t.height });
    }
  });
});

describe('text', () => {
  it('uses no glyph the kit font lacks, in any visual', () => {
    const missing = [...visuals.values()].flatMap((v) => v.scene.items.flatMap((i) => (i.t === 'text' ? missingGlyphs(i.text).map((c) => `${v.stem}: U+${c.codePointAt(0)!.toString(16)} in "${i.text}"`) : [])));
    expect(missing).toEqual([]);
  });

  it('is drawn: a known string renders differently from the same scene without it', async () => {
    const text = 'Quittez Gmail\u202f! «\u00a0œ É\u00a0» ’';
    const bare: Scene = { width: 600, height: 120, lang: 'fr', alt: text, items: [{ t: 'rect', x: 0, y: 0, w: 600, h: 120, fill: '#ffffff' }] };
    const withText: Scene = { ...bare, items: [...bare.items, { t: 'text', x: 20, y: 80, size: 48, weight: 700, fill: '#000000', anchor: 'start', text }] };
    const [a, b] = [await scenePng(withText, 600), await scenePng(bare, 600)];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    // And with ink: a string this long darkens a good share of its line, not a stray pixel or two.
    const { data } = await sharp(a).greyscale().raw().toBuffer({ resolveWithObject: true });
    const dark = data.reduce((n, v) => n + (v < 128 ? 1 : 0), 0);
    expect(dark).toBeGreaterThan(2000);
  });

  it('is drawn in every real visual: each screen image differs from its render without text', async () => {
    const screens = [...visuals.values()].filter((v) => FORMATS[v.format].kind === 'screen');
    expect(screens.length).toBeGreaterThan(0);
    for (const v of screens) {
      const width = (FORMATS[v.format] as { px: readonly [number, number] }).px[0];
      const bare = { ...v.scene, items: v.scene.items.filter((i) => i.t !== 'text') };
      expect(fs.readFileSync(file(`${v.stem}.png`)).equals(Buffer.from(await scenePng(bare, width))), v.stem).toBe(false);
    }
  });
});
