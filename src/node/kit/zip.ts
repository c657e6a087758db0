/**
 * A locale's ZIP (fflate): every file of the locale, the SVG sources among them, and the licence note, under one
 * folder. Deterministic: entries in path order, one fixed date on every entry, fixed compression levels; PNG and
 * WebP are stored as they are (deflating them again gains nothing and costs time).
 */
import { zipSync, type Zippable } from 'fflate';
import { LICENCE_NAME } from './licence.ts';

export interface ZipEntry {
  /** Path inside the locale's folder, e.g. "campaign/leave-gmail/poster-a4-colour.pdf". */
  name: string;
  data: Uint8Array;
}

/** The folder every entry sits in: unzipping gives one folder, not a heap of files. */
/**
 * ZIP entries carry a local date and time (MS-DOS format), and fflate reads them with the local-time getters: a date
 * built from local fields, when the ZIP is made, gives the same bytes in every time zone, where a UTC instant would
 * not. Noon, so that no zone's clock change can skip it.
 */
const zipDate = () => new Date(2026, 0, 1, 12, 0, 0);

export function zipFolder(lang: string): string {
  return `degmail-kit-${lang}`;
}

export function localeZip(lang: string, entries: ZipEntry[], licence: string): Uint8Array {
  const all = [...entries, { name: LICENCE_NAME, data: new TextEncoder().encode(licence) }].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const tree: Zippable = {};
  const mtime = zipDate();
  for (const e of all) {
    const stored = /\.(png|webp|jpe?g)$/i.test(e.name);
    tree[`${zipFolder(lang)}/${e.name}`] = [e.data, { level: stored ? 0 : 6, mtime }];
  }
  return zipSync(tree);
}
