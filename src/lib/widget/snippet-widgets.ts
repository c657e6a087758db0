/**
 * Every widget's snippet from one call: the configurator page renders each widget's default snippet at build time
 * with it (what a visitor without JavaScript copies), and the configurator's script renders the chosen options with
 * the very same function, so the two can never drift apart.
 */
import type { WidgetRelease } from './contract.ts';
import { cardSnippet } from './card-snippet.ts';
import { badgeSnippet, type BadgeOptions } from './snippet-badge.ts';
import { bannerSnippet, defaultBannerOptions, type BannerIssue, type BannerOptions } from './snippet-banner.ts';
import type { WidgetKind } from './snippet-csp.ts';
import { nudgeSnippet, type NudgeOptions } from './snippet-nudge.ts';

/** The words of one language that go into snippets (a snippet's language may differ from the page's). */
export interface SnippetWords {
  /** The nudge example field's label. */
  nudgeLabel: string;
  /** The badge image's alt text. */
  badgeAlt: string;
  /** The card frame's title, with {{name}} for the offer's name. */
  frameTitle: string;
}

export interface CardOptions {
  lang: string;
  /** An offer id of the listed offers. */
  id: string;
}

export interface WidgetOptions {
  banner: BannerOptions;
  nudge: NudgeOptions;
  card: CardOptions;
  badge: BadgeOptions;
}

export interface SnippetSetup {
  /** The site's root, absolute. */
  siteUrl: string;
  /** The configurator page's language: the default everywhere, and the fallback link's when the banner follows its host. */
  pageLang: string;
  release: WidgetRelease;
  /** By locale code. */
  words: Record<string, SnippetWords>;
  /** Offer id → name. */
  offers: Record<string, string>;
}

export interface WidgetSnippet {
  html: string;
  /** Banner fields left out of the snippet (not an http(s) address, not a real day). */
  issues: BannerIssue[];
}

export function defaultOptions(pageLang: string, firstOfferId: string): WidgetOptions {
  return {
    banner: defaultBannerOptions(pageLang),
    nudge: { lang: pageLang },
    card: { lang: pageLang, id: firstOfferId },
    badge: { lang: pageLang, kind: 'badge' },
  };
}

/** The words of `lang`, or the page's when `lang` is '' (the host's language) or unknown. */
function wordsOf(setup: SnippetSetup, lang: string): SnippetWords {
  return setup.words[lang] ?? setup.words[setup.pageLang]!;
}

export function widgetSnippet<K extends WidgetKind>(kind: K, options: WidgetOptions[K], setup: SnippetSetup): WidgetSnippet {
  const script = { kind: 'release', release: setup.release } as const;
  switch (kind) {
    case 'banner': {
      const o = options as BannerOptions;
      const r = bannerSnippet(o, { siteUrl: setup.siteUrl, script, pageLang: setup.pageLang });
      return { html: r.html, issues: r.issues };
    }
    case 'nudge': {
      const o = options as NudgeOptions;
      return { html: nudgeSnippet(o, { siteUrl: setup.siteUrl, script, label: wordsOf(setup, o.lang).nudgeLabel }).html, issues: [] };
    }
    case 'card': {
      const o = options as CardOptions;
      const name = setup.offers[o.id] ?? o.id;
      const title = wordsOf(setup, o.lang).frameTitle.replace(/\{\{\s*name\s*\}\}/g, () => name);
      return { html: cardSnippet({ siteUrl: setup.siteUrl, lang: o.lang, id: o.id, title }), issues: [] };
    }
    default: {
      const o = options as BadgeOptions;
      return { html: badgeSnippet(o, { siteUrl: setup.siteUrl, alt: wordsOf(setup, o.lang).badgeAlt }), issues: [] };
    }
  }
}
