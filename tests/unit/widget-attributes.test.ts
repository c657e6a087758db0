/**
 * Reading the elements' attributes (src/lib/widget/attributes.ts), the links (links.ts) and the strings of both
 * languages (strings.ts): defaults, unknown values, unsafe addresses, and text from attributes kept as it is written
 * (the script renders it with textContent, so markup in it must reach the page as characters).
 */
import { describe, expect, it } from 'vitest';
import { bannerOptions, nudgeOptions, type Context } from '../../src/lib/widget/attributes.ts';
import { BANNER_ATTRIBUTES, NUDGE_ATTRIBUTES } from '../../src/lib/widget/contract.ts';
import { questionnaireHref, safeHref, siteRootOf } from '../../src/lib/widget/links.ts';
import { langOf, STRINGS } from '../../src/lib/widget/strings.ts';
import { frenchTypographyProblems } from '../../src/lib/shared/typography.ts';

const ctx: Context = { pageLang: 'fr', base: 'https://asso.example/adhesion/', root: 'https://degmail.example/sub/', fallbackHref: null };
const attrs = (a: Record<string, string>) => (name: string) => (name in a ? a[name]! : null);
const INJECTION = '<img src=x onerror="alert(1)"><script>alert(2)</script>&amp; “quotes”';

describe('banner attributes', () => {
  it('defaults to the page’s language, inline, auto theme, our questionnaire, not dismissible', () => {
    expect(bannerOptions(attrs({}), ctx)).toEqual({
      lang: 'fr', position: 'inline', theme: 'auto', headline: STRINGS.fr.headline, linkText: STRINGS.fr.link,
      href: 'https://degmail.example/sub/fr/questionnaire/', until: null, dismissible: false, preview: false, inFrames: false,
    });
  });

  it('reads every attribute of the contract', () => {
    const o = bannerOptions(attrs({
      lang: 'en', position: 'Bottom', theme: 'dark', headline: ' We  support it ', 'link-text': 'Read more', href: '/campagne/',
      until: ' 2027-06-30 ', dismissible: '', preview: '', 'in-frames': '',
    }), ctx);
    expect(o).toEqual({
      lang: 'en', position: 'bottom', theme: 'dark', headline: 'We support it', linkText: 'Read more', href: 'https://asso.example/campagne/',
      until: '2027-06-30', dismissible: true, preview: true, inFrames: true,
    });
    expect([...BANNER_ATTRIBUTES].sort()).toEqual(['dismissible', 'headline', 'href', 'in-frames', 'lang', 'link-text', 'position', 'preview', 'theme', 'until']);
  });

  it('falls back to defaults for unknown or blank values', () => {
    const o = bannerOptions(attrs({ lang: 'de', position: 'middle', theme: 'pink', headline: '   ', 'link-text': '' }), { ...ctx, pageLang: 'en-GB' });
    expect([o.lang, o.position, o.theme, o.headline, o.linkText]).toEqual(['en', 'inline', 'auto', STRINGS.en.headline, STRINGS.en.link]);
  });

  it('keeps markup in texts as the characters written', () => {
    const o = bannerOptions(attrs({ headline: INJECTION, 'link-text': INJECTION }), ctx);
    expect(o.headline).toBe(INJECTION);
    expect(o.linkText).toBe(INJECTION);
  });

  it('never links to javascript: or data:, and falls back to the default instead', () => {
    for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x']) {
      expect(bannerOptions(attrs({ href }), ctx).href, href).toBe('https://degmail.example/sub/fr/questionnaire/');
    }
  });

  it('uses the fallback link’s address for a self-hosted copy, and no link at all without one', () => {
    const self = { ...ctx, root: null };
    expect(bannerOptions(attrs({}), { ...self, fallbackHref: 'https://degmail.example/en/questionnaire/' }).href).toBe('https://degmail.example/en/questionnaire/');
    expect(bannerOptions(attrs({}), { ...self, fallbackHref: 'javascript:void 0' }).href).toBeNull();
    expect(bannerOptions(attrs({}), self).href).toBeNull();
    expect(bannerOptions(attrs({ href: 'https://x.example/' }), self).href).toBe('https://x.example/');
  });
});

describe('nudge attributes', () => {
  it('reads lang and href, with the same defaults', () => {
    expect(nudgeOptions(attrs({}), ctx)).toEqual({ lang: 'fr', href: 'https://degmail.example/sub/fr/questionnaire/' });
    expect(nudgeOptions(attrs({ lang: 'EN' }), ctx)).toEqual({ lang: 'en', href: 'https://degmail.example/sub/en/questionnaire/' });
    expect(nudgeOptions(attrs({ href: 'https://x.example/a' }), { ...ctx, root: null })).toEqual({ lang: 'fr', href: 'https://x.example/a' });
    expect(nudgeOptions(attrs({}), { ...ctx, root: null }).href).toBeNull();
    expect([...NUDGE_ATTRIBUTES].sort()).toEqual(['href', 'lang']);
  });
});

describe('links', () => {
  it('finds the site root from the script’s own URL, BASE included, for releases and the alias', () => {
    expect(siteRootOf('https://degmail.example/widget/v1.0.0/degmail.js')).toBe('https://degmail.example/');
    expect(siteRootOf('https://h.example/degmail/widget/v1/degmail.js')).toBe('https://h.example/degmail/');
    expect(siteRootOf('http://127.0.0.1:4321/widget/v12.3.45/degmail.js?x#y')).toBe('http://127.0.0.1:4321/');
    for (const url of ['https://asso.example/js/degmail-1.0.0.js', 'https://h.example/widget/latest/degmail.js', 'https://h.example/widget/v1.0/degmail.js', '', 'not a url', 'file:///widget/v1/degmail.js']) {
      expect(siteRootOf(url), url).toBeNull();
    }
  });

  it('resolves relative addresses and refuses other schemes', () => {
    expect(safeHref('../x/', 'https://a.example/b/c/')).toBe('https://a.example/b/x/');
    expect(safeHref('http://a.example', 'https://z.example/')).toBe('http://a.example/');
    for (const v of [null, undefined, '', '  ', 'javascript:alert(1)', 'mailto:a@b.example', 'http://[bad']) expect(safeHref(v, 'https://a.example/'), String(v)).toBeNull();
    expect(questionnaireHref('https://h.example/degmail/', 'en')).toBe('https://h.example/degmail/en/questionnaire/');
  });
});

describe('strings', () => {
  it('has every string in both languages, none empty', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.fr).sort());
    for (const lang of ['fr', 'en'] as const) for (const [k, v] of Object.entries(STRINGS[lang])) expect(v.trim(), `${lang}.${k}`).not.toBe('');
  });

  it('writes French with French typography', () => {
    for (const [k, v] of Object.entries(STRINGS.fr)) expect(frenchTypographyProblems(v), k).toEqual([]);
  });

  it('picks the language: attribute, then the page, then French', () => {
    expect(langOf('en', 'fr')).toBe('en');
    expect(langOf(null, 'en-CA')).toBe('en');
    expect(langOf('', 'FR-be')).toBe('fr');
    expect(langOf('de', 'it')).toBe('fr');
    expect(langOf(null, '')).toBe('fr');
  });
});
