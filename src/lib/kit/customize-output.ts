/**
 * What the customiser's downloads are: a PNG at the format's own pixel size (screen) or at 300 dpi of the trimmed
 * page (print: a PNG is for screens and home printers, which cannot print to the edge, so it leaves the bleed out),
 * a PDF with bleed for print formats only, and their file names.
 */
import { FORMATS, MM, type FormatId } from './formats.ts';
import type { CampaignSpec } from './spec.ts';

export const PRINT_DPI = 300;

/** The PNG's size in pixels. */
export function pngSize(format: FormatId): { width: number; height: number } {
  const f = FORMATS[format];
  if (f.kind === 'screen') return { width: f.px[0], height: f.px[1] };
  const px = (mm: number) => Math.round((mm / 25.4) * PRINT_DPI);
  return { width: px(f.trimMm[0]), height: px(f.trimMm[1]) };
}

/** Pixels per drawing unit when the scene is drawn at pngSize (points for print, pixels for screen). */
export function pngScale(format: FormatId): number {
  const f = FORMATS[format];
  return f.kind === 'screen' ? 1 : pngSize(format).width / (f.trimMm[0] * MM);
}

export function hasPdf(format: FormatId): boolean {
  return FORMATS[format].kind === 'print';
}

/** "degmail-leave-gmail-poster-a4-mono.pdf": the message, the format and, for print, the ink. */
export function fileName(spec: Pick<CampaignSpec, 'message' | 'format' | 'ink'>, ext: 'png' | 'pdf'): string {
  const ink = FORMATS[spec.format].kind === 'print' ? `-${spec.ink}` : '';
  const id = spec.message.id.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'message';
  return `degmail-${id}-${spec.format}${ink}.${ext}`;
}
