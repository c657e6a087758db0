/**
 * The widgets' public contract, shared by the script (src/widget/), the embed pages, the configurator and the
 * tests: element names, attributes, the release manifest and the card's resize message. A webmaster's pasted snippet
 * depends on these names: change them only with a new major version.
 */

export const BANNER_TAG = 'degmail-banner';
export const NUDGE_TAG = 'degmail-nudge';

/** `<degmail-banner>` attributes (all optional). */
export const BANNER_ATTRIBUTES = [
  /** `fr` or `en`; default: the host page's <html lang>, then fr. */
  'lang',
  /** `inline` (where the element is, the default), `top` or `bottom` (fixed to the viewport's edge). */
  'position',
  /** `light`, `dark` or `auto` (the visitor's preference; the default). */
  'theme',
  /** The host's own words for why it supports the campaign (text only, never markup). */
  'headline',
  /** The link's text (text only). */
  'link-text',
  /** Where the link goes; default: our questionnaire in the widget's language. */
  'href',
  /** YYYY-MM-DD: after this day the banner renders nothing. */
  'until',
  /** Present: the visitor may close it (remembered in localStorage, one key). */
  'dismissible',
  /** Present: show it whatever the date or an earlier dismissal (for the configurator's preview). */
  'preview',
  /** Present: also show inside an iframe (by default nothing shows in a frame). */
  'in-frames',
] as const;

/** `<degmail-nudge>` attributes (all optional). */
export const NUDGE_ATTRIBUTES = ['lang', 'href'] as const;

/** One published release of the script (widget/releases.json, committed with the release's bytes). */
export interface WidgetRelease {
  /** Semantic version, e.g. "1.0.0". */
  version: string;
  /** Path under the site's root: "widget/v1.0.0/degmail.js". */
  file: string;
  /** Subresource Integrity of the file: "sha384-…". */
  integrity: string;
  /** Release day, YYYY-MM-DD. */
  date: string;
  /** The day after which this release shows nothing, whatever its attributes: release date + 2 years. */
  hardEnd: string;
  /** The self-host ZIP, under the site's root. */
  zip: string;
}

export interface WidgetReleases {
  releases: WidgetRelease[];
}

/** Where the manifest is, under the site's root (and, committed, under public/). */
export const RELEASES_PATH = 'widget/releases.json';
/** The moving alias of the latest 1.x release, served without SRI for those who want updates. */
export const ALIAS_PATH = 'widget/v1/degmail.js';

/** The message an embedded card posts to its parent so the host's copy of our script can set the iframe's height. */
export interface ResizeMessage {
  type: 'degmail:resize';
  /** The card's full height in CSS pixels. */
  height: number;
}

export function isResizeMessage(data: unknown): data is ResizeMessage {
  const d = data as ResizeMessage | null;
  return !!d && typeof d === 'object' && d.type === 'degmail:resize' && Number.isFinite(d.height) && d.height > 0 && d.height < 5000;
}

/** Embed pages: /embed/<lang>/provider/<id>/ (the only pages other sites may frame). */
export function embedPath(lang: string, id: string): string {
  return `embed/${lang}/provider/${id}/`;
}
