/**
 * The kit page on the real build, in every locale, with JavaScript off: previews with their alt text and size, every
 * download link served whole with the right type, the locale's ZIP, and no script but the share menu's. And the
 * offer pages: CHATONS members (published, not closed) link to their own poster, flyer and card, the others to none.
 * What to expect comes from the manifest the build shipped and from the content, never from a list written here.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, open } from '../../scripts/harness/browser.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { OFFER_FORMATS } from '../../src/lib/kit/spec.ts';
import { isListed } from '../../src/lib/offers/order.ts';
import type { KitManifest } from '../../src/lib/kit/manifest.ts';
import { realOffers } from './real-offers.ts';

const base = inject('baseUrl');
const TYPES = { pdf: 'application/pdf', png: 'image/png', svg: 'image/svg+xml' } as const;
let browser: Browser;
let manifest: KitManifest;
const noJs = { javaScriptEnabled: false };

beforeAll(async () => {
  browser = await launch();
  const res = await fetch(`${base}/kit/manifest.json`);
  expect(res.status, 'the build ships the kit’s manifest').toBe(200);
  manifest = (await res.json()) as KitManifest;
});
afterAll(async () => {
  await browser?.close();
});

/** A size as the page writes it ("212 Ko", "1,2 Mo", "212 KB", "1.2 MB"), in bytes, with the precision it has. */
function parseSize(text: string): { bytes: number; step: number } | null {
  const m = /(\d[\d\u202f\u00a0,.]*)\u00a0(Ko|Mo|KB|MB)\b/.exec(text);
  if (!m) return null;
  const [whole, frac = ''] = m[1]!.replace(/[\u202f\u00a0]/g, '').split(/[,.]/);
  const unit = m[2] === 'Mo' || m[2] === 'MB' ? 1e6 : 1e3;
  return { bytes: Number(`${whole}.${frac || 0}`) * unit, step: unit / 10 ** frac.length };
}

/** A GET of a site path: status, type, declared and real length, first bytes. */
async function download(href: string) {
  const res = await fetch(new URL(href, base));
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, type: res.headers.get('content-type'), length: res.headers.get('content-length'), body };
}

const links = (page: Page, sel: string) =>
  page.$$eval(sel, (as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent ?? '', path: (a as HTMLElement).dataset.kitFile ?? (a as HTMLElement).dataset.kitZip ?? '' })));

