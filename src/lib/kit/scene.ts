/**
 * What a kit template returns: a flat list of shapes in drawing units, top-left origin. The same scene becomes SVG
 * (previews, PNG through resvg or a canvas) and a vector PDF (pdf.ts), so a poster is drawn once.
 */

export type Weight = 400 | 700;

export interface RectItem {
  t: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
  /** Corner radius. */
  r?: number;
}

/** One line of live text; `y` is its baseline. Wrapping is done before (layout.ts), with the font's own metrics. */
export interface TextItem {
  t: 'text';
  x: number;
  y: number;
  size: number;
  weight: Weight;
  fill: string;
  anchor: 'start' | 'middle' | 'end';
  text: string;
}

/** An SVG path (the brand mark), drawn at (x, y) and scaled. */
export interface PathItem {
  t: 'path';
  d: string;
  x: number;
  y: number;
  scale: number;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
}

/** A QR code: dark modules on a light square that already includes the quiet zone. */
export interface QrItem {
  t: 'qr';
  x: number;
  y: number;
  /** Side of the whole square, quiet zone included. */
  size: number;
  modules: boolean[][];
  /** Quiet zone, in modules, on every side. */
  quiet: number;
  dark: string;
  light: string;
}

/** A raster image (a group's logo), given as a data: or blob: URL; never inserted as markup. */
export interface ImageItem {
  t: 'image';
  x: number;
  y: number;
  w: number;
  h: number;
  href: string;
}

export type Item = RectItem | TextItem | PathItem | QrItem | ImageItem;

export interface Scene {
  width: number;
  height: number;
  /** Language of the text, for the SVG's xml:lang and the PDF's /Lang. */
  lang: string;
  /** A plain-text description of the picture (alt text, the customiser's summary). */
  alt: string;
  items: Item[];
}
