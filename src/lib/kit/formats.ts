/**
 * The kit's formats: print (sizes in mm, drawn in points with 3 mm of bleed on every side and a 5 mm safe zone
 * inside the trim) and screen (sizes in pixels). One table for the build, the kit page and the customiser.
 */

export const MM = 72 / 25.4;
export const BLEED_MM = 3;
export const SAFE_MM = 5;

export interface PrintFormat {
  kind: 'print';
  /** Trimmed size in millimetres, width × height. */
  trimMm: readonly [number, number];
}
export interface ScreenFormat {
  kind: 'screen';
  /** Size in pixels, width × height. */
  px: readonly [number, number];
}
export type Format = PrintFormat | ScreenFormat;

export const FORMATS = {
  'poster-a4': { kind: 'print', trimMm: [210, 297] },
  'poster-a3': { kind: 'print', trimMm: [297, 420] },
  'flyer-a6': { kind: 'print', trimMm: [105, 148] },
  'card-front': { kind: 'print', trimMm: [85, 55] },
  'card-back': { kind: 'print', trimMm: [85, 55] },
  og: { kind: 'screen', px: [1200, 630] },
  square: { kind: 'screen', px: [1080, 1080] },
  portrait: { kind: 'screen', px: [1080, 1350] },
  story: { kind: 'screen', px: [1080, 1920] },
  banner: { kind: 'screen', px: [1500, 500] },
} as const satisfies Record<string, Format>;

export type FormatId = keyof typeof FORMATS;
export const FORMAT_IDS = Object.keys(FORMATS) as FormatId[];
export const PRINT_IDS = FORMAT_IDS.filter((id) => FORMATS[id].kind === 'print');
export const SCREEN_IDS = FORMAT_IDS.filter((id) => FORMATS[id].kind === 'screen');

/** The drawing area of a format, in its units (points for print, bleed included; pixels for screen). */
export interface Frame {
  width: number;
  height: number;
  /** Where the trimmed page starts and ends (print); the whole image for screen. */
  trim: { x: number; y: number; width: number; height: number };
  /** Inside the trim by the safe margin: text and QR codes stay in here. */
  safe: { x: number; y: number; width: number; height: number };
  /** One millimetre in drawing units (print), or the pixel size of 1 mm at 96 dpi equivalent scale for screen. */
  unit: number;
}

export function frameOf(id: FormatId): Frame {
  const f: Format = FORMATS[id];
  if (f.kind === 'print') {
    const [w, h] = f.trimMm;
    const bleed = BLEED_MM * MM;
    const safe = (BLEED_MM + SAFE_MM) * MM;
    return {
      width: (w + 2 * BLEED_MM) * MM,
      height: (h + 2 * BLEED_MM) * MM,
      trim: { x: bleed, y: bleed, width: w * MM, height: h * MM },
      safe: { x: safe, y: safe, width: (w - 2 * SAFE_MM) * MM, height: (h - 2 * SAFE_MM) * MM },
      unit: MM,
    };
  }
  const [w, h] = f.px;
  // Screen images keep a margin of 5 % of the short side, as a safe zone for crops by the apps that show them.
  const m = Math.round(Math.min(w, h) * 0.05);
  return { width: w, height: h, trim: { x: 0, y: 0, width: w, height: h }, safe: { x: m, y: m, width: w - 2 * m, height: h - 2 * m }, unit: Math.min(w, h) / 100 };
}
