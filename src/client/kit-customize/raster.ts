/**
 * Drawing a scene in the browser: as SVG (with the kit font embedded) shown or drawn by an <img> from a blob: URL,
 * then onto a <canvas> for a PNG. Print formats are shown and rasterised at their trimmed size: the bleed is for the
 * printer's cutter, and a screen or a home printer would only show it as a strange border.
 */
import { sceneToSvg } from '../../lib/kit/svg.ts';
import type { Scene } from '../../lib/kit/scene.ts';
import type { Frame } from '../../lib/kit/formats.ts';

const n = (v: number) => String(Math.round(v * 1000) / 1000);

/** The scene as an SVG of `pixelWidth`, cut to the trimmed page (the scene nested in an SVG whose viewBox is the trim). */
export function trimmedSvg(scene: Scene, trim: Frame['trim'], fontCss: string, pixelWidth: number): string {
  const inner = sceneToSvg(scene, { fontCss });
  const h = (pixelWidth * trim.height) / trim.width;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${n(pixelWidth)}" height="${n(h)}" viewBox="${n(trim.x)} ${n(trim.y)} ${n(trim.width)} ${n(trim.height)}">${inner}</svg>`;
}

/** Loads an image from a URL and waits until it can be drawn. */
export async function loadImage(url: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.decoding = 'async';
  img.src = url;
  await img.decode();
  return img;
}

/** A blob: URL of an SVG text; the caller revokes it. */
export function svgUrl(svg: string): string {
  return URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
}

function toBlob(canvas: HTMLCanvasElement, type: string): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no image'))), type));
}

/** Rasterises an SVG text to a PNG of exactly `width` × `height` pixels. */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const url = svgUrl(svg);
  try {
    const img = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(img, 0, 0, width, height);
    return await toBlob(canvas, 'image/png');
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers a Blob as a file to save, from a link the page clicks; the URL is revoked once the browser has it. */
export function saveFile(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}
