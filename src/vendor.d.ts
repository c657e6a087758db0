/** Declarations for the few untyped packages the build and tests use. */

declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    noLayoutClosure?: boolean;
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
  }
  /** Keeps only the glyphs of `text` in `font` (TrueType, OpenType or WOFF/WOFF2). */
  export default function subsetFont(font: Uint8Array, text: string, options?: SubsetOptions): Promise<Buffer>;
}

declare module 'wawoff2' {
  /** WOFF2 to TrueType/OpenType. */
  export function decompress(woff2: Uint8Array): Promise<Uint8Array>;
  /** TrueType/OpenType to WOFF2. */
  export function compress(sfnt: Uint8Array): Promise<Uint8Array>;
  const wawoff2: { decompress: typeof decompress; compress: typeof compress };
  export default wawoff2;
}
