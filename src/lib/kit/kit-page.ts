/**
 * The kit's files as the kit page and the offer pages show them: per subject (a campaign message, an offer), one
 * preview per format with its downloads, colour first, then black and white. Built from the manifest alone, so a
 * page lists exactly the files the build made, and nothing when the kit was skipped.
 */
import { FORMAT_IDS, FORMATS, type FormatId } from './formats.ts';
import type { KitFile, KitManifest, KitZip } from './manifest.ts';

/** One format of one subject: its preview, and the files to download (the print PDF or the PNG, per ink). */
export interface KitVisual {
  format: FormatId;
  /** The colour file's preview and description (the one shown). */
  thumb: KitFile['thumb'];
  alt: string;
  /** PDF or PNG files, colour first. The editable SVG sources are in the ZIP. */
  downloads: KitFile[];
}

export interface KitSubject {
  subject: string;
  /** Print formats (PDF, with bleed), in the format table's order. */
  print: KitVisual[];
  /** Screen formats (PNG). */
  screen: KitVisual[];
}

const inkOrder = (f: KitFile) => (f.ink === 'colour' ? 0 : 1);

/** The visuals of one locale and group, per subject in the manifest's order (the content's), formats in table order. */
export function kitSubjects(manifest: KitManifest, lang: string, group: KitFile['group']): KitSubject[] {
  const files = manifest.files.filter((f) => f.lang === lang && f.group === group && f.type !== 'svg');
  const subjects = [...new Set(files.map((f) => f.subject))];
  return subjects.map((subject) => {
    const visuals = FORMAT_IDS.flatMap((format): KitVisual[] => {
      const downloads = files.filter((f) => f.subject === subject && f.format === format).sort((a, b) => inkOrder(a) - inkOrder(b));
      const shown = downloads[0];
      return shown ? [{ format, thumb: shown.thumb, alt: shown.alt, downloads }] : [];
    });
    return {
      subject,
      print: visuals.filter((v) => FORMATS[v.format].kind === 'print'),
      screen: visuals.filter((v) => FORMATS[v.format].kind === 'screen'),
    };
  });
}

/** One offer's visuals in one locale, or null when it has none (offers outside CHATONS, or no kit in this build). */
export function offerKit(manifest: KitManifest, lang: string, offerId: string): KitSubject | null {
  return kitSubjects(manifest, lang, 'offer').find((s) => s.subject === offerId) ?? null;
}

export function localeZip(manifest: KitManifest, lang: string): KitZip | null {
  return manifest.zips.find((z) => z.lang === lang) ?? null;
}

/** The file type as people name it: "PDF", "PNG". */
export function typeLabel(f: Pick<KitFile, 'type'>): string {
  return f.type.toUpperCase();
}

/**
 * A file size in the locale's words, in SI units (1 kB = 1,000 bytes, as file managers show them): whole kilobytes
 * under a megabyte (at least 1), megabytes with one decimal above. `units` holds the translated "{{n}} kB" and
 * "{{n}} MB" patterns; the number is formatted by Intl (U+202F as the thousands separator in French).
 */
export function sizeLabel(bytes: number, intl: string, units: { kb: (n: string) => string; mb: (n: string) => string }): string {
  if (bytes < 999_500) return units.kb(new Intl.NumberFormat(intl, { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1000))));
  return units.mb(new Intl.NumberFormat(intl, { maximumFractionDigits: 1 }).format(bytes / 1e6));
}
