/**
 * Reading the elements' attributes (names in contract.ts) into options, with every default. Unknown values fall back
 * to the default rather than failing: a snippet with a typo still shows a sensible banner.
 */
import { safeHref, questionnaireHref } from './links.ts';
import { langOf, STRINGS, type Lang } from './strings.ts';

/** How an element's attribute is read: its value, or null when absent (Element.getAttribute). */
export type Get = (name: string) => string | null;

/** What the page around the element says. */
export interface Context {
  /** The host page's <html lang>. */
  pageLang: string;
  /** The page's address, for relative hrefs (document.baseURI). */
  base: string;
  /** The site's root from the script's own URL (siteRootOf), null for a self-hosted copy. */
  root: string | null;
  /** The href of the snippet's fallback link inside the element, if any. */
  fallbackHref?: string | null;
}

export type Position = 'inline' | 'top' | 'bottom';
export type Theme = 'light' | 'dark' | 'auto';

export interface BannerOptions {
  lang: Lang;
  position: Position;
  theme: Theme;
  headline: string;
  linkText: string;
  /** Null when no safe address is known: the banner then renders nothing. */
  href: string | null;
  until: string | null;
  dismissible: boolean;
  preview: boolean;
  inFrames: boolean;
}

export interface NudgeOptions {
  lang: Lang;
  href: string | null;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  const v = (value || '').trim().toLowerCase() as T;
  return allowed.includes(v) ? v : fallback;
}

/** Text from an attribute, whitespace collapsed; the default when absent or blank. Kept as text, never parsed. */
function text(value: string | null, fallback: string): string {
  const v = (value || '').replace(/\s+/g, ' ').trim();
  return v || fallback;
}

/** `href`, else our questionnaire at the script's site, else the fallback link's own address. */
function hrefOf(get: Get, lang: Lang, ctx: Context): string | null {
  return safeHref(get('href'), ctx.base) || (ctx.root ? questionnaireHref(ctx.root, lang) : safeHref(ctx.fallbackHref, ctx.base));
}

export function bannerOptions(get: Get, ctx: Context): BannerOptions {
  const lang = langOf(get('lang'), ctx.pageLang);
  const until = get('until');
  return {
    lang,
    position: oneOf(get('position'), ['inline', 'top', 'bottom'], 'inline'),
    theme: oneOf(get('theme'), ['light', 'dark', 'auto'], 'auto'),
    headline: text(get('headline'), STRINGS[lang].headline),
    linkText: text(get('link-text'), STRINGS[lang].link),
    href: hrefOf(get, lang, ctx),
    until: until === null ? null : until.trim(),
    dismissible: get('dismissible') !== null,
    preview: get('preview') !== null,
    inFrames: get('in-frames') !== null,
  };
}

export function nudgeOptions(get: Get, ctx: Context): NudgeOptions {
  const lang = langOf(get('lang'), ctx.pageLang);
  return { lang, href: hrefOf(get, lang, ctx) };
}
