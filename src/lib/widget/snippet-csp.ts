/**
 * The Content-Security-Policy lines a host adds for one widget: only what that widget loads, and only from our
 * origin (or 'self' for a self-hosted copy of the script). The widget needs nothing else: no inline script, no
 * inline style (its styles are a constructable stylesheet in its Shadow DOM), no connection, no font.
 */
import { siteRoot } from './snippet-html.ts';

export const WIDGET_KINDS = ['banner', 'nudge', 'card', 'badge'] as const;
export type WidgetKind = (typeof WIDGET_KINDS)[number];

/** The script from our site, or a copy from the self-host ZIP on the host's own site. */
export type Hosting = 'hosted' | 'self';

export interface CspLine {
  directive: 'script-src' | 'frame-src' | 'img-src';
  source: string;
  /** Needed only with the optional script (the card's automatic height). */
  optional?: boolean;
}

/** Widgets that are a script, and so can be self-hosted from the release's ZIP. */
export function isScriptWidget(kind: WidgetKind): kind is 'banner' | 'nudge' {
  return kind === 'banner' || kind === 'nudge';
}

/** "https://example.org/degmail/" → "https://example.org": CSP sources name origins. */
export function siteOrigin(siteUrl: string): string {
  return new URL(siteRoot(siteUrl)).origin;
}

export function cspLines(kind: WidgetKind, siteUrl: string, hosting: Hosting = 'hosted'): CspLine[] {
  const origin = siteOrigin(siteUrl);
  switch (kind) {
    case 'banner':
    case 'nudge':
      return [{ directive: 'script-src', source: hosting === 'self' ? "'self'" : origin }];
    case 'card':
      return [
        { directive: 'frame-src', source: origin },
        { directive: 'script-src', source: hosting === 'self' ? "'self'" : origin, optional: true },
      ];
    case 'badge':
      return [{ directive: 'img-src', source: origin }];
  }
}

/** The lines as a host writes them in its policy, one directive per line. */
export function cspText(lines: readonly CspLine[]): string {
  return lines.map((l) => `${l.directive} ${l.source};`).join('\n');
}
