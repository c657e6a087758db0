/**
 * `npm run widget:release X.Y.Z`: bundles src/widget/ once, with the version and the hard end (release date + 2
 * years) baked in, and writes public/widget/vX.Y.Z/degmail.js, its self-host ZIP and its line in releases.json.
 * Released bytes are never rebuilt: an existing version is refused, and a test checks every file against its hash.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { WidgetRelease } from '../../lib/widget/contract.ts';
import { hardEndOf, isIsoDate } from '../../lib/widget/dates.ts';
import { isVersion } from '../../lib/widget/versions.ts';
import { bundleWidget } from './bundle.ts';
import { changelogHas, CHANGELOG_PATH } from './changelog.ts';
import { integrityOf, PUBLIC_DIR, readReleases, releasePaths, writeReleases } from './manifest.ts';
import { brotliSize, WIDGET_BUDGET } from './size.ts';
import { selfHostZip } from './zip.ts';

export interface ReleaseOptions {
  /** The release day, YYYY-MM-DD (DEGMAIL_TODAY or the clock). */
  date: string;
  publicDir?: string;
}

export interface ReleaseResult {
  release: WidgetRelease;
  /** The script's brotli size, against WIDGET_BUDGET. */
  brotli: number;
}

export async function releaseWidget(version: string, { date, publicDir = PUBLIC_DIR }: ReleaseOptions): Promise<ReleaseResult> {
  if (!isVersion(version)) throw new Error(`expected a version X.Y.Z (e.g. 1.0.1), got ${JSON.stringify(version)}`);
  if (!isIsoDate(date)) throw new Error(`expected the release day YYYY-MM-DD, got ${JSON.stringify(date)}`);
  const manifest = readReleases(publicDir);
  const paths = releasePaths(version);
  const dir = path.join(publicDir, ...paths.dir.split('/'));
  if (manifest.releases.some((r) => r.version === version) || fs.existsSync(dir)) {
    throw new Error(`version ${version} is already released (${paths.dir}/): released files never change, choose a new version`);
  }
  if (!changelogHas(version, publicDir)) throw new Error(`${CHANGELOG_PATH} has no "## ${version}" section: write what changed first`);
  const hardEnd = hardEndOf(date);
  const script = await bundleWidget({ version, hardEnd });
  const brotli = brotliSize(script);
  if (brotli > WIDGET_BUDGET) throw new Error(`the script is ${brotli} B brotli, over its ${WIDGET_BUDGET} B budget: nothing written`);
  const integrity = integrityOf(script);
  const release: WidgetRelease = { version, file: paths.file, integrity, date, hardEnd, zip: paths.zip };
  const zip = selfHostZip(script, release);
  // Without `recursive`, mkdir fails if the folder appeared meanwhile; `wx` never overwrites a file.
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(publicDir, ...paths.file.split('/')), script, { flag: 'wx' });
  fs.writeFileSync(path.join(publicDir, ...paths.zip.split('/')), zip, { flag: 'wx' });
  writeReleases({ releases: [...manifest.releases, release] }, publicDir);
  return { release, brotli };
}