describe.each(LOCALE_CODES)('the kit page in %s', (lang) => {
  it('shows every campaign visual with its preview, alt text, and a download link saying its type and size', async () => {
    const files = manifest.files.filter((f) => f.lang === lang && f.group === 'campaign' && f.type !== 'svg');
    expect(files.length, 'the kit has campaign visuals in this locale').toBeGreaterThan(0);
    const s = await open(browser, `${base}/${lang}/kit/`, noJs);
    expect(s.problems).toEqual([]);
    const shown = await links(s.page, 'a[data-kit-file]');
    for (const f of manifest.files.filter((x) => x.lang === lang && x.type !== 'svg')) {
      const link = shown.find((l) => l.path === f.path);
      expect(link, `${f.path} is linked`).toBeDefined();
      expect(link!.href).toBe(`/${f.path}`);
      expect(link!.text).toContain(f.type.toUpperCase());
      const size = parseSize(link!.text);
      expect(size, `${f.path}: "${link!.text}" says its size`).not.toBeNull();
      expect(Math.abs(size!.bytes - f.bytes), `${f.path}: "${link!.text}" for ${f.bytes} bytes`).toBeLessThanOrEqual(size!.step / 2 + 1);
    }
    const imgs = await s.page.$$eval('img[src*="/kit/"]', (els) => els.map((i) => ({ src: i.getAttribute('src')!, alt: i.getAttribute('alt'), width: i.getAttribute('width'), height: i.getAttribute('height'), srcset: i.getAttribute('srcset'), loading: i.getAttribute('loading') })));
    for (const f of files.filter((x) => x.ink === 'colour')) {
      const img = imgs.find((i) => i.src === `/${f.thumb.path}`);
      expect(img, `${f.path} has a preview`).toBeDefined();
      expect(img!.alt).toBe(f.alt);
      expect(img!.alt!.trim()).not.toBe('');
      expect([img!.width, img!.height].map(Number)).toEqual([Math.round(f.thumb.width / 2), Math.round(f.thumb.height / 2)]);
      expect(img!.srcset).toBe(`/${f.thumb.path} 2x`);
      expect(img!.loading).toBe('lazy');
    }
    for (const img of imgs) {
      const r = await download(img.src);
      expect([img.src, r.status, r.type]).toEqual([img.src, 200, 'image/webp']);
    }
    // Every format, each print format in colour and in black and white.
    const formats = new Set(files.map((f) => `${f.format}/${f.ink}`));
    for (const f of manifest.files.filter((x) => x.group === 'campaign' && x.type !== 'svg')) expect(formats.has(`${f.format}/${f.ink}`), `${lang} has ${f.format} ${f.ink}`).toBe(true);
    await s.close();
  });

  it('serves every linked file whole, with its type, and the locale’s ZIP', async () => {
    const s = await open(browser, `${base}/${lang}/kit/`, noJs);
    const files = await links(s.page, 'a[data-kit-file]');
    const zips = await links(s.page, 'a[data-kit-zip]');
    await s.close();
    for (const l of files) {
      const entry = manifest.files.find((f) => f.path === l.path);
      expect(entry, `${l.path} is in the manifest`).toBeDefined();
      const r = await download(l.href);
      expect([l.href, r.status, r.type, Number(r.length), r.body.length]).toEqual([l.href, 200, TYPES[entry!.type], entry!.bytes, entry!.bytes]);
    }
    const zip = manifest.zips.find((z) => z.lang === lang)!;
    expect(zips.map((z) => z.path)).toEqual([zip.path]);
    const r = await download(zips[0]!.href);
    expect([r.status, r.type, Number(r.length), r.body.length]).toEqual([200, 'application/zip', zip.bytes, zip.bytes]);
    expect(r.body.subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
    const size = parseSize(zips[0]!.text);
    expect(size, `the ZIP link "${zips[0]!.text}" says its size`).not.toBeNull();
    expect(Math.abs(size!.bytes - zip.bytes)).toBeLessThanOrEqual(size!.step / 2 + 1);
  });

  it('runs no script but the share menu’s that every content page has, and links to the customiser', async () => {
    const scripts = async (path: string) => {
      const s = await open(browser, `${base}/${lang}/${path}`, noJs);
      const list = await s.page.$$eval('script', (els) => els.map((e) => `${e.getAttribute('type') ?? ''} ${e.getAttribute('src') ?? e.textContent}`));
      await s.close();
      return list;
    };
    const reference = await scripts('criteria/');
    for (const sc of await scripts('kit/')) expect(reference, `script on the kit page: ${sc.slice(0, 80)}`).toContain(sc);
    const s = await open(browser, `${base}/${lang}/kit/`, noJs);
    expect(await s.page.$(`a[href="/${lang}/kit/customize/"]`)).not.toBeNull();
    expect(await s.page.$(`footer a[href="/${lang}/kit/"]`), 'the kit is listed in the footer').not.toBeNull();
    await s.close();
  });

  it('lists each CHATONS member offer’s kit, and offer pages link to theirs only when they have one', async () => {
    const offers = realOffers();
    const members = offers.filter((o) => o.chatons === 'member' && isListed(o)).map((o) => o.id).sort();
    expect(members.length).toBeGreaterThan(0);
    const inManifest = [...new Set(manifest.files.filter((f) => f.lang === lang && f.group === 'offer').map((f) => f.subject))].sort();
    expect(inManifest).toEqual(members);
    const kit = await open(browser, `${base}/${lang}/kit/`, noJs);
    expect((await kit.page.$$eval('[data-kit-offer]', (els) => els.map((e) => (e as HTMLElement).dataset.kitOffer!))).sort()).toEqual(members);
    await kit.close();
    for (const o of offers) {
      const html = await (await fetch(`${base}/${lang}/providers/${o.id}/`)).text();
      const hrefs = [...html.matchAll(/data-kit-file="([^"]+)"/g)].map((m) => m[1]!).sort();
      const expected = members.includes(o.id)
        ? manifest.files.filter((f) => f.lang === lang && f.group === 'offer' && f.subject === o.id && f.type !== 'svg').map((f) => f.path).sort()
        : [];
      expect(hrefs, o.id).toEqual(expected);
      if (!members.includes(o.id)) continue;
      expect(new Set(manifest.files.filter((f) => hrefs.includes(f.path)).map((f) => `${f.format}/${f.ink}`)), o.id)
        .toEqual(new Set(OFFER_FORMATS.flatMap((f) => [`${f}/colour`, `${f}/mono`])));
      // The footer links to the kit on every page: this link is the one in the offer's own kit section.
      const section = html.slice(html.indexOf('data-offer-kit'), html.indexOf('</section>', html.indexOf('data-offer-kit')));
      expect(section, `${o.id} links to the kit`).toContain(`href="/${lang}/kit/"`);
    }
  });
});
