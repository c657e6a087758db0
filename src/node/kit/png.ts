/**
 * A scene's SVG as PNG with resvg, at build time: system fonts off, the kit's TTF files given explicitly (resvg
 * draws no text from WOFF2, and says nothing), then recompressed by sharp.
 */
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { sceneToSvg } from '../../lib/kit/svg.ts';
import type { Scene } from '../../lib/kit/scene.ts';
import { kitFontFiles } from './fonts.ts';

/** PNG bytes of the scene, `width` pixels wide (the height follows the scene's proportions). */
export async function scenePng(scene: Scene, width: number): Promise<Buffer> {
  const files = await kitFontFiles();
  const svg = sceneToSvg(scene);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: false, fontFiles: [files[400], files[700]], defaultFontFamily: 'Inter' },
    background: 'rgba(255,255,255,0)',
  });
  const raw = resvg.render().asPng();
  return sharp(raw).png({ compressionLevel: 9, palette: false }).toBuffer();
}
