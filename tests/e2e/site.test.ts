/**
 * The foundation's pages in both languages, the directory filters with and without JavaScript, and the
 * language switch.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, open } from '../../scripts/harness/browser.ts';
import { isKnown } from '../../src/schemas/provider.ts';
import { realOffers } from './real-offers.ts';
import { FACT_GROUPS } from '../../src/lib/offers/fact-groups.ts';

const base = inject('baseUrl');
let browser: Browser;
const real = realOffers();
// The country most offers share, to filter by.
const countries = real.map((p) => p.country).filter((c) => c !== 'unknown');
const country = [...new Set(countries)].sort((a, b) => countries.filter((c) => c === b).length - countries.filter((c) => c === a).length)[0]!;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const visible = (page: Page, sel: string) =>
  page.$$eval(sel, (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => (e as HTMLElement).dataset.offerId));

describe.each(['fr', 'en'])('pages in %s', (lang) => {
  it('home has the two calls to action', async () => {
    const w = await open(browser, `${base}/${lang}/`);
    expect(await w.page.getAttribute('html', 'lang')).toBe(lang);
    const hrefs = await w.page.$$eval('.ctas a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toEqual([`/${lang}/questionnaire/`, `/${lang}/providers/`]);
    await w.close();
  });

  it('directory lists every offer, CHATONS ones apart from the others', async () => {
    const w = await open(browser, `${base}/${lang}/providers/`);
    const chatons = await w.page.$$eval('section[aria-labelledby="chatons-title"] .offer', (els) => els.map((e) => (e as HTMLElement).dataset.offerId));
    const outside = await w.page.$$eval('section.outside .offer', (els) => els.map((e) => (e as HTMLElement).dataset.offerId));
    expect(new Set(chatons)).toEqual(new Set(real.filter((p) => p.chatons !== 'not-member').map((p) => p.id)));
    expect(new Set(outside)).toEqual(new Set(real.filter((p) => p.chatons === 'not-member').map((p) => p.id)));
    expect(await w.page.$$eval('.compare tbody tr', (r) => r.length)).toBe(real.length);
    await w.close();
  });

  it('every offer page opens with a summary, shows each known fact with its source, and folds the unknown ones', async () => {
    for (const p of real) {
      const w = await open(browser, `${base}/${lang}/providers/${p.id}/`);
      expect(await w.page.textContent('h1')).toBe(p.name);
      expect((await w.page.textContent('[data-summary]'))?.trim()).toMatch(/\S/);
      const rows = await w.page.$$eval('tr[data-field]', (trs) =>
        trs.map((tr) => ({ field: (tr as HTMLElement).dataset.field!, sources: tr.querySelectorAll('.src li').length })));
      const folded = await w.page.$$eval('[data-unknown-facts] li[data-field]', (lis) => lis.map((li) => (li as HTMLElement).dataset.field!));
      for (const row of rows) {
        const v = p[row.field as keyof typeof p];
        if (row.field === 'chatons' && p.chatons !== 'member') expect(row.sources, `${p.id} makes no membership claim`).toBe(0);
        else {
          expect(isKnown(v, row.field), `${p.id} ${row.field} is shown as known`).toBe(true);
          expect(row.sources, `${p.id} ${row.field} needs a source link`).toBeGreaterThan(0);
        }
      }
      for (const f of folded) expect(isKnown(p[f as keyof typeof p], f), `${p.id} ${f} is folded as unknown`).toBe(false);
      // Every fact of the page is in one place or the other, once.
      expect(new Set([...rows.map((r) => r.field), ...folded]).size).toBe(rows.length + folded.length);
      expect(rows.length + folded.length).toBe(FACT_GROUPS.flatMap((g) => g.fields).length);
      for (const s of p.sources) {
        // A measured source has no URL: it names the tool and the day instead.
        if (s.kind === 'measured') expect(await w.page.textContent('.sources [data-measured]'), s.id).toContain(s.tool);
        else expect(await w.page.$(`a[href="${s.url}"]`), s.url).not.toBeNull();
      }
      await w.close();
    }
  });

  it('criteria page explains the charter, the order and corrections', async () => {
    const w = await open(browser, `${base}/${lang}/criteria/`);
    expect(await w.page.$$eval('h2', (h) => h.length)).toBeGreaterThanOrEqual(5);
    expect(await w.page.textContent('main')).toContain('CHATONS');
    await w.close();
  });
});

describe('directory filters', () => {
  it('work with JavaScript off: hide known misfits, keep unknowns marked "to check"', async () => {
    const w = await open(browser, `${base}/en/providers/`, { javaScriptEnabled: false });
    const all = await visible(w.page, '.offers .offer');
    expect(all.length).toBe(real.length);
    await w.page.check('#f-imap-yes');
    const shown = new Set(await visible(w.page, '.offers .offer'));
    for (const p of real) expect(shown.has(p.id), p.id).toBe(p.imap !== 'no');
    const flagged = await w.page.$$eval('.offers .offer', (els) =>
      els.filter((e) => (e.querySelector('.tocheck-imap') as HTMLElement).offsetParent !== null).map((e) => (e as HTMLElement).dataset.offerId));
    expect(new Set(flagged)).toEqual(new Set(real.filter((p) => p.imap === 'unknown').map((p) => p.id)));
    // The comparison table follows the same filters.
    expect(new Set(await visible(w.page, '.compare tbody tr'))).toEqual(shown);
    await w.page.check('#f-price-le0');
    for (const id of await visible(w.page, '.offers .offer')) {
      const p = real.find((x) => x.id === id)!;
      expect(p.price === 'unknown' || p.price.model === 'free' || p.price.model === 'pay-what-you-can', id).toBe(true);
    }
    await w.close();
    expect(w.problems).toEqual([]);
  });

  it('compare: tick offers, then show only them, without JavaScript', async () => {
    const w = await open(browser, `${base}/fr/providers/`, { javaScriptEnabled: false });
    const [a, b] = [real[0]!.id, real.at(-1)!.id];
    await w.page.check(`#cmp-${a}`);
    await w.page.check(`#cmp-${b}`);
    await w.page.check('#cmp-only');
    expect(new Set(await visible(w.page, '.compare tbody tr'))).toEqual(new Set([a, b]));
    await w.close();
  });

  it('with JavaScript, the URL carries the state and restores it', async () => {
    const w = await open(browser, `${base}/fr/providers/`);
    await w.page.check('#f-imap-yes');
    await w.page.check(`#f-country-${country}`);
    await w.page.selectOption('#sort', 'name');
    const url = new URL(w.page.url());
    expect(url.searchParams.get('imap')).toBe('yes');
    expect(url.searchParams.get('country')).toBe(country);
    expect(url.searchParams.get('sort')).toBe('name');
    const shown = await visible(w.page, '.offers .offer');
    await w.close();
    const again = await open(browser, url.href);
    expect(await again.page.isChecked('#f-imap-yes')).toBe(true);
    expect(await again.page.isChecked(`#f-country-${country}`)).toBe(true);
    expect(await visible(again.page, '.offers .offer')).toEqual(shown);
    const names = await again.page.$$eval('.outside .offer', (els) => els.filter((e) => (e as HTMLElement).offsetParent).map((e) => (e as HTMLElement).dataset.name!));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    await again.close();
    expect([...w.problems, ...again.problems]).toEqual([]);
  });

  it('with JavaScript, caps the comparison at four offers', async () => {
    const w = await open(browser, `${base}/fr/providers/`);
    const ids = real.slice(0, 5).map((p) => p.id);
    for (const id of ids.slice(0, 4)) await w.page.check(`#cmp-${id}`);
    expect(await w.page.isDisabled(`#cmp-${ids[4]}`)).toBe(true);
    expect(new URL(w.page.url()).searchParams.get('compare')!.split(',')).toHaveLength(4);
    await w.close();
  });
});

it('keeps the fact tables real tables on a phone, in the accessibility tree', async () => {
  const w = await open(browser, `${base}/en/providers/${real[0]!.id}/`, { viewport: { width: 360, height: 780 } });
  const tree = await w.page.locator('table.facts').first().ariaSnapshot();
  expect(tree).toMatch(/^- table/);
  // YAML quotes a line that holds a quote: - 'cell "…"'.
  expect(tree).toMatch(/- '?row "/);
  expect(tree).toMatch(/- '?rowheader "/);
  expect(tree).toMatch(/- '?cell "/);
  // Nothing on the page is wider than the phone.
  expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await w.close();
});

it('the language switch keeps the page', async () => {
  for (const path of ['', 'providers/', `providers/${real[0]!.id}/`, 'criteria/']) {
    const w = await open(browser, `${base}/fr/${path}`);
    await w.page.click('nav.lang a[hreflang="en"]');
    expect(new URL(w.page.url()).pathname).toBe(`/en/${path}`);
    await w.page.click('nav.lang a[hreflang="fr"]');
    expect(new URL(w.page.url()).pathname).toBe(`/fr/${path}`);
    await w.close();
  }
});

describe.each(['fr', 'en'])('filter counts in %s', (lang) => {
  it('counts, next to each option, the offers known to match it (static, without JavaScript)', async () => {
    const w = await open(browser, `${base}/${lang}/providers/`, { javaScriptEnabled: false });
    const label = (id: string) => w.page.textContent(`label[for="${id}"] .count`);
    expect(await label('f-imap-yes')).toContain(`(${real.filter((p) => p.imap === 'yes').length} `);
    expect(await label(`f-country-${country}`)).toContain(`(${real.filter((p) => p.country === country).length} `);
    expect(await w.page.isVisible('[data-shown]')).toBe(false);
    await w.close();
  });

  it('with JavaScript, says live how many offers are shown, and updates the section counts', async () => {
    const w = await open(browser, `${base}/${lang}/providers/`);
    await w.page.check('#f-imap-yes');
    const shown = await visible(w.page, '.offers .offer');
    expect(await w.page.textContent('[data-shown]')).toContain(String(shown.length));
    const outsideShown = await visible(w.page, 'section.outside .offer');
    expect(await w.page.textContent('#outside-title [data-count]')).toBe(`(${outsideShown.length})`);
    expect(outsideShown.length).toBeLessThan(real.filter((p) => p.chatons === 'not-member').length);
    await w.close();
    expect(w.problems).toEqual([]);
  });
});
