/**
 * The provider card's snippet: an <iframe> of /embed/<lang>/provider/<id>/ (src/pages/embed/), for the configurator
 * to show and webmasters to paste. It must work on a host with a strict CSP and no script of ours:
 * - a fixed `height` that fits every card at 320 px wide (measured by tests/e2e/embed-card.test.ts, which fails when
 *   a card outgrows it), so the card shows whole without any script; when the host also loads our widget script, the
 *   card's ResizeMessage lets it adjust that attribute;
 * - `width="100%"` as an attribute, never a `style` (a host CSP may forbid inline styles): browsers map the attribute
 *   to the frame's width, percentages included;
 * - no referrer, lazy loading (it costs the host nothing until it is scrolled near);
 * - a sandbox that leaves the card only what it uses: scripts (its resize message), popups that escape the sandbox
 *   (its links open our pages in a new tab, as normal pages), and its own origin. Without `allow-same-origin` the
 *   card's origin would be opaque: its font, fetched in CORS mode, would then be a cross-origin request our server
 *   refuses, and its CSP's 'self' would match nothing. Since the frame's origin (ours) always differs from the host's,
 *   keeping it gives the card no access to the host page; what the sandbox still forbids (navigating the host page,
 *   forms, dialogs, downloads, plugins) is what protects the host.
 */
import { embedPath } from './contract.ts';
import { attributes, siteRoot } from './snippet-html.ts';

/**
 * The snippet's height in CSS pixels: the tallest card at 320 px wide in any locale, with room for a line more (a
 * fallback font is wider than ours). Measured on the real cards: see the e2e test, which prints the heights.
 */
export const CARD_HEIGHT = 420;

/** Sandbox tokens, in a fixed order (the snippet is compared byte for byte by the configurator's tests). */
export const CARD_SANDBOX = ['allow-scripts', 'allow-same-origin', 'allow-popups', 'allow-popups-to-escape-sandbox'] as const;

export interface CardSnippetOptions {
  /** The site's root, absolute (SITE + BASE), with or without its final slash: "https://example.org/degmail/". */
  siteUrl: string;
  /** The card's locale code (the card's words do not follow the host's language). */
  lang: string;
  /** The offer's id, as in /{lang}/providers/{id}/. */
  id: string;
  /** The frame's accessible name, in the card's language: the dictionary's `embed.card.frameTitle`. */
  title: string;
  /** CSS pixels; the default fits every card at 320 px wide. */
  height?: number;
}

/** The card's address: "https://example.org/degmail/embed/fr/provider/nubo/". */
export function cardUrl(siteUrl: string, lang: string, id: string): string {
  return `${siteRoot(siteUrl)}${embedPath(encodeURIComponent(lang), encodeURIComponent(id))}`;
}

/** The <iframe> element, on one line, attributes escaped and in double straight quotes. */
export function cardSnippet({ siteUrl, lang, id, title, height = CARD_HEIGHT }: CardSnippetOptions): string {
  const h = Number.isFinite(height) && height > 0 ? Math.round(height) : CARD_HEIGHT;
  return `<iframe${attributes([
    ['src', cardUrl(siteUrl, lang, id)],
    ['title', title],
    ['width', '100%'],
    ['height', String(h)],
    ['loading', 'lazy'],
    ['referrerpolicy', 'no-referrer'],
    ['sandbox', CARD_SANDBOX.join(' ')],
  ])}></iframe>`;
}
