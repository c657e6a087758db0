/**
 * The campaign around the directory, in both languages: search (an offer by name, a guide by a word of its body,
 * filters that narrow), the RSS feeds, sharing without trackers, the commitment's calendar file, and the guides'
 * steps, which must be the plan builder's.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, open } from '../../scripts/harness/browser.ts';
import { realOffers } from './real-offers.ts';
import { checkinDays } from '../../src/lib/commit/checkins.ts';
import { buildPlan } from '../../src/lib/plan/build.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import type { From } from '../../src/lib/questionnaire/answers.ts';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The guides of the real content: slug, front matter `from`, and body text. */
function guides(lang: string) {
  const dir = `content/guides/${lang}`;
  return fs.readdirSync(dir).map((f) => {
    const text = fs.readFileSync(`${dir}/${f}`, 'utf8');
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    return { slug: f.replace(/\.mdx?$/, ''), from: /^from:\s*(\S+)/m.exec(front)?.[1] as From | undefined, body };
  });
}

/** Runs a search in the page's form and returns every result's path (all pages of results). */
async function search(page: Page, words: string): Promise<string[]> {
  await page.fill('#search-q', words);
  await page.press('#search-q', 'Enter');
  // The status names the words searched for: wait for this search's, not the previous one's.
  await page.waitForFunction((w) => (document.querySelector('[data-status]')?.textContent ?? '').includes(w), words);
  for (let i = 0; i < 20 && (await page.isVisible('[data-more]')); i++) {
    const n = await page.locator('[data-results] li').count();
    await page.click('[data-more]');
    await page.waitForFunction((k) => document.querySelectorAll('[data-results] li').length > k, n);
  }
  return page.$$eval('[data-results] li h2 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe.each(['fr', 'en'] as const)('search in %s', (lang) => {
  it('finds an offer by its name and a guide by a word of its body, with no request elsewhere', async () => {
    const w = await open(browser, `${base}/${lang}/search/`);
    const offer = realOffers()[0]!;
    expect(await search(w.page, offer.name)).toContain(`/${lang}/providers/${offer.id}/`);
    const guide = guides(lang)[0]!;
    // The body's longest plain word (outside components and links) is rare enough to find the guide among its results.
    const words = guide.body.replace(/<[^>]+>|\]\([^)]*\)|\{[^}]*\}/g, ' ').match(/\p{L}{7,}/gu) ?? [];
    const word = words.sort((a, b) => b.length - a.length)[0]!;
    expect(await search(w.page, word), word).toContain(`/${lang}/guides/${guide.slug}/`);
    expect(w.problems).toEqual([]);
    await w.close();
  });

  it('filters narrow the results, and the URL keeps them', async () => {
    const w = await open(browser, `${base}/${lang}/search/`);
    const all = await search(w.page, 'gmail');
    expect(await w.page.locator('[data-filters] input[value^="type:"]').count()).toBeGreaterThan(1);
    const guide = useTranslations(lang)('search.type.guide');
    await w.page.locator(`[data-filters] input[value="type:${guide}"]`).check();
    await w.page.waitForFunction((n) => document.querySelectorAll('[data-results] li').length < n, all.length);
    const narrowed = await w.page.$$eval('[data-results] li', (lis) => lis.map((li) => li.querySelector('.badge')?.textContent));
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.length);
    expect(new Set(narrowed)).toEqual(new Set([guide]));
    expect(new URL(w.page.url()).searchParams.getAll('f')).toEqual([`type:${guide}`]);
    await w.close();
  });

  it('without JavaScript, the page lists the site’s sections', async () => {
    const w = await open(browser, `${base}/${lang}/search/?q=gmail`, { javaScriptEnabled: false });
    const sections = await w.page.$$eval('.sections a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(sections).toContain(`/${lang}/providers/`);
    expect(sections).toContain(`/${lang}/guides/`);
    for (const s of sections) expect((await fetch(base + s)).status, s).toBe(200);
    await w.close();
  });

  it('every page’s header leads to search without JavaScript', async () => {
    const w = await open(browser, `${base}/${lang}/`, { javaScriptEnabled: false });
    expect(new URL(await w.page.locator('header a.search-link').evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(`/${lang}/search/`);
    await w.close();
  });
});

describe.each(['fr', 'en'])('news feed in %s', (lang) => {
  it('parses as RSS, one item per post, each link a page of the site', async () => {
    const w = await open(browser, `${base}/${lang}/news/`);
    const feed = await w.page.evaluate(async (url) => {
      const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        items: [...doc.querySelectorAll('item')].map((i) => ({ link: i.querySelector('link')?.textContent ?? '', date: i.querySelector('pubDate')?.textContent ?? '' })),
      };
    }, `${base}/${lang}/news/rss.xml`);
    expect(feed.error).toBeNull();
    expect(feed.root).toBe('rss');
    expect(feed.items).toHaveLength(fs.readdirSync(`content/news/${lang}`).length);
    for (const item of feed.items) {
      expect(Number.isNaN(Date.parse(item.date))).toBe(false);
      const path = new URL(item.link).pathname;
      expect(path.startsWith(`/${lang}/news/`)).toBe(true);
      expect((await fetch(base + path)).status).toBe(200);
    }
    await w.close();
  });
});

