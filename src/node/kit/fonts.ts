/**
 * The kit's font: Inter (SIL OFL 1.1) from the `inter-ui` package, Regular and Bold. That package ships WOFF2 only,
 * and resvg silently draws no text from WOFF2, so the files are decompressed to TTF (wawoff2) into the kit cache.
 * The same TTF files feed the metrics (metrics.json, for wrapping text), resvg and the PDF embedding.
 */
import fs from 'node:fs';
import path from 'node:path';
import { decompress } from 'wawoff2';
import { ROOT } from '../paths.ts';
import type { Weight } from '../../lib/kit/scene.ts';

export const KIT_CACHE = path.join(ROOT, 'node_modules/.cache/degmail-kit');
const SOURCES: Record<Weight, string> = {
  400: path.join(ROOT, 'node_modules/inter-ui/web/Inter-Regular.woff2'),
  700: path.join(ROOT, 'node_modules/inter-ui/web/Inter-Bold.woff2'),
};

/** The WOFF2 source of a weight (the customiser's subset is made from it). */
export function kitFontSource(weight: Weight): string {
  return SOURCES[weight];
}

/** Paths of the TTF files, decompressed once and kept in the cache. */
export async function kitFontFiles(): Promise<Record<Weight, string>> {
  const dir = path.join(KIT_CACHE, 'fonts');
  fs.mkdirSync(dir, { recursive: true });
  const out = {} as Record<Weight, string>;
  for (const weight of [400, 700] as const) {
    const file = path.join(dir, `Inter-${weight}.ttf`);
    if (!fs.existsSync(file)) {
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, Buffer.from(await decompress(fs.readFileSync(SOURCES[weight]))));
      fs.renameSync(tmp, file);
    }
    out[weight] = file;
  }
  return out;
}
