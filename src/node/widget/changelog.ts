/**
 * The widget's changelog, public/widget/CHANGELOG.md, written by hand: one "## X.Y.Z (YYYY-MM-DD)" section per
 * release, newest first. A release needs its section first, so that no version ships unexplained.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PUBLIC_DIR } from './manifest.ts';

/** Under the site's root (and under public/). */
export const CHANGELOG_PATH = 'widget/CHANGELOG.md';

export function changelogHas(version: string, publicDir = PUBLIC_DIR): boolean {
  const file = path.join(publicDir, ...CHANGELOG_PATH.split('/'));
  if (!fs.existsSync(file)) return false;
  const heading = new RegExp(`^## ${version.replace(/\./g, '\\.')}(\\s|$)`, 'm');
  return heading.test(fs.readFileSync(file, 'utf8'));
}
