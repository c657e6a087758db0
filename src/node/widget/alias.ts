/**
 * The moving alias /widget/v1/degmail.js (ALIAS_PATH): the bytes of the latest 1.x release, copied at build time.
 * It carries no integrity (its bytes change with each release): for hosts who prefer updates to pinning.
 */
import fs from 'node:fs';
import path from 'node:path';
import { latestRelease } from '../../lib/widget/versions.ts';
import { PUBLIC_DIR, readReleases } from './manifest.ts';

export function aliasBytes(major = 1, publicDir = PUBLIC_DIR): Uint8Array {
  const latest = latestRelease(readReleases(publicDir).releases, major);
  if (!latest) throw new Error(`no ${major}.x widget release in public/widget/releases.json: run npm run widget:release ${major}.0.0`);
  return fs.readFileSync(path.join(publicDir, ...latest.file.split('/')));
}
