/**
 * The committed release manifest, public/widget/releases.json (RELEASES_PATH): every release's version, file,
 * integrity, date, hard end and ZIP, oldest first. Only `npm run widget:release` writes it, one entry at a time.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { RELEASES_PATH, type WidgetReleases } from '../../lib/widget/contract.ts';
import { compareVersions } from '../../lib/widget/versions.ts';
import { ROOT } from '../paths.ts';

/** The folder whose files are copied into the site as they are. */
export const PUBLIC_DIR = path.join(ROOT, 'public');

export function releasesFile(publicDir = PUBLIC_DIR): string {
  return path.join(publicDir, ...RELEASES_PATH.split('/'));
}

export function readReleases(publicDir = PUBLIC_DIR): WidgetReleases {
  const file = releasesFile(publicDir);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as WidgetReleases) : { releases: [] };
}

export function writeReleases(manifest: WidgetReleases, publicDir = PUBLIC_DIR): void {
  const releases = [...manifest.releases].sort((a, b) => compareVersions(a.version, b.version));
  fs.mkdirSync(path.dirname(releasesFile(publicDir)), { recursive: true });
  fs.writeFileSync(releasesFile(publicDir), `${JSON.stringify({ releases }, null, 2)}\n`);
}

/** Subresource Integrity of some bytes, as a host writes it in integrity="…". */
export function integrityOf(bytes: Uint8Array): string {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Where a release's files go, under the site's root (and under public/). */
export function releasePaths(version: string): { dir: string; file: string; zip: string } {
  const dir = `widget/v${version}`;
  return { dir, file: `${dir}/degmail.js`, zip: `${dir}/degmail-widget-${version}.zip` };
}
