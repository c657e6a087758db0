/**
 * The colours of a kit visual and the shapes that carry them. Colour: the brand green over the whole bleed, with a
 * paper band for the QR code, the call to action and a group's logo. Mono (photocopies): black on white only, with
 * no large solid area (a copier smears them), so the band is white and set off by a thin rule.
 */
import { inks } from '../../brand.ts';
import type { Item } from '../../scene.ts';
import type { Ink } from '../../spec.ts';

export interface Look {
  ink: Ink;
  /** The whole picture, bleed included. */
  ground: string;
  /** Text, the mark and the wordmark on the ground. */
  onGround: string;
  /** The band. */
  band: string;
  /** Text on the band. */
  onBand: string;
  /** The address beside a QR code, on the band. */
  strong: string;
  /** Small print on the band. */
  muted: string;
  /** The bullets of a list on the band: the palette's rust accent. */
  accent: string;
  /** A QR code's light modules and quiet zone. */
  qrLight: string;
  qrDark: string;
}

export function lookOf(ink: Ink): Look {
  const c = inks(ink);
  return ink === 'colour'
    ? { ink, ground: c.brand, onGround: c.onBrand, band: c.paper, onBand: c.text, strong: c.brand, muted: c.muted, accent: c.accent, qrLight: c.paper, qrDark: c.text }
    : { ink, ground: '#ffffff', onGround: '#000000', band: '#ffffff', onBand: '#000000', strong: '#000000', muted: '#000000', accent: '#000000', qrLight: '#ffffff', qrDark: '#000000' };
}

/** A whole-bleed rectangle of the ground colour. */
export function ground(look: Look, width: number, height: number): Item {
  return { t: 'rect', x: 0, y: 0, w: width, h: height, fill: look.ground };
}

/**
 * The paper band: in colour a filled area running to the bleed on its open sides; in mono, a rule of `rule` along
 * its edge that faces the rest of the picture (its top, or its left side for a band on the right).
 */
export function band(look: Look, r: { x: number; y: number; w: number; h: number }, edge: 'top' | 'left', rule: number): Item[] {
  if (look.ink === 'colour') return [{ t: 'rect', ...r, fill: look.band }];
  return edge === 'top'
    ? [{ t: 'rect', x: r.x, y: r.y, w: r.w, h: rule, fill: look.onBand }]
    : [{ t: 'rect', x: r.x, y: r.y, w: rule, h: r.h, fill: look.onBand }];
}

/**
 * A tile behind a logo placed on the ground: logos are drawn for white paper, so in colour they get a paper tile
 * with rounded corners; in mono the ground is already white.
 */
export function tile(look: Look, r: { x: number; y: number; w: number; h: number }, radius: number): Item[] {
  return look.ink === 'colour' ? [{ t: 'rect', ...r, r: radius, fill: look.band }] : [];
}
