/**
 * The banner's snippet: `<degmail-banner>` with the chosen attributes, its headline and a plain link inside it (what
 * shows when the script is blocked or fails: the campaign stays one click away), then the script. The same attribute list drives
 * the configurator's live preview, so what a webmaster sees is what the snippet does.
 */
import { BANNER_TAG } from './contract.ts';
import { attributes, escapeHtml, httpUrl, oneLine, siteRoot, type AttributeValue } from './snippet-html.ts';
import { scriptTag, type ScriptSource } from './snippet-script.ts';
import { langOf, STRINGS } from './strings.ts';

export const BANNER_POSITIONS = ['inline', 'top', 'bottom'] as const;
export const BANNER_THEMES = ['auto', 'light', 'dark'] as const;
export type BannerPosition = (typeof BANNER_POSITIONS)[number];
export type BannerTheme = (typeof BANNER_THEMES)[number];

/** What the configurator's form holds; empty strings mean "not set". */
export interface BannerOptions {
  /** A locale code, or '' for the host page's own language. */
  lang: string;
  position: BannerPosition;
  theme: BannerTheme;
  headline: string;
  linkText: string;
  href: string;
  /** YYYY-MM-DD or ''. */
  until: string;
  dismissible: boolean;
  inFrames: boolean;
}

export function defaultBannerOptions(lang: string): BannerOptions {
  return { lang, position: 'inline', theme: 'auto', headline: '', linkText: '', href: '', until: '', dismissible: true, inFrames: false };
}

/** Fields the snippet had to leave out, for the configurator to say why next to them. */
export type BannerIssue = 'href' | 'until';

export interface BannerContext {
  /** The site's root, absolute ("https://example.org/degmail/"). */
  siteUrl: string;
  script: ScriptSource;
  /** The configurator page's language: the fallback's when the banner follows its host page's language. */
  pageLang: string;
}

export interface BannerSnippet {
  html: string;
  /** The element's attributes, in the snippet's order (the preview adds `preview`). */
  attributes: [string, AttributeValue][];
  issues: BannerIssue[];
}

/** A real calendar day written YYYY-MM-DD (the widget compares ISO dates: no zero-based months anywhere). */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function bannerSnippet(o: BannerOptions, ctx: BannerContext): BannerSnippet {
  const issues: BannerIssue[] = [];
  const href = o.href.trim() ? httpUrl(o.href) : undefined;
  if (o.href.trim() && !href) issues.push('href');
  const until = o.until.trim();
  if (until && !isIsoDay(until)) issues.push('until');
  const headline = oneLine(o.headline);
  const linkText = oneLine(o.linkText);
  const list: [string, AttributeValue][] = [
    ['lang', o.lang || undefined],
    ['position', o.position],
    ['theme', o.theme],
    ['headline', headline || undefined],
    ['link-text', linkText || undefined],
    ['href', href],
    ['until', until && isIsoDay(until) ? until : undefined],
    ['dismissible', o.dismissible],
    ['in-frames', o.inFrames],
  ];
  // The fallback says what the banner would say, with the script's own default words where the site gave none.
  const lang = langOf(o.lang, ctx.pageLang);
  const fallbackHref = href ?? `${siteRoot(ctx.siteUrl)}${lang}/questionnaire/`;
  const words = STRINGS[lang];
  const fallback = `${escapeHtml(headline || words.headline)} <a${attributes([['href', fallbackHref], ['referrerpolicy', 'no-referrer']])}>${escapeHtml(linkText || words.link)}</a>`;
  const html = [`<${BANNER_TAG}${attributes(list)}>`, `  ${fallback}`, `</${BANNER_TAG}>`, scriptTag(ctx.siteUrl, ctx.script)].join('\n');
  return { html, attributes: list, issues };
}
