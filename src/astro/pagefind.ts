/**
 * Builds the pagefind search index after Astro has written dist/. Pagefind makes one index per <html lang>,
 * so each locale gets its own. Only a production build has search.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'degmail:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: fileURLToPath(dir) });
          if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
          if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
