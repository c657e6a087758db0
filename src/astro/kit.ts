/**
 * Copies the visual kit into the build: `npm run kit` (run by `npm run build` before Astro) draws it into the cache,
 * and here, once Astro has written the pages, the cache's `kit/` folder and its manifest go to `<out>/kit/`. A build
 * that skips the kit (kitEnabled(), src/env.ts) copies nothing, and its pages read an empty manifest.
 */
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { kitEnabled } from '../env.ts';
import { kitOutDir, manifestPath } from '../node/kit/manifest-file.ts';
import type { KitManifest } from '../lib/kit/manifest.ts';

export function kitIntegration(): AstroIntegration {
  return {
    name: 'degmail:kit',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (!kitEnabled()) {
          logger.info('skipped (another content folder: DEGMAIL_KIT=1 makes it anyway)');
          return;
        }
        if (!fs.existsSync(manifestPath())) throw new Error('the visual kit was not made: run `npm run kit` before `astro build` (`npm run build` does)');
        const manifest = JSON.parse(fs.readFileSync(manifestPath(), 'utf8')) as KitManifest;
        const out = fileURLToPath(dir);
        const from = kitOutDir();
        // Checked before copying, so a half-made kit fails the build rather than ship links to missing files.
        const missing = [...manifest.files.flatMap((f) => [f.path, f.thumb.path]), ...manifest.zips.map((z) => z.path)].filter((p) => !fs.existsSync(path.join(from, p)));
        if (missing.length) throw new Error(`the kit's manifest lists files the cache lacks (run \`npm run kit\`): ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? '…' : ''}`);
        fs.cpSync(path.join(from, 'kit'), path.join(out, 'kit'), { recursive: true });
        fs.copyFileSync(manifestPath(), path.join(out, 'kit', 'manifest.json'));
        const bytes = manifest.files.reduce((n, f) => n + f.bytes, 0) + manifest.zips.reduce((n, z) => n + z.bytes, 0);
        logger.info(`copied ${manifest.files.length} files and ${manifest.zips.length} ZIPs (${(bytes / 1e6).toFixed(1)} MB)`);
      },
    },
  };
}
