/**
 * The QR code of a visual: level M with its 4-module quiet zone (qr.ts), dark on light, and never narrower than
 * 20 mm on paper, quiet zone included, so that a phone reads it at arm's length.
 */
import { qrModules, QR_MIN_MM, QR_QUIET } from '../../qr.ts';
import type { QrItem } from '../../scene.ts';
import type { Frame } from '../../formats.ts';
import type { Look } from './look.ts';

/** The side a layout wants, raised to the printed minimum on paper formats. */
export function qrSide(wanted: number, frame: Frame, print: boolean): number {
  return print ? Math.max(wanted, QR_MIN_MM * frame.unit) : wanted;
}

export function qrItem(url: string, x: number, y: number, size: number, look: Look): QrItem {
  return { t: 'qr', x, y, size, modules: qrModules(url), quiet: QR_QUIET, dark: look.qrDark, light: look.qrLight };
}