describe.each(['fr', 'en'])('sharing in %s', (lang) => {
  const offer = () => realOffers()[0]!;

  it('without JavaScript: a mail link with the title and the address, and the address itself', async () => {
    const w = await open(browser, `${base}/${lang}/providers/${offer().id}/`, { javaScriptEnabled: false });
    const canonical = (await w.page.getAttribute('link[rel=canonical]', 'href'))!;
    const mail = new URL((await w.page.getAttribute('degmail-share a[href^="mailto:"]', 'href'))!);
    expect(mail.searchParams.get('subject')).toContain(offer().name);
    expect(mail.searchParams.get('body')).toContain(canonical);
    expect(await w.page.inputValue('#share-page-url')).toBe(canonical);
    expect(await w.page.isVisible('degmail-share form')).toBe(false);
    await w.close();
  });

  it('with JavaScript: copy, the share sheet and the Fediverse give the page’s address, and the instance is kept only when asked', async () => {
    const w = await open(browser, `${base}/${lang}/providers/${offer().id}/`, { permissions: ['clipboard-read', 'clipboard-write'] });
    const page = w.page;
    await page.evaluate(() => {
      const calls: unknown[] = [];
      (window as unknown as { calls: unknown[] }).calls = calls;
      window.open = ((url: string) => (calls.push(['open', url]), null)) as typeof window.open;
    });
    const canonical = (await page.getAttribute('link[rel=canonical]', 'href'))!;
    await page.click('degmail-share summary');
    await page.click('degmail-share [data-copy]');
    await page.waitForFunction(() => {
      const b = document.querySelector<HTMLElement>('degmail-share [data-copy]');
      return b?.textContent === b?.dataset.done;
    });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    await page.fill('#share-instance', 'not a host');
    await page.click('degmail-share form button[type=submit]');
    expect(await page.isVisible('degmail-share [data-error]')).toBe(true);
    await page.fill('#share-instance', 'https://Mastodon.Example/');
    await page.click('degmail-share form button[type=submit]');
    const opened = await page.evaluate(() => (window as unknown as { calls: [string, string][] }).calls);
    expect(opened).toHaveLength(1);
    const url = new URL(opened[0]![1]);
    expect(url.origin + url.pathname).toBe('https://mastodon.example/share');
    expect(url.searchParams.get('text')).toContain(canonical);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.check('degmail-share input[name=remember]');
    await page.click('degmail-share form button[type=submit]');
    expect(await page.evaluate(() => localStorage.getItem('degmail-instance'))).toBe('mastodon.example');
    expect(w.problems).toEqual([]);
    await w.close();
  });

  it('the share sheet, where the browser has one, gets the page’s address', async () => {
    const s = await open(browser, 'about:blank');
    await s.page.addInitScript(() => {
      (navigator as unknown as { share: (d: ShareData) => Promise<void> }).share = async (d) => void ((window as unknown as { shared: ShareData }).shared = d);
    });
    await s.visit(`${base}/${lang}/`);
    await s.page.click('degmail-share summary');
    await s.page.click('degmail-share [data-native]');
    const shared = await s.page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
    expect(shared.url).toBe(await s.page.getAttribute('link[rel=canonical]', 'href'));
    await s.close();
  });
});

describe.each(['fr', 'en'])('« Je m’engage » in %s', (lang) => {
  it('makes an .ics with three check-ins at 3, 6 and 9 months from the visitor’s today', async () => {
    const w = await open(browser, `${base}/${lang}/commit/`);
    const today = await w.page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.click('degmail-commit [data-ics]')]);
    const ics = fs.readFileSync((await download.path())!, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const starts = [...ics.matchAll(/^DTSTART;VALUE=DATE:(\d{8})\r$/gm)].map((m) => m[1]);
    expect(starts).toEqual(checkinDays(today).map((d) => d.replaceAll('-', '')));
    expect(await w.page.$$eval('degmail-commit time[data-checkin]', (ts) => ts.map((t) => t.getAttribute('datetime')))).toEqual(checkinDays(today));
    expect(w.problems).toEqual([]);
    await w.close();
  });

  it('without JavaScript, lists the three dates and offers no file', async () => {
    const w = await open(browser, `${base}/${lang}/commit/`, { javaScriptEnabled: false });
    const dates = await w.page.$$eval('degmail-commit time[data-checkin]', (ts) => ts.map((t) => t.getAttribute('datetime')));
    expect(dates).toHaveLength(3);
    expect(await w.page.isVisible('degmail-commit [data-ics]')).toBe(false);
    await w.close();
  });
});

describe.each(['fr', 'en'] as const)('guides in %s', (lang) => {
  it.each(guides(lang).map((g) => [g.slug, g] as const))('%s shows the plan builder’s steps, undated, and leads to the questionnaire', async (_slug, g) => {
    const w = await open(browser, `${base}/${lang}/guides/${g.slug}/`);
    const titles = await w.page.$$eval('.guide-plan .step h3', (hs) => hs.map((h) => h.textContent?.replace(/^\d+\.\s*/, '').trim()));
    const expected = g.from ? buildPlan({ answers: { from: g.from, seed: 0 }, offer: null, today: '2026-01-01', undated: true }, useTranslations(lang)).steps.map((s) => s.title) : [];
    expect(titles).toEqual(expected);
    const links = await w.page.$$eval('main a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toContain(`/${lang}/questionnaire/`);
    expect(await w.page.locator('.guide-plan time').count()).toBe(0);
    await w.close();
  });
});
