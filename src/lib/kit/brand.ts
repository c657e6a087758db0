/**
 * The brand mark (src/assets/brand/mark.svg: an envelope whose flap makes two cat ears) as paths in its 64-unit box,
 * and the kit's inks: the campaign palette for colour, black and greys for photocopies.
 */
import { PALETTE } from '../../brand/palette.ts';
import type { Ink } from './spec.ts';

export const MARK = {
  box: 64,
  body: 'M6 20 14 6l8 11h20l8-11 8 14v34a4 4 0 0 1-4 4H10a4 4 0 0 1-4-4z',
  paper: 'M12 24h40v26H12z',
  fold: 'm12 26 20 15 20-15',
  foldWidth: 4,
} as const;

export interface Inks {
  /** Big areas and the mark. */
  brand: string;
  /** Text on `brand`. */
  onBrand: string;
  /** The paper. */
  paper: string;
  /** Text on the paper. */
  text: string;
  muted: string;
  accent: string;
}

export function inks(ink: Ink): Inks {
  const p = PALETTE.light;
  return ink === 'colour'
    ? { brand: p.brand, onBrand: p['brand-text'], paper: p.bg, text: p.text, muted: p.muted, accent: p.accent }
    : { brand: '#000000', onBrand: '#ffffff', paper: '#ffffff', text: '#000000', muted: '#333333', accent: '#000000' };
}
