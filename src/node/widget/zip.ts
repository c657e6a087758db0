/**
 * A release's self-host ZIP (fflate): the script, the README and the licence note under one folder. Deterministic
 * (entries in name order, one fixed date, one compression level), so the same release gives the same bytes.
 */
import { zipSync, type Zippable } from 'fflate';
import type { WidgetRelease } from '../../lib/widget/contract.ts';
import { LICENCE_NAME, README_NAME, licenceText, selfHostReadme } from './readme.ts';

/**
 * ZIP dates are local date and time fields, read by fflate with the local getters: a date built from local fields
 * gives the same bytes in every time zone. Noon, so that no clock change skips it.
 */
const zipDate = () => new Date(2026, 0, 1, 12, 0, 0);

export function zipFolder(version: string): string {
  return `degmail-widget-${version}`;
}

export function selfHostZip(script: Uint8Array, r: Pick<WidgetRelease, 'version' | 'date' | 'hardEnd' | 'integrity'>): Uint8Array {
  const text = (s: string) => new TextEncoder().encode(s);
  const files: [string, Uint8Array][] = [
    ['degmail.js', script],
    [LICENCE_NAME, text(licenceText(r.version))],
    [README_NAME, text(selfHostReadme(r))],
  ];
  const tree: Zippable = {};
  const mtime = zipDate();
  for (const [name, data] of files.sort(([a], [b]) => (a < b ? -1 : 1))) tree[`${zipFolder(r.version)}/${name}`] = [data, { level: 9, mtime }];
  return zipSync(tree);
}
