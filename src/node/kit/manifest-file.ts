/**
 * Where the built kit is, for the pages that list it and the integration that copies it. Every file carries the
 * site's address (its QR code), so each SITE + BASE has a cache folder of its own,
 * `node_modules/.cache/degmail-kit/sites/<site>/`, holding `manifest.json` and the files under `out/kit/…`: a build
 * for another address (the deploy test's sub-path build) then neither redraws nor overwrites the files of the usual
 * one while it is read. A build that skips the kit (kitEnabled(), in src/env.ts) reads an empty manifest, so its
 * pages build without a kit and link to no file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { kitEnabled, readEnv, type Env } from '../../env.ts';
import type { KitManifest } from '../../lib/kit/manifest.ts';
import { KIT_CACHE } from './fonts.ts';

export const EMPTY_MANIFEST: KitManifest = { key: '', files: [], zips: [] };

const SITES = path.join(KIT_CACHE, 'sites');
/** Cache folders kept for other addresses than the one being built (the most recently used ones). */
const OTHER_SITES_KEPT = 2;

/** The cache folder of one address, readable: "http-localhost-4321", "https-example-org-degmail". */
export function kitCacheDir(env: Pick<Env, 'site' | 'base'> = readEnv()): string {
  const slug = `${env.site}${env.base}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return path.join(SITES, slug || 'site');
}

export function manifestPath(cacheDir: string = kitCacheDir()): string {
  return path.join(cacheDir, 'manifest.json');
}

/** The folder holding `kit/`, as the site's root holds it. */
export function kitOutDir(cacheDir: string = kitCacheDir()): string {
  return path.join(cacheDir, 'out');
}

/**
 * The kit's manifest for this build: empty when the kit is skipped, and empty too when it was never made (`astro dev`
 * without `npm run kit`): `npm run build` always makes it first, and the copy step fails if it is still missing.
 */
export function readKitManifest(env: Env = readEnv(), cacheDir: string = kitCacheDir(env)): KitManifest {
  if (!kitEnabled(env)) return EMPTY_MANIFEST;
  const file = manifestPath(cacheDir);
  if (!fs.existsSync(file)) return EMPTY_MANIFEST;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as KitManifest;
}

/**
 * Marks `cacheDir` as just used and removes the folders of other addresses beyond the few most recently used (a test
 * server's random port makes a new address each run; without this they would pile up).
 */
export function forgetOldSites(cacheDir: string): void {
  if (path.dirname(path.resolve(cacheDir)) !== SITES) return;
  fs.mkdirSync(cacheDir, { recursive: true });
  const now = new Date();
  fs.utimesSync(cacheDir, now, now);
  const others = fs
    .readdirSync(SITES, { withFileTypes: true })
    .filter((e) => e.isDirectory() && path.join(SITES, e.name) !== path.resolve(cacheDir))
    .map((e) => ({ dir: path.join(SITES, e.name), used: fs.statSync(path.join(SITES, e.name)).mtimeMs }))
    .sort((a, b) => b.used - a.used);
  for (const o of others.slice(OTHER_SITES_KEPT)) fs.rmSync(o.dir, { recursive: true, force: true });
}
