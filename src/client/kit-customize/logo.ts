/**
 * A group's logo, untrusted: read locally (never uploaded), checked by its bytes, then drawn only through an <img>
 * from a blob: URL onto a canvas. An SVG drawn as an image runs no script and loads nothing; its markup never enters
 * the page. What comes out is a PNG of our own making (a data: URL for the scene, its bytes for the PDF).
 */
import { checkLogo, rasterSize, type LogoCheck } from '../../lib/kit/customize-logo.ts';
import type { GroupInfo } from '../../lib/kit/spec.ts';
import { dataUrl } from './fonts.ts';
import { loadImage } from './raster.ts';

export interface Logo extends NonNullable<GroupInfo['logo']> {
  /** The PNG's bytes (the href's content), for the PDF. */
  bytes: Uint8Array;
}

/** `html`: an SVG with HTML inside (foreignObject), which browsers refuse to turn into a PNG. */
export type LogoResult = { ok: true; logo: Logo } | { ok: false; problem: Extract<LogoCheck, { ok: false }>['problem'] | 'read' | 'html' };

export async function readLogo(file: File): Promise<LogoResult> {
  const head = new Uint8Array(await file.slice(0, 1024).arrayBuffer());
  const check = checkLogo(file, head);
  if (!check.ok) return check;
  // The type is ours, from the bytes: an SVG only draws as an image with its own type, whatever the file claimed.
  const blob = new Blob([file], { type: check.kind === 'svg' ? 'image/svg+xml' : 'image/png' });
  const url = URL.createObjectURL(blob);
  try {
    const img = await loadImage(url);
    const size = rasterSize(img.naturalWidth, img.naturalHeight, check.kind);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return { ok: false, problem: 'read' };
    ctx.drawImage(img, 0, 0, size.width, size.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) return { ok: false, problem: 'read' };
    const bytes = new Uint8Array(await png.arrayBuffer());
    return { ok: true, logo: { href: await dataUrl(bytes, 'image/png'), width: size.width, height: size.height, bytes } };
  } catch (e) {
    return { ok: false, problem: e instanceof DOMException && e.name === 'SecurityError' ? 'html' : 'read' };
  } finally {
    URL.revokeObjectURL(url);
  }
}
