/**
 * The print PDF, made in the browser: pdf-lib and fontkit are loaded only now, when someone asks for a PDF (they
 * weigh more than the rest of the page together). The scene is the preview's; the logo goes in as our own PNG.
 */
import { frameOf } from '../../lib/kit/formats.ts';
import type { CampaignSpec } from '../../lib/kit/spec.ts';
import type { Scene } from '../../lib/kit/scene.ts';
import type { KitFonts } from './fonts.ts';
import type { Logo } from './logo.ts';

export async function makePdf(spec: CampaignSpec, scene: Scene, fonts: KitFonts, logo: Logo | undefined, title: string): Promise<Blob> {
  const { sceneToPdf } = await import('../../lib/kit/pdf.ts');
  const images = new Map<string, Uint8Array>(logo ? [[logo.href, logo.bytes]] : []);
  const bytes = await sceneToPdf(scene, { fonts: fonts.bytes, trim: frameOf(spec.format).trim, title, images });
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}
