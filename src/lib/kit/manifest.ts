/**
 * The list of what the kit build made, which the kit page, the offer pages and the tests read: one entry per file,
 * with its size and preview. Written by src/node/kit/ (node_modules/.cache/degmail-kit/manifest.json) and copied
 * with the files into the build under /kit/.
 */
import type { FormatId } from './formats.ts';
import type { Ink } from './spec.ts';

export interface KitFile {
  /** Path under the site's root (BASE not included), e.g. "kit/fr/campaign/leave-gmail/poster-a4-colour.pdf". */
  path: string;
  lang: string;
  /** A campaign message's visual, or an offer's. */
  group: 'campaign' | 'offer';
  /** The message's id (campaign) or the offer's id (offer). */
  subject: string;
  format: FormatId;
  /** Screen images are always `colour`. */
  ink: Ink;
  type: 'pdf' | 'png' | 'svg';
  bytes: number;
  /** A small WebP preview of the file, under the site's root. */
  thumb: { path: string; width: number; height: number };
  /** What the file shows, for the preview's alt text. */
  alt: string;
}

export interface KitZip {
  lang: string;
  /** Under the site's root, e.g. "kit/degmail-kit-fr.zip". */
  path: string;
  bytes: number;
}

export interface KitManifest {
  /** Hash of every input (content, templates, font, SITE and BASE): equal hashes, identical files. */
  key: string;
  files: KitFile[];
  zips: KitZip[];
}
