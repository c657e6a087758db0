/**
 * What each kit template takes. The build fills these from the content (messages, offers, page titles) and the
 * customiser from what a group types. Templates are pure: spec + translator in, Scene out.
 */
import type { FormatId } from './formats.ts';
import type { T } from '../shared/translate.ts';
import type { Scene } from './scene.ts';

/** Colour for offset or a colour printer; mono for cheap black-and-white photocopies. */
export type Ink = 'colour' | 'mono';

/** One campaign message (content/kit/<lang>.yaml). */
export interface KitMessage {
  id: string;
  /** A short headline, the poster's biggest text. */
  headline: string;
  /** One line under it. */
  line: string;
  /** The call to action next to the QR code. */
  cta: string;
  /** The page its QR code opens, after the locale (`guides/android/`); the locale's home when absent. */
  path?: string;
}

/** The small print on paper formats, editable by a group. */
export interface PrintedMatter {
  /** E.g. « IPNS – imprimé par nos soins », with the group's name and address. */
  printer?: string;
  /** « Ne pas jeter sur la voie publique ». */
  noLitter?: boolean;
}

/** A group relaying the campaign (customiser only). */
export interface GroupInfo {
  name: string;
  /** An event's place and date, free text. */
  place?: string;
  date?: string;
  /** The logo, already rasterised (a data: URL of a PNG), with its pixel size for the aspect ratio. */
  logo?: { href: string; width: number; height: number };
}

interface Common {
  format: FormatId;
  ink: Ink;
  lang: string;
  /** The absolute URL the QR code opens (no tracking parameter). */
  qrUrl: string;
  /** The same address written for people ("degmail.example/fr"). */
  urlLabel: string;
  printed?: PrintedMatter;
}

export interface CampaignSpec extends Common {
  message: KitMessage;
  group?: GroupInfo;
}

/** The formats an offer gets: a poster, a flyer and a business card. */
export const OFFER_FORMATS = ['poster-a4', 'flyer-a6', 'card-front', 'card-back'] as const satisfies readonly FormatId[];
export type OfferFormat = (typeof OFFER_FORMATS)[number];

export interface OfferSpec extends Common {
  format: OfferFormat;
  offer: {
    name: string;
    /** Its city, else its region, when known. */
    place?: string;
    /** The known key facts, already worded (price model, who can join). */
    facts: string[];
  };
}

/** A page's share image (og:image, 1200 × 630): its title in its language. */
export interface PageSpec {
  title: string;
  lang: string;
  /** The site's address for people. */
  urlLabel: string;
}

export type Template<S> = (spec: S, t: T) => Scene;
