/**
 * The provider card's <iframe> snippet (src/lib/widget/card-snippet.ts): what a webmaster pastes must survive any
 * title, use only straight quotes, carry no style attribute (a host CSP may forbid inline styles), and give the card
 * exactly the sandbox it needs. That the card works inside that sandbox is tests/e2e/embed-card.test.ts's job.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CARD_HEIGHT, CARD_SANDBOX, cardSnippet, cardUrl } from '../../src/lib/widget/card-snippet.ts';

const site = 'https://example.org/degmail/';

/** The element's attributes, as an HTML parser reads double-quoted ones (the only kind the snippet writes). */
function attributesOf(html: string): Map<string, string> {
  const open = /^<iframe((?:\s+[a-z-]+="[^"]*")*)><\/iframe>$/.exec(html);
  if (!open) throw new Error(`not one <iframe> with double-quoted attributes: ${html}`);
  const unescape = (v: string) => v.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return new Map([...open[1]!.matchAll(/([a-z-]+)="([^"]*)"/g)].map((m) => [m[1]!, unescape(m[2]!)]));
}

describe('cardSnippet', () => {
  it('writes the iframe of the card, byte for byte', () => {
    expect(cardSnippet({ siteUrl: site, lang: 'fr', id: 'nubo', title: 'Nubo' })).toBe(
      `<iframe src="https://example.org/degmail/embed/fr/provider/nubo/" title="Nubo" width="100%" height="${CARD_HEIGHT}" ` +
        'loading="lazy" referrerpolicy="no-referrer" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>',
    );
  });

  it('has exactly these attributes: no style, no allow* feature policy, no frameborder', () => {
    const attrs = attributesOf(cardSnippet({ siteUrl: site, lang: 'en', id: 'nubo', title: 'Nubo' }));
    expect([...attrs.keys()]).toEqual(['src', 'title', 'width', 'height', 'loading', 'referrerpolicy', 'sandbox']);
  });

  it('sandboxes the card with what it uses only: its script, its own origin, links that open a real tab', () => {
    const tokens = attributesOf(cardSnippet({ siteUrl: site, lang: 'fr', id: 'x', title: 'x' })).get('sandbox')!.split(' ');
    expect(tokens).toEqual([...CARD_SANDBOX]);
    for (const never of ['allow-top-navigation', 'allow-top-navigation-by-user-activation', 'allow-forms', 'allow-modals', 'allow-downloads']) {
      expect(tokens).not.toContain(never);
    }
  });

  it('escapes the title, so that markup in it stays text', () => {
    const title = '"><script>alert(1)</script><iframe src=x & y';
    const html = cardSnippet({ siteUrl: site, lang: 'fr', id: 'nubo', title });
    expect(html).not.toContain('<script');
    expect(html.match(/<iframe/g)).toHaveLength(1);
    expect(attributesOf(html).get('title')).toBe(title);
  });

  it('writes only straight quotes: typographic ones in a French title become character references', () => {
    const title = 'L’offre « Nubo » : “mail”';
    const html = cardSnippet({ siteUrl: site, lang: 'fr', id: 'nubo', title });
    expect(html).not.toMatch(/[\u2018-\u201F\u00AB\u00BB\u2039\u203A]/);
    expect(attributesOf(html).get('title')).toBe(title);
  });

  it('keeps any title and any offer id intact, and the element whole (property)', () => {
    // Ids are file names (lower case, digits, dashes); titles are anything a translator or a person may write.
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,40}$/), (title, id) => {
      const attrs = attributesOf(cardSnippet({ siteUrl: site, lang: 'en', id, title }));
      expect(attrs.get('title')).toBe(title);
      const src = new URL(attrs.get('src')!);
      expect(src.origin + src.pathname).toBe(attrs.get('src'));
      expect(src.pathname).toBe(`/degmail/embed/en/provider/${id}/`);
    }));
  });

  it('follows the site’s address with or without its final slash, at the root or under a path', () => {
    expect(cardUrl('https://example.org/degmail', 'en', 'a')).toBe('https://example.org/degmail/embed/en/provider/a/');
    expect(cardUrl('https://example.org/', 'en', 'a')).toBe('https://example.org/embed/en/provider/a/');
    expect(cardUrl('http://127.0.0.1:4321', 'fr', 'a b')).toBe('http://127.0.0.1:4321/embed/fr/provider/a%20b/');
  });

  it('takes another height, and falls back to the fixed one for a height that is not one', () => {
    const height = (h: number) => attributesOf(cardSnippet({ siteUrl: site, lang: 'fr', id: 'x', title: 'x', height: h })).get('height');
    expect(height(512.4)).toBe('512');
    for (const bad of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) expect(height(bad)).toBe(String(CARD_HEIGHT));
  });
});
