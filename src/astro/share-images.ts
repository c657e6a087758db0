/**
 * Draws every page's share image after Astro has written the pages (src/node/kit/share-images.ts reads them back).
 * Builds of another content folder skip it, like the kit, unless DEGMAIL_KIT=1: their pages then declare no image.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { kitEnabled, normaliseBase, readEnv } from '../env.ts';
import { writeShareImages } from '../node/kit/share-images.ts';

export function shareImagesIntegration(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'degmail:share-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!kitEnabled()) {
          logger.info(readEnv().kit === '0' ? 'skipped (DEGMAIL_KIT=0)' : 'skipped (another content folder: DEGMAIL_KIT=1 draws them anyway)');
          return;
        }
        const started = Date.now();
        const r = await writeShareImages({ outDir: fileURLToPath(dir), site, base, log: (line) => logger.info(line) });
        logger.info(`${r.total} share images, ${r.drawn} drawn, ${r.cached} from the cache, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
