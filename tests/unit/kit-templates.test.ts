/**
 * The kit's templates keep their promises on the real content: every text, the mark, a logo and the QR code lie
 * inside the safe zone, nothing was cut to fit, no glyph is missing, QR codes print at least 20 mm wide with their
 * 4-module quiet zone, mono visuals are black on white. Checked for every template × format × locale × ink, with
 * the real messages, the real offers that get a kit, and a fictional group with a long name and a logo. The
 * checker itself is shown to catch an overflowing text.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import metrics from '../../src/lib/kit/metrics.json' with { type: 'json' };
import { campaignLayout } from '../../src/lib/kit/templates/campaign.ts';
import { offerLayout } from '../../src/lib/kit/templates/offer.ts';
import { pageLayout } from '../../src/lib/kit/templates/page.ts';
import type { Layout } from '../../src/lib/kit/templates/parts/content.ts';
import { offerKitFacts } from '../../src/lib/kit/offer-facts.ts';
import { FORMAT_IDS, FORMATS, frameOf, MM, type FormatId } from '../../src/lib/kit/formats.ts';
import { OFFER_FORMATS, type GroupInfo, type Ink } from '../../src/lib/kit/spec.ts';
import { measure, missingGlyphs } from '../../src/lib/kit/layout.ts';
import { MARK } from '../../src/lib/kit/brand.ts';
import { QR_MIN_MM, QR_QUIET } from '../../src/lib/kit/qr.ts';
import type { Scene } from '../../src/lib/kit/scene.ts';
import { contrast } from '../../src/brand/palette.ts';
import { readKitMessages } from '../../src/node/kit/messages.ts';
import { makeT } from '../../src/lib/shared/translate.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { realOffers } from '../e2e/real-offers.ts';

const DESCENT = -metrics.descent / metrics.upm;
const dicts = Object.fromEntries(LOCALE_CODES.map((l) => [l, JSON.parse(fs.readFileSync(`src/i18n/${l}.json`, 'utf8')) as Record<string, string>]));
const tOf = (lang: string) => makeT(dicts[lang]!);
const messages = Object.fromEntries(LOCALE_CODES.map((l) => [l, readKitMessages('content', l)]));
const offers = realOffers().filter((o) => o.chatons === 'member' && o.status !== 'closed');
const INKS: Ink[] = ['colour', 'mono'];
/** A 1 × 1 PNG, with a declared size of a wide logo. */
const LOGO = { href: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', width: 640, height: 160 };
const GROUP: GroupInfo = {
  name: 'Association des Chatonnes et Chatons Libres de Saint-Rémy-en-Bouzemont-sur-Loire',
  place: 'Médiathèque Jean-Moulin, salle 2',
  date: 'samedi 14 mars, 14 h 30',
  logo: LOGO,
};
const PRINTED = { printer: 'IPNS – imprimé par nos soins, Chatons de Bouzemont, 3 rue des Lilas, 49000 Angers', noLitter: true };

/** Everything wrong with a scene drawn for `format`: outside the safe zone, missing glyphs, QR size, mono colours. */
function sceneProblems(scene: Scene, format: FormatId, ink: Ink): string[] {
  const f = frameOf(format);
  const s = f.safe;
  const eps = 1e-6;
  const print = FORMATS[format].kind === 'print';
  const out: string[] = [];
  const inside = (what: string, x0: number, y0: number, x1: number, y1: number) => {
    if (x0 < s.x - eps || y0 < s.y - eps || x1 > s.x + s.width + eps || y1 > s.y + s.height + eps)
      out.push(`${what} is outside the safe zone: [${x0.toFixed(1)}, ${y0.toFixed(1)}, ${x1.toFixed(1)}, ${y1.toFixed(1)}]`);
  };
  const first = scene.items[0];
  if (first?.t !== 'rect' || first.x > 0 || first.y > 0 || first.w < f.width || first.h < f.height) out.push('the background does not fill the bleed');
  for (const i of scene.items) {
    if (i.t === 'text') {
      const w = measure(i.text, i.size, i.weight);
      const x0 = i.anchor === 'start' ? i.x : i.anchor === 'middle' ? i.x - w / 2 : i.x - w;
      inside(`text "${i.text}"`, x0, i.y - i.size, x0 + w, i.y + i.size * DESCENT);
      if (missingGlyphs(i.text).length) out.push(`text "${i.text}" has glyphs the font lacks: ${missingGlyphs(i.text).join(' ')}`);
    } else if (i.t === 'qr') {
      inside('the QR code', i.x, i.y, i.x + i.size, i.y + i.size);
      if (i.quiet !== QR_QUIET) out.push(`the QR code's quiet zone is ${i.quiet} modules`);
      if (print && i.size < QR_MIN_MM * MM - eps) out.push(`the QR code is ${(i.size / MM).toFixed(1)} mm wide`);
      if (contrast(i.dark, i.light) < 7 || brightness(i.dark) > brightness(i.light)) out.push(`the QR code is not dark on light (${i.dark} on ${i.light})`);
    } else if (i.t === 'image') inside('the logo', i.x, i.y, i.x + i.w, i.y + i.h);
    else if (i.t === 'path' && i.d === MARK.body) inside('the mark', i.x + 6 * i.scale, i.y + 6 * i.scale, i.x + 58 * i.scale, i.y + 58 * i.scale);
    if (ink === 'mono' && i.t !== 'image' && i.t !== 'qr') {
      const paint = (i.t === 'path' ? [i.fill, i.stroke] : [i.fill]).filter((p) => p && p !== 'none');
      if (paint.some((p) => p !== '#000000' && p !== '#ffffff')) out.push(`mono item in colour: ${paint.join(', ')}`);
      if (i.t === 'rect' && i.fill === '#000000' && i.w * i.h > 0.02 * f.width * f.height) out.push('mono visual with a large solid black area');
    }
  }
  return out;
}

function brightness(hex: string): number {
  return [1, 3, 5].reduce((sum, k) => sum + parseInt(hex.slice(k, k + 2), 16), 0);
}

function expectClean(layout: Layout, format: FormatId, ink: Ink) {
  expect(layout.cut, 'texts cut to fit').toEqual([]);
  expect(sceneProblems(layout.scene, format, ink)).toEqual([]);
}

describe('campaign visuals', () => {
  const cases = LOCALE_CODES.flatMap((lang) => FORMAT_IDS.flatMap((format) => INKS.map((ink) => [lang, format, ink] as const)));
  it.each(cases)('%s %s %s: every message, with and without a group, fits its safe zone', (lang, format, ink) => {
    const t = tOf(lang);
    for (const message of messages[lang]!)
      for (const group of [undefined, GROUP, { name: 'Chatons de Brest' }]) {
        const spec = { format, ink, lang, qrUrl: `https://degmail.example/${lang}/`, urlLabel: `degmail.example/${lang}`, message, group, printed: PRINTED };
        const layout = campaignLayout(spec, t);
        expectClean(layout, format, ink);
        const texts = layout.scene.items.flatMap((i) => (i.t === 'text' ? [i.text] : []));
        if (format !== 'card-front') expect(texts.join(' ')).toContain(message.cta);
        expect(layout.scene.items.filter((i) => i.t === 'qr').length).toBe(format === 'card-front' ? 0 : 1);
        if (group && format !== 'card-back') expect(texts.join(' ')).toContain(group.name.split(' ')[0]);
        if (group?.logo && format !== 'card-back') {
          const img = layout.scene.items.find((i) => i.t === 'image');
          expect(img && img.t === 'image' ? img.w / img.h : 0).toBeCloseTo(LOGO.width / LOGO.height, 6);
        }
        // The printed matter is on paper, once per card (its back).
        const noLitter = texts.some((x) => x.includes(t('kit.printed.noLitter')));
        expect(noLitter).toBe(FORMATS[format].kind === 'print' && format !== 'card-front');
      }
  });
});

describe('offer visuals', () => {
  it('has real offers to draw, CHATONS members only', () => {
    expect(offers.length).toBeGreaterThan(3);
    expect(offers.every((o) => o.chatons === 'member')).toBe(true);
  });

  const cases = LOCALE_CODES.flatMap((lang) => OFFER_FORMATS.flatMap((format) => INKS.map((ink) => [lang, format, ink] as const)));
  it.each(cases)('%s %s %s: every offer fits its safe zone', (lang, format, ink) => {
    const t = tOf(lang);
    for (const o of offers) {
      const offer = { name: o.name, ...offerKitFacts(o, t, lang) };
      const spec = { format, ink, lang, qrUrl: `https://degmail.example/${lang}/providers/${o.id}/`, urlLabel: `degmail.example/${lang}/providers/${o.id}`, offer, printed: { noLitter: true } };
      const layout = offerLayout(spec, t);
      expectClean(layout, format, ink);
      const texts = layout.scene.items.flatMap((i) => (i.t === 'text' ? [i.text] : [])).join(' ');
      if (format !== 'card-front') for (const fact of offer.facts) expect(texts).toContain(fact.split(' ')[0]);
      if (offer.place && format !== 'card-back') expect(texts).toContain(offer.place);
    }
  });
});

describe('offer facts', () => {
  const t = tOf('en');
  const byId = (id: string) => offers.find((o) => o.id === id)!;
  it('gives the city, else the region, and never invents a place', () => {
    for (const o of offers) {
      const { place } = offerKitFacts(o, t, 'en');
      expect(place).toBe(o.city !== 'unknown' ? o.city : o.region !== 'unknown' ? o.region : undefined);
    }
  });

  it('words only known facts, as the offer page does, with the price in the locale', () => {
    const arn = offerKitFacts(byId('arn-sans-nuage'), t, 'en').facts;
    expect(arn).toContain(t('registration.Member'));
    expect(arn.some((f) => f.includes('€50'))).toBe(true);
    expect(offerKitFacts(byId('arn-sans-nuage'), tOf('fr'), 'fr').facts.some((f) => /^50\s€/u.test(f))).toBe(true);
    const unknown = { ...byId('arn-sans-nuage'), price: 'unknown' as const, registration: 'unknown' as const, chatons: 'unverified' as const };
    expect(offerKitFacts(unknown, t, 'en').facts).toEqual([]);
  });
});

describe('page share images', () => {
  const titles = (lang: string) =>
    ['pages', 'guides', 'news', 'deliverability'].flatMap((c) => {
      const dir = `content/${c}/${lang}`;
      if (!fs.existsSync(dir)) return [];
      return fs.readdirSync(dir).map((f) => /^title:\s*"?(.*?)"?\s*$/m.exec(fs.readFileSync(`${dir}/${f}`, 'utf8'))?.[1] ?? f);
    });
  it.each(LOCALE_CODES)('%s: every page title fits, and so does a very long one', (lang) => {
    const list = [...titles(lang), 'Un titre de page particulièrement long, qui ne tiendrait pas sur deux lignes à la taille maximale'];
    expect(list.length).toBeGreaterThan(10);
    for (const title of list) expectClean(pageLayout({ title, lang, urlLabel: `degmail.example/${lang}` }, tOf(lang)), 'og', 'colour');
  });
});

describe('the checks can fail', () => {
  it('the safe-zone check catches a text that runs past the edge', () => {
    const f = frameOf('poster-a4');
    const scene: Scene = { width: f.width, height: f.height, lang: 'fr', alt: '', items: [
      { t: 'rect', x: 0, y: 0, w: f.width, h: f.height, fill: '#ffffff' },
      { t: 'text', x: f.safe.x, y: f.safe.y + 40, size: 40, weight: 700, fill: '#000000', anchor: 'start', text: 'Un titre bien trop long pour la largeur' },
      { t: 'text', x: f.safe.x, y: f.safe.y + 10, size: 20, weight: 400, fill: '#0b6e4f', anchor: 'start', text: '日本' },
      { t: 'qr', x: f.safe.x, y: f.safe.y + 100, size: 15 * MM, modules: [[true]], quiet: 2, dark: '#000000', light: '#ffffff' },
    ] };
    const problems = sceneProblems(scene, 'poster-a4', 'mono').join('\n');
    expect(problems).toMatch(/text "Un titre bien trop long.*outside the safe zone/);
    expect(problems).toMatch(/text "日本" is outside.*\n.*lacks: 日 本/);
    expect(problems).toMatch(/quiet zone is 2 modules/);
    expect(problems).toMatch(/QR code is 15\.0 mm wide/);
    expect(problems).toMatch(/mono item in colour: #0b6e4f/);
  });

  it('a headline too long for any size is cut, reported, and still drawn inside the safe zone', () => {
    const message = { id: 'x', headline: 'Quittez Gmail '.repeat(40), line: 'Une ligne.', cta: 'Go' };
    for (const format of ['card-front', 'flyer-a6', 'og'] as const) {
      const layout = campaignLayout({ format, ink: 'colour', lang: 'fr', qrUrl: 'https://degmail.example/fr/', urlLabel: 'degmail.example/fr', message }, tOf('fr'));
      expect(layout.cut).toContain('headline');
      expect(sceneProblems(layout.scene, format, 'colour')).toEqual([]);
      expect(layout.scene.items.some((i) => i.t === 'text' && i.text.endsWith('…'))).toBe(true);
    }
  });
});
