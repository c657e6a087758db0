/**
 * QR codes for the kit: error correction M (a poster may get a scratch or a fold), and a quiet zone of 4 modules
 * that the scene draws itself. `uqr` is pure JavaScript, so the build and the customiser share it.
 */
import { encode } from 'uqr';

export const QR_QUIET = 4;
/** The narrowest a printed QR code may be, in millimetres, quiet zone included. */
export const QR_MIN_MM = 20;

/** The QR code's modules (true = dark), without a border. Throws on text too long for a QR code. */
export function qrModules(text: string): boolean[][] {
  return encode(text, { ecc: 'M', border: 0 }).data;
}
