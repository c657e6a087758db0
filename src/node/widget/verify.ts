/**
 * Everything wrong with the committed releases: each file listed in releases.json must exist with the bytes its
 * integrity names, its ZIP must hold those same bytes, its hard end must be its date plus two years, and nothing
 * unlisted may sit among the releases. Released files never change: this is the check that says so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { hardEndOf, isIsoDate } from '../../lib/widget/dates.ts';
import { isVersion } from '../../lib/widget/versions.ts';
import { changelogHas } from './changelog.ts';
import { integrityOf, PUBLIC_DIR, readReleases, releasePaths } from './manifest.ts';
import { zipFolder } from './zip.ts';

export function releaseProblems(publicDir = PUBLIC_DIR): string[] {
  const bad: string[] = [];
  const { releases } = readReleases(publicDir);
  const file = (rel: string) => path.join(publicDir, ...rel.split('/'));
  for (const r of releases) {
    const at = `release ${r.version}`;
    if (!isVersion(r.version)) bad.push(`${at}: not a version X.Y.Z`);
    const want = releasePaths(r.version);
    if (r.file !== want.file || r.zip !== want.zip) bad.push(`${at}: files should be ${want.file} and ${want.zip}`);
    if (!isIsoDate(r.date) || r.hardEnd !== hardEndOf(r.date)) bad.push(`${at}: hard end ${r.hardEnd} is not its date ${r.date} plus two years`);
    if (!changelogHas(r.version, publicDir)) bad.push(`${at}: no section in the changelog`);
    if (!fs.existsSync(file(r.file))) {
      bad.push(`${at}: ${r.file} is missing`);
      continue;
    }
    const bytes = fs.readFileSync(file(r.file));
    if (integrityOf(bytes) !== r.integrity) bad.push(`${at}: ${r.file} changed (its integrity is no longer ${r.integrity}): released files never change, release a new version`);
    if (!fs.existsSync(file(r.zip))) {
      bad.push(`${at}: ${r.zip} is missing`);
      continue;
    }
    const inZip = unzipSync(fs.readFileSync(file(r.zip)))[`${zipFolder(r.version)}/degmail.js`];
    if (!inZip || Buffer.compare(Buffer.from(inZip), bytes) !== 0) bad.push(`${at}: ${r.zip} does not hold the released script`);
  }
  const widgetDir = file('widget');
  const listed = new Set(releases.map((r) => releasePaths(r.version).dir.split('/')[1]));
  if (fs.existsSync(widgetDir)) {
    for (const d of fs.readdirSync(widgetDir)) {
      if (/^v\d+\.\d+\.\d+$/.test(d) && !listed.has(d)) bad.push(`widget/${d}/ is not in releases.json: release with npm run widget:release`);
    }
  }
  return bad;
}
