/**
 * Every built page: zero axe violations (WCAG 2.2 A and AA rules in light mode, colour contrast again in dark
 * mode), no request to another origin, no cookie, no console error (CSP violations show up there), and no
 * broken internal link.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axe, builtPages, launch, open, session, type Session } from '../../scripts/harness/browser.ts';

const base = inject('baseUrl');
// "/" only redirects to /fr/; the redirect has its own test.
const pages = builtPages().filter((p) => p !== '/');
let browser: Browser;
const tabs: Partial<Record<'light' | 'dark', Session>> = {};
const links = new Map<string, string>();

beforeAll(async () => {
  browser = await launch();
  tabs.light = await session(browser, { colorScheme: 'light' });
  tabs.dark = await session(browser, { colorScheme: 'dark' });
});
afterAll(async () => {
  await browser?.close();
});

describe('every page, light mode', () => {
  it.each(pages)('%s: accessible, private, quiet', async (path) => {
    const tab = tabs.light!;
    await tab.visit(base + path);
    const violations = await axe(tab.page);
    const hrefs = await tab.page.$$eval('a[href], link[href], script[src], img[src]', (els) =>
      els.map((e) => (e as HTMLAnchorElement).href || (e as HTMLScriptElement).src));
    for (const h of hrefs) if (h.startsWith(new URL(base).origin)) links.set(h.split('#')[0]!, path);
    expect(violations).toEqual([]);
    expect(tab.problems).toEqual([]);
  });
});

describe('every page, dark mode', () => {
  it.each(pages)('%s: enough contrast', async (path) => {
    const tab = tabs.dark!;
    await tab.visit(base + path);
    expect(await axe(tab.page, ['color-contrast', 'link-in-text-block'])).toEqual([]);
    expect(tab.problems).toEqual([]);
  });
});

describe('whole site', () => {
  it('sets no cookie anywhere', async () => {
    for (const tab of [tabs.light!, tabs.dark!]) {
      await tab.close();
      expect(tab.problems).toEqual([]);
    }
  });

  it('has no broken internal link', async () => {
    expect(links.size).toBeGreaterThan(30);
    const broken: string[] = [];
    for (const [href, from] of links) {
      const res = await fetch(href);
      if (res.status !== 200) broken.push(`${href} (linked from ${from}): HTTP ${res.status}`);
    }
    expect(broken).toEqual([]);
  });

  it('axe checks best practices too (the check can fail)', async () => {
    const w = await session(browser);
    await w.page.setContent('<!doctype html><html lang="en"><head><title>t</title></head><body><nav aria-label="Main"><a href="#a">a</a></nav><nav aria-label="Main"><a href="#b">b</a></nav><main><h1>t</h1></main></body></html>');
    expect((await axe(w.page)).join('\n')).toMatch(/landmark-unique/);
    await w.close();
  });

  it('sends / to the French home page', async () => {
    const w = await open(browser, base + '/');
    await w.page.waitForURL(/\/fr\/$/);
    expect(new URL(w.page.url()).pathname).toBe('/fr/');
    await w.close();
    expect(w.problems).toEqual([]);
  });
});
