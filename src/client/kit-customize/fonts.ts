/**
 * The kit font in the browser: fetched from our origin the first time something is drawn (never before the script
 * needs it), then kept. The SVG preview gets it as data: URLs in @font-face rules, because an SVG drawn as an
 * image may load nothing from outside itself; the PDF gets the same bytes.
 */
import { KIT_FONT_FAMILY } from '../../lib/kit/svg.ts';
import type { Weight } from '../../lib/kit/scene.ts';

export interface KitFonts {
  /** @font-face rules for sceneToSvg's `fontCss`. */
  css: string;
  bytes: Record<Weight, Uint8Array>;
}

let loading: Promise<KitFonts> | undefined;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

export function dataUrl(bytes: Uint8Array, type: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsDataURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  });
}

async function load(urls: Record<Weight, string>): Promise<KitFonts> {
  const [b400, b700] = await Promise.all([fetchBytes(urls[400]), fetchBytes(urls[700])]);
  const bytes = { 400: b400, 700: b700 };
  const rules = await Promise.all(
    ([400, 700] as const).map(async (w) => `@font-face{font-family:"${KIT_FONT_FAMILY}";font-weight:${w};src:url(${await dataUrl(bytes[w], 'font/ttf')}) format("truetype")}`),
  );
  return { css: rules.join(''), bytes };
}

/** The kit font, loaded once; a failed load is tried again next time. */
export function kitFonts(urls: Record<Weight, string>): Promise<KitFonts> {
  loading ??= load(urls).catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}
