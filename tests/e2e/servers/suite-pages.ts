/**
 * The deploy test's page checks, run against each server: every page loads from under BASE and stays on the
 * origin, every internal URL and sitemap entry resolves, redirects and 404s behave.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { builtPages, open, session, type Session } from '../../../scripts/harness/browser.ts';
import type { Served } from './process.ts';

export function pageTests(s: Served): void {
  const { base, origin } = s;
  /** Every same-origin URL seen (in the DOM or requested), with the page it came from. */
  const seen = new Map<string, string>();
  /** What the browser itself got for each subresource (fonts, styles, scripts, images); -1: cancelled by the next visit. */
  const responses: { url: string; status: number; from: string }[] = [];
  let current = '';
  let tab: Session;

  beforeAll(async () => {
    tab = await session(s.browser());
    tab.page.on('response', (r) => {
      if (r.request().isNavigationRequest()) return;
      responses.push({ url: r.url(), status: r.status(), from: current });
    });
    // A request still under way when the test moves to the next page is cancelled (net::ERR_ABORTED), which says
    // nothing of the server; its URL is still fetched below, with the others.
    tab.page.on('requestfailed', (r) => responses.push({ url: r.url(), status: r.failure()?.errorText === 'net::ERR_ABORTED' ? -1 : 0, from: current }));
    return () => tab.close();
  });

  describe(`every page under ${base}`, () => {
    // The list is known before the sub-path build runs (tests are collected first), so it comes from the root
    // build in dist/ that global setup requires; the first test checks both builds hold the same pages.
    // "/" is the redirect page, checked on its own below.
    const pages = builtPages('dist').filter((p) => p !== '/');

    it('builds the same pages under the sub-path', () => {
      expect(builtPages(s.dist)).toEqual(builtPages('dist'));
      expect(pages).toEqual(expect.arrayContaining(['/fr/', '/en/', '/404.html']));
    });

    it.each(pages)(`%s: loads, keeps every URL under ${base}, stays on the origin`, async (p) => {
      const url = `${origin}${base.slice(0, -1)}${p}`;
      current = url;
      await tab.visit(url);
      const urls = await tab.page.$$eval(
        'a[href], link[href], script[src], img[src], img[srcset], source[srcset], iframe[src], form[action], meta[http-equiv="refresh" i]',
        (els) => els.flatMap((e) => {
          const abs = (v: string) => new URL(v, document.baseURI).href;
          const tag = e.tagName.toLowerCase();
          const rel = (e.getAttribute('rel') ?? '').toLowerCase();
          if (e.hasAttribute('srcset')) return e.getAttribute('srcset')!.split(',').map((x) => ({ tag, rel, url: abs(x.trim().split(/\s+/)[0]!) }));
          if (tag === 'meta') return [{ tag, rel, url: abs((e.getAttribute('content') ?? '').replace(/^[^;]*;\s*url=/i, '')) }];
          const v = e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action') ?? '';
          return [{ tag, rel, url: abs(v) }];
        }));
      const wrong: string[] = [];
      for (const u of urls) {
        if (!/^https?:/.test(u.url)) continue; // mailto:, data:
        const target = new URL(u.url);
        // Outbound links (provider sites, sources) are fine; anything the page loads or points to as itself is not.
        if (target.origin !== origin) {
          if (u.tag !== 'a') wrong.push(`<${u.tag}${u.rel ? ` rel=${u.rel}` : ''}> points to another origin: ${u.url}`);
          continue;
        }
        if (!target.pathname.startsWith(base)) wrong.push(`<${u.tag}> escapes ${base}: ${u.url}`);
        seen.set(u.url.split('#')[0]!, p);
      }
      if (p.startsWith('/fr/') || p.startsWith('/en/')) {
        expect(await tab.page.getAttribute('link[rel="canonical"]', 'href')).toBe(url);
      }
      expect(wrong).toEqual([]);
      expect(tab.problems).toEqual([]);
    });

    it(`every subresource the browser loaded came from under ${base} with HTTP 200`, () => {
      expect(responses.length).toBeGreaterThan(0);
      const bad = responses.filter((r) => {
        const u = new URL(r.url);
        if (u.protocol === 'data:' || u.protocol === 'blob:' || r.status === -1) return false;
        return u.origin !== origin || !u.pathname.startsWith(base) || (r.status !== 200 && r.status !== 304);
      }).map((r) => `${r.url} (from ${r.from}): ${r.status || 'failed'}`);
      for (const r of responses) if (r.url.startsWith(origin)) seen.set(r.url.split('#')[0]!, r.from);
      expect(bad).toEqual([]);
      // Fonts, styles and the favicon at least.
      expect(responses.some((r) => r.url.endsWith('.woff2'))).toBe(true);
      expect(responses.some((r) => r.url.endsWith('.css'))).toBe(true);
    });

    it('every internal URL resolves to 200 without a redirect', async () => {
      expect(seen.size).toBeGreaterThan(30);
      const broken: string[] = [];
      for (const [u, from] of seen) {
        const res = await fetch(u, { redirect: 'manual' });
        await res.arrayBuffer();
        if (res.status !== 200) broken.push(`${u} (from ${from}): HTTP ${res.status}`);
      }
      expect(broken).toEqual([]);
    });

    it(`the sitemap lists absolute URLs under the origin and ${base}, all of them live`, async () => {
      const index = await (await fetch(`${origin}${base}sitemap-index.xml`)).text();
      const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
      expect(maps.length).toBeGreaterThan(0);
      const locs: string[] = [];
      for (const m of maps) {
        expect(m.startsWith(`${origin}${base}`), m).toBe(true);
        locs.push(...[...(await (await fetch(m)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => x[1]!));
      }
      expect(locs.length).toBeGreaterThan(10);
      const bad: string[] = [];
      for (const l of locs) {
        if (!l.startsWith(`${origin}${base}`)) bad.push(`outside: ${l}`);
        else if ((await fetch(l, { redirect: 'manual' })).status !== 200) bad.push(`not 200: ${l}`);
      }
      expect(bad).toEqual([]);
    });
  });

  describe('routing', () => {
    it(`${base} leads to ${base}fr/`, async () => {
      const w = await open(s.browser(), `${origin}${base}`);
      await w.page.waitForURL(`${origin}${base}fr/`, { timeout: 15_000 });
      expect(await w.page.getAttribute('html', 'lang')).toBe('fr');
      await w.close();
      expect(w.problems).toEqual([]);
    });

    it('a folder without its slash gets a permanent redirect to the slashed URL', async () => {
      const b = base.slice(0, -1);
      for (const [from, to] of [[b, `${b}/`], [`${b}/fr`, `${b}/fr/`], [`${b}/en/providers`, `${b}/en/providers/`]]) {
        const res = await fetch(origin + from, { redirect: 'manual' });
        expect([301, 308], from).toContain(res.status);
        // nginx and Caddy answer with the path alone, Apache with the absolute URL: both lead to the same place.
        expect(new URL(res.headers.get('location') ?? '', origin + from).href, from).toBe(origin + to);
      }
    });

    const unknown = [`${base}no-such-page/`, `${base}fr/providers/nope/`, ...(s.server.ownsHost ? ['/elsewhere'] : [])];
    it.each(unknown)('%s: the 404 page, with status 404', async (p) => {
      const notFound = fs.readFileSync(path.join(s.dist, '404.html'), 'utf8');
      const title = /<title>([^<]*)<\/title>/.exec(notFound)![1]!;
      const w = await session(s.browser());
      const res = await w.page.goto(origin + p);
      expect(res?.status()).toBe(404);
      expect(await w.page.title()).toBe(title.replaceAll('&#39;', "'").replaceAll('&amp;', '&'));
      // Its stylesheet and font load from under BASE even at an unknown address.
      expect(await w.page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/degmail/i);
      const hrefs = await w.page.$$eval('a[href]', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs).toEqual(expect.arrayContaining([`${base}fr/`, `${base}en/`]));
      await w.close();
    });
  });
}
