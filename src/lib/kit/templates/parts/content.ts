/**
 * What a layout draws, whichever template it comes from: the campaign and offer templates turn their spec into
 * this, and the layouts (portrait, landscape, card back) place it. A layout reports every text it had to cut, so
 * the build and the tests can refuse a visual that lost words.
 */
import type { FormatId } from '../../formats.ts';
import type { Scene } from '../../scene.ts';
import type { GroupInfo, Ink, PrintedMatter } from '../../spec.ts';
import type { T } from '../../../shared/translate.ts';

export interface Content {
  format: FormatId;
  ink: Ink;
  lang: string;
  alt: string;
  /** "degmail", beside the mark. */
  wordmark: string;
  headline: string;
  /** Lines under the headline (a message's line; an offer's place). */
  sub: string[];
  /** A list on the band (an offer's facts), each line with a bullet. */
  list: string[];
  /** A relaying group: its sentence, an event's place and date, its logo. */
  group?: { title: string; detail: string; logo?: GroupInfo['logo'] };
  /** Beside the QR code. */
  cta: string;
  /** Card backs: a short text under the call to action, left out when there is no room for it. */
  extra?: string;
  qrUrl: string;
  urlLabel: string;
  /** The printed-matter lines, already worded (print formats draw them). */
  printed: string[];
}

export interface Layout {
  scene: Scene;
  /** The names of the texts that had to be cut to fit ("headline", "cta"…): empty when everything fits. */
  cut: string[];
}

/** The printed-matter lines: the printer's line as typed, then « Ne pas jeter sur la voie publique » if asked. */
export function printedLines(p: PrintedMatter | undefined, t: T): string[] {
  return [p?.printer?.trim() ?? '', p?.noLitter ? t('kit.printed.noLitter') : ''].filter((l) => l !== '');
}

/** A group's sentence and its event line ("place · date"), for any template. */
export function groupContent(g: GroupInfo | undefined, t: T): Content['group'] {
  if (!g?.name.trim()) return undefined;
  const detail = [g.place?.trim(), g.date?.trim()].filter(Boolean).join(' · ');
  return { title: t('kit.group.relays', { name: g.name.trim() }), detail, logo: g.logo };
}
