/**
 * The copy of the sub-path build that the three servers serve, and the widget files whose headers they check: the
 * moving alias and the latest committed release, with the integrity its manifest records.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ALIAS_PATH } from '../../../src/lib/widget/contract.ts';
import { latestRelease } from '../../../src/lib/widget/versions.ts';
import { readReleases } from '../../../src/node/widget/manifest.ts';

const release = latestRelease(readReleases().releases);
if (!release) throw new Error('no widget release in public/widget/releases.json: run npm run widget:release X.Y.Z');

/** The widget's files, by path under BASE, and the release's Subresource Integrity. */
export const WIDGET = { alias: ALIAS_PATH, release: release.file, integrity: release.integrity };

/** Copies `dist` to `www/<base>/`. Returns the folder the site lives in. */
export function servedCopy(dist: string, www: string, base: string): string {
  const site = path.join(www, base.replaceAll('/', ''));
  fs.cpSync(dist, site, { recursive: true });
  return site;
}
