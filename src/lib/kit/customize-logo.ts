/**
 * Checks on a group's logo before anything draws it: at most 2 MB, and really a PNG or an SVG (by its bytes, not
 * by its name or the type the system guesses), then the size it is rasterised at. The logo is untrusted: the page
 * only ever draws it as an image and passes on a PNG of its own making (src/client/kit-customize/logo.ts).
 */

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
/** The longest side of the rasterised logo: sharp on an A3 poster, where a logo is at most about 8 cm wide. */
export const LOGO_MAX_PX = 1024;

export type LogoKind = 'png' | 'svg';
export type LogoCheck = { ok: true; kind: LogoKind } | { ok: false; problem: 'type' | 'size' | 'empty' };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** What the first bytes of a file say it is (its first 1 KB is enough). */
export function sniffLogo(head: Uint8Array): LogoKind | undefined {
  if (PNG_SIGNATURE.every((b, i) => head[i] === b)) return 'png';
  // An SVG is text: a byte-order mark, an XML declaration, comments or a doctype may come before <svg.
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head).replace(/^\ufeff/, '');
  const rest = text.replace(/^(\s|<\?xml[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/i, '');
  return /^<svg[\s>]/i.test(rest) ? 'svg' : undefined;
}

export function checkLogo(file: { size: number }, head: Uint8Array): LogoCheck {
  if (file.size === 0) return { ok: false, problem: 'empty' };
  if (file.size > LOGO_MAX_BYTES) return { ok: false, problem: 'size' };
  const kind = sniffLogo(head);
  return kind ? { ok: true, kind } : { ok: false, problem: 'type' };
}

/**
 * The pixel size to rasterise a logo at: its own, made to fit LOGO_MAX_PX; an SVG that declares no size (or a
 * nonsense one) gets a square of LOGO_MAX_PX and is drawn inside it keeping its proportions.
 */
export function rasterSize(width: number, height: number, kind: LogoKind, max = LOGO_MAX_PX): { width: number; height: number } {
  if (!(width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height))) return { width: max, height: max };
  const scale = Math.min(1, max / Math.max(width, height));
  // A small SVG (32 × 32) is drawn bigger: vector art stays sharp. A small PNG would only get bigger, not sharper.
  const up = kind === 'svg' && Math.max(width, height) < max / 2 ? max / 2 / Math.max(width, height) : 1;
  const s = scale * up;
  return { width: Math.max(1, Math.round(width * s)), height: Math.max(1, Math.round(height * s)) };
}

/** "2,1 Mo" / "2.1 MB": a file size for a message, rounded up (a file just over 2 MB must not read "2 MB"). */
export function megabytes(bytes: number, intl: string, unit: string): string {
  const mb = Math.ceil((bytes / 1024 / 1024) * 10) / 10;
  return `${new Intl.NumberFormat(intl, { maximumFractionDigits: 1 }).format(mb)}\u00a0${unit}`;
}
