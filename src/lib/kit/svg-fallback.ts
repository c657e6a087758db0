/**
 * A scene as an SVG file for an <img> on someone else's site. sceneToSvg names only the kit font, "Inter": resvg
 * gets its files at build time, but an SVG shown as an image may load nothing (no font, no stylesheet), so on a
 * machine without Inter the browser would pick any default, often a serif. Here the same drawing names a generic
 * fallback after Inter: the text stays live text (translatable, selectable in the source), drawn in Inter where it
 * is installed and in the system's sans-serif elsewhere. Templates for such images leave room for a wider font.
 */
import { KIT_FONT_FAMILY, sceneToSvg } from './svg.ts';
import type { Scene } from './scene.ts';

export const WEB_FONT_FAMILY = `${KIT_FONT_FAMILY}, system-ui, sans-serif`;

export function sceneToImageSvg(scene: Scene): string {
  const svg = sceneToSvg(scene);
  const kitFont = ` font-family="${KIT_FONT_FAMILY}"`;
  // The root element carries the only font-family (text items inherit it); fail loudly if svg.ts ever changes that.
  if (svg.indexOf(kitFont) === -1 || svg.indexOf(kitFont) > svg.indexOf('>')) throw new Error('sceneToImageSvg: the root <svg> no longer sets the font family');
  return svg.replace(kitFont, ` font-family="${WEB_FONT_FAMILY}"`);
}
