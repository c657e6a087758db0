/**
 * The snippets webmasters paste (src/lib/widget/snippet-*.ts): each parses as HTML, with only the tags we meant and
 * straight double quotes around every attribute; hostile option values (`"><script>`, `<img onerror=…>`, unsafe
 * addresses) stay text; the versioned script carries its integrity and the alias none; every script, image, frame
 * and link sends no referrer; the CSP lines name our origin, or 'self' for a copy. The parser below is deliberately
 * strict: it accepts only what a careful hand would write (quoted attributes, balanced tags, known entities).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALIAS_PATH, BANNER_TAG, NUDGE_TAG, type WidgetRelease } from '../../src/lib/widget/contract.ts';
import { BADGE_KINDS, BADGE_SIZES, badgeImagePath } from '../../src/lib/widget/snippet-badge.ts';
import { bannerSnippet, defaultBannerOptions, type BannerOptions } from '../../src/lib/widget/snippet-banner.ts';
import { cspLines, cspText, WIDGET_KINDS } from '../../src/lib/widget/snippet-csp.ts';
import { escapeHtml, oneLine } from '../../src/lib/widget/snippet-html.ts';
import { latestRelease, scriptTag } from '../../src/lib/widget/snippet-script.ts';
import { defaultOptions, widgetSnippet, type SnippetSetup } from '../../src/lib/widget/snippet-widgets.ts';

interface El { tag: string; attrs: Map<string, string | true>; children: (El | string)[] }
const VOID = new Set(['img', 'input']);
const START = /^<([a-z][a-z0-9-]*)((?:\s+[a-z][a-z0-9-]*(?:="[^"<>]*")?)*)\s*>/;
const ATTR = /\s+([a-z][a-z0-9-]*)(?:="([^"<>]*)")?/g;
const END = /^<\/([a-z][a-z0-9-]*)>/;
const TEXT = /^[^<>]+/;

/** Character references back to characters; a bare `&` or an unknown entity is an error. */
function decode(s: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
  if (/&(?!(?:#\d+|#x[0-9a-f]+|amp|lt|gt|quot);)/i.test(s)) throw new Error(`bare & in ${JSON.stringify(s)}`);
  return s.replace(/&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot);/gi, (_m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : named[e]!);
}

function parse(html: string): El[] {
  const root: El = { tag: '#root', attrs: new Map(), children: [] };
  const stack = [root];
  for (let i = 0; i < html.length;) {
    const rest = html.slice(i);
    const top = stack.at(-1)!;
    let m: RegExpExecArray | null;
    if ((m = END.exec(rest))) {
      if (top.tag !== m[1]) throw new Error(`</${m[1]}> closes <${top.tag}>`);
      stack.pop();
    } else if ((m = START.exec(rest))) {
      const el: El = { tag: m[1]!, attrs: new Map(), children: [] };
      for (const a of m[2]!.matchAll(ATTR)) {
        if (el.attrs.has(a[1]!)) throw new Error(`<${el.tag}> repeats ${a[1]}`);
        el.attrs.set(a[1]!, a[2] === undefined ? true : decode(a[2]));
      }
      top.children.push(el);
      if (!VOID.has(el.tag)) stack.push(el);
    } else if ((m = TEXT.exec(rest))) top.children.push(decode(m[0]));
    else throw new Error(`not well-formed at ${i}: ${JSON.stringify(rest.slice(0, 30))}`);
    i += m[0].length;
  }
  if (stack.length !== 1) throw new Error(`<${stack.at(-1)!.tag}> is never closed`);
  return root.children.filter((c): c is El => typeof c !== 'string' || c.trim() !== '') as El[];
}

const elements = (nodes: (El | string)[]): El[] => nodes.flatMap((n) => (typeof n === 'string' ? [] : [n, ...elements(n.children)]));
const text = (n: El | string): string => (typeof n === 'string' ? n : n.children.map(text).join(''));
const TYPOGRAPHIC = /[\u2018-\u201F\u00AB\u00BB\u2039\u203A]/;

const release: WidgetRelease = {
  version: '1.2.0', file: 'widget/v1.2.0/degmail.js', integrity: 'sha384-AbC+/123', date: '2026-11-30', hardEnd: '2028-11-30',
  zip: 'widget/v1.2.0/degmail-widget-1.2.0.zip',
};
const setup: SnippetSetup = {
  siteUrl: 'https://degmail.example/sub/',
  pageLang: 'fr',
  release,
  words: {
    fr: { nudgeLabel: 'Votre adresse', badgeAlt: 'Quittez Gmail\u202f: l’alt « complet »', frameTitle: '{{name}}\u202f: offre de mail' },
    en: { nudgeLabel: 'Your address', badgeAlt: 'Leave Gmail: the whole alt', frameTitle: '{{name}}: mail offer' },
  },
  offers: { nubo: 'Nubo', evil: '"><script>alert(1)</script>' },
};
const banner = (o: Partial<BannerOptions>) => bannerSnippet({ ...defaultBannerOptions('fr'), ...o }, { siteUrl: setup.siteUrl, script: { kind: 'release', release }, pageLang: 'fr' });
const HOSTILE = ['"><script>alert(1)</script>', '<img src=x onerror=alert(1)>', "' onmouseover='alert(1)", '&amp; &lt;', '“curly” ‘single’ « guillemets »', 'two\nlines\tand\u0000nul'];

/** Every snippet the configurator can show, with the defaults, in both languages. */
const allDefaults = ['fr', 'en'].flatMap((lang) => WIDGET_KINDS.map((kind) => ({ name: `${kind} (${lang})`, html: widgetSnippet(kind, defaultOptions(lang, 'nubo')[kind], { ...setup, pageLang: lang }).html })));
const more = [
  ...BADGE_KINDS.map((kind) => ({ name: `badge ${kind}`, html: widgetSnippet('badge', { lang: 'en', kind }, setup).html })),
  { name: 'alias', html: scriptTag(setup.siteUrl, { kind: 'alias' }) },
  { name: 'hostile banner', html: banner({ headline: HOSTILE.join(' '), linkText: HOSTILE[1]!, href: 'https://x.example/?q="><script>' }).html },
  { name: 'hostile card', html: widgetSnippet('card', { lang: 'fr', id: 'evil' }, setup).html },
];

describe('every snippet', () => {
  it.each([...allDefaults, ...more])('$name parses, in straight quotes only', ({ html }) => {
    expect(() => parse(html)).not.toThrow();
    // The parser takes only double-quoted values (an unquoted or single-quoted one fails it above).
    expect(html).not.toMatch(TYPOGRAPHIC);
  });

  it.each([...allDefaults, ...more])('$name: every script, image, frame and link sends no referrer', ({ html }) => {
    const els = elements(parse(html)).filter((e) => ['script', 'img', 'iframe', 'a'].includes(e.tag));
    expect(els.length).toBeGreaterThan(0);
    for (const e of els) expect(e.attrs.get('referrerpolicy'), e.tag).toBe('no-referrer');
  });

  it.each(['<a href=x></a>', "<a href='x'></a>", '<b><i></b></i>', '<a href="x">', 'a & b', '<img src="x" src="y">', '<a title="x>y"></a>'])(
    'the parser refuses %j (the check can fail)', (html) => {
      expect(() => parse(html)).toThrow();
    });

  it('writes typographic quotes as character references, and escapes markup', () => {
    expect(escapeHtml('l’offre « a » “b” <i> & "c"')).toBe('l&#8217;offre &#171; a &#187; &#8220;b&#8221; &lt;i&gt; &amp; &quot;c&quot;');
  });
});

describe('the script line', () => {
  it('pins the versioned release with its integrity, without credentials', () => {
    const [s] = elements(parse(scriptTag(setup.siteUrl, { kind: 'release', release })));
    expect(Object.fromEntries(s!.attrs)).toEqual({
      src: 'https://degmail.example/sub/widget/v1.2.0/degmail.js', integrity: release.integrity, crossorigin: 'anonymous', referrerpolicy: 'no-referrer', defer: true,
    });
  });

  it('gives the moving alias no integrity (its bytes change with each release)', () => {
    const [s] = elements(parse(scriptTag('https://degmail.example/sub', { kind: 'alias' })));
    expect(s!.attrs.get('src')).toBe(`https://degmail.example/sub/${ALIAS_PATH}`);
    expect(s!.attrs.has('integrity')).toBe(false);
  });

  it('chooses the newest release by version, not by its place in the manifest', () => {
    const r = (version: string) => ({ ...release, version });
    expect(latestRelease({ releases: [r('1.9.0'), r('1.10.0'), r('1.2.3')] })?.version).toBe('1.10.0');
    expect(latestRelease({ releases: [] })).toBeUndefined();
  });
});

describe('the banner', () => {
  it('holds a plain link to our questionnaire as fallback, then the script', () => {
    const [el, script] = parse(banner({}).html);
    expect(el!.tag).toBe(BANNER_TAG);
    expect(Object.fromEntries(el!.attrs)).toEqual({ lang: 'fr', position: 'inline', theme: 'auto', dismissible: true });
    const a = elements([el!]).find((e) => e.tag === 'a')!;
    expect(a.attrs.get('href')).toBe('https://degmail.example/sub/fr/questionnaire/');
    expect(text(a).trim()).not.toBe('');
    expect(script!.tag).toBe('script');
  });

  it.each(HOSTILE)('keeps %j as text, in the attribute and in the fallback', (value) => {
    const r = banner({ headline: value, linkText: value });
    const tree = parse(r.html);
    expect(elements(tree).map((e) => e.tag)).toEqual([BANNER_TAG, 'a', 'script']);
    expect(tree[0]!.attrs.get('headline')).toBe(oneLine(value));
    expect(tree[0]!.attrs.get('link-text')).toBe(oneLine(value));
    expect(text(tree[0]!)).toContain(oneLine(value));
  });

  it.each(['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.example/', '/relative/', 'vbscript:x'])(
    'refuses the address %j: left out, and reported', (href) => {
      const r = banner({ href });
      expect(r.issues).toEqual(['href']);
      const [el] = parse(r.html);
      expect(el!.attrs.has('href')).toBe(false);
      expect(elements([el!]).find((e) => e.tag === 'a')!.attrs.get('href')).toBe('https://degmail.example/sub/fr/questionnaire/');
    });

  it('takes an http(s) address for the banner and its fallback link', () => {
    const r = banner({ href: ' https://asso.example/campagne/?a=1&b="2" ' });
    expect(r.issues).toEqual([]);
    const [el] = parse(r.html);
    expect(el!.attrs.get('href')).toBe('https://asso.example/campagne/?a=1&b=%222%22');
    expect(elements([el!]).find((e) => e.tag === 'a')!.attrs.get('href')).toBe(el!.attrs.get('href'));
  });

  it('writes `until` only as a real ISO day', () => {
    expect(parse(banner({ until: '2027-06-30' }).html)[0]!.attrs.get('until')).toBe('2027-06-30');
    for (const until of ['2027-02-30', '30/06/2027', '2027-6-3', '"><b>']) {
      const r = banner({ until });
      expect(r.issues, until).toEqual(['until']);
      expect(parse(r.html)[0]!.attrs.has('until')).toBe(false);
    }
  });

  it('leaves lang out to follow the host page, and writes the boolean options as bare attributes', () => {
    const [el] = parse(banner({ lang: '', dismissible: false, inFrames: true, position: 'top', theme: 'dark' }).html);
    expect(Object.fromEntries(el!.attrs)).toEqual({ position: 'top', theme: 'dark', 'in-frames': true });
  });

  it('stays well-formed and keeps any typed text as text (property)', () => {
    fc.assert(fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (headline, linkText, href, until) => {
      const r = banner({ headline, linkText, href, until });
      const tree = parse(r.html);
      expect(elements(tree).map((e) => e.tag)).toEqual([BANNER_TAG, 'a', 'script']);
      expect(tree[0]!.attrs.get('headline') ?? '').toBe(oneLine(headline));
      expect(r.html).not.toMatch(TYPOGRAPHIC);
    }), { numRuns: 300 });
  });
});

describe('the other widgets', () => {
  it('wraps an example e-mail field, labelled, in the nudge', () => {
    const tree = parse(widgetSnippet('nudge', { lang: 'en' }, setup).html);
    expect(tree.map((e) => e.tag)).toEqual([NUDGE_TAG, 'script']);
    const [label, input] = elements([tree[0]!]).slice(1);
    expect(text(label!)).toBe('Your address');
    expect(input!.attrs.get('type')).toBe('email');
    expect(label!.attrs.get('for')).toBe(input!.attrs.get('id'));
  });

  it('titles the card frame with the offer’s name, escaped', () => {
    const [frame] = parse(widgetSnippet('card', { lang: 'fr', id: 'evil' }, setup).html);
    expect(frame!.tag).toBe('iframe');
    expect(frame!.attrs.get('title')).toBe('"><script>alert(1)</script>\u202f: offre de mail');
    expect(frame!.attrs.get('src')).toBe('https://degmail.example/sub/embed/fr/provider/evil/');
  });

  it.each(BADGE_KINDS)('links the %s image, of its declared size, to our questionnaire', (kind) => {
    const [a] = parse(widgetSnippet('badge', { lang: 'fr', kind }, setup).html);
    const img = a!.children[0] as El;
    expect(a!.attrs.get('href')).toBe('https://degmail.example/sub/fr/questionnaire/');
    expect(img.attrs.get('src')).toBe(`https://degmail.example/sub/${badgeImagePath(kind, 'fr')}`);
    expect([img.attrs.get('width'), img.attrs.get('height')]).toEqual([String(BADGE_SIZES[kind].width), String(BADGE_SIZES[kind].height)]);
    expect(img.attrs.get('alt')).toBe(setup.words.fr!.badgeAlt);
  });
});

describe('the CSP lines', () => {
  it('name our origin for what each widget loads, or \'self\' for a self-hosted script', () => {
    const site = 'https://degmail.example/sub/';
    expect(cspText(cspLines('banner', site))).toBe('script-src https://degmail.example;');
    expect(cspText(cspLines('nudge', site, 'self'))).toBe("script-src 'self';");
    expect(cspLines('card', site).map((l) => `${l.directive} ${l.source}`)).toEqual(['frame-src https://degmail.example', 'script-src https://degmail.example']);
    expect(cspLines('card', site).find((l) => l.directive === 'script-src')?.optional).toBe(true);
    expect(cspText(cspLines('badge', site))).toBe('img-src https://degmail.example;');
  });
});
