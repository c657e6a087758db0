/**
 * Byte budgets on every page of the real build (dist/, served on a random port by the global setup), measured in
 * Debian's Chromium by the same code as `npm run bench` (scripts/bench/weigh.ts) against the one template table
 * (scripts/bench/templates.ts): every response of a first visit, brotli-compressed here at quality 11. A failure
 * names the page, the resource and how far over budget it is.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { builtPages, launch } from '../../scripts/harness/browser.ts';
import { weighPage, type PageWeight, type Resource } from '../../scripts/bench/weigh.ts';
import { isContentPage, SHARE_JS, SITE_FONTS, TEMPLATES, templateOf } from '../../scripts/bench/templates.ts';
import {
  criticalPathProblems, imageProblems, javascriptProblems, pageFontProblems, siteFontProblems, fontProblems, totalProblems,
} from '../../scripts/bench/budgets.ts';

const base = inject('baseUrl');
// "/" is only a redirect to /fr/ (it navigates away on its own).
const pages = builtPages().filter((p) => p !== '/');
const contentPages = pages.filter(isContentPage);
const appPages = pages.filter((p) => TEMPLATES[templateOf(p)].total !== null);

let browser: Browser;
const weights = new Map<string, Promise<PageWeight>>();
/** Each page is loaded once, whichever budget asks first. */
const weigh = (path: string) => {
  let w = weights.get(path);
  if (!w) weights.set(path, (w = weighPage(browser, path, { base })));
  return w;
};

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('JavaScript at load: only the share menu’s (≤ 1 KB brotli) on content pages, the directory ≤ 2 KB more', () => {
  it.each(contentPages)('%s', async (path) => {
    const w = await weigh(path);
    expect(w.status, `${path} should load`).toBe(200);
    expect(javascriptProblems(w)).toEqual([]);
  });
});

describe('critical path: HTML + CSS ≤ 14 KB brotli', () => {
  it.each(contentPages)('%s', async (path) => {
    const w = await weigh(path);
    expect(w.resources.some((r) => r.kind === 'html')).toBe(true);
    expect(criticalPathProblems(w)).toEqual([]);
  });
});

describe(`fonts: at most ${SITE_FONTS.files} files, ≤ ${SITE_FONTS.bytes / 1024} KB brotli together (the kit's own on its templates)`, () => {
  it.each(pages)('%s', async (path) => {
    expect(pageFontProblems(await weigh(path))).toEqual([]);
  });

  it('the whole site', async () => {
    expect(siteFontProblems(await Promise.all(pages.map(weigh)))).toEqual([]);
  });
});

describe('interactive pages: everything but fonts within their line of the template table (and their script within its own, where it has one)', () => {
  it.each(appPages)('%s', async (path) => {
    const w = await weigh(path);
    expect(totalProblems(w)).toEqual([]);
    expect(javascriptProblems(w)).toEqual([]);
  });
});

describe('images: width and height, srcset for raster images, lazy below the fold', () => {
  it.each(pages)('%s', async (path) => {
    const w = await weigh(path);
    expect(imageProblems(path, w.images, w.fold, w.resources)).toEqual([]);
  });

  it('the check itself catches each mistake', () => {
    const img = { src: 'http://x/a.png', width: '10', height: '10', srcset: 'a.png 1x, a@2x.png 2x', loading: null, top: 100, rendered: true };
    expect(imageProblems('/p/', [img], 900)).toEqual([]);
    expect(imageProblems('/p/', [{ ...img, width: null }], 900)).toEqual(['/p/: <img src="/a.png"> has no width']);
    expect(imageProblems('/p/', [{ ...img, srcset: null }], 900)).toEqual(['/p/: raster <img src="/a.png"> has no srcset']);
    expect(imageProblems('/p/', [{ ...img, src: 'http://x/a.svg', srcset: null }], 900)).toEqual([]);
    expect(imageProblems('/p/', [{ ...img, top: 1200 }], 900)).toEqual([
      '/p/: <img src="/a.png"> is below the fold (1200 px, fold 900 px) without loading="lazy"',
    ]);
    expect(imageProblems('/p/', [{ ...img, top: 1200, loading: 'lazy' }], 900)).toEqual([]);
  });
});

describe('the measure itself', () => {
  const fake = (path: string, parts: Partial<PageWeight>): PageWeight => ({
    url: 'http://x' + path, path, template: templateOf(path), status: 200, resources: [], scripts: [], images: [], fold: 900, problems: [], ...parts,
  });
  const res = (url: string, kind: Resource['kind'], brotli: number): Resource => ({
    url, kind, status: 200, contentType: '', cacheControl: 'no-cache', cached: false, bytes: brotli, brotli,
  });

  it('weighs every page, each under its template', () => {
    expect(contentPages.length).toBeGreaterThan(10);
    expect(contentPages).toContain('/404.html');
    expect(contentPages.map(templateOf)).toEqual(expect.arrayContaining(['home', 'directory', 'offer', 'criteria', '404']));
    expect(appPages.map(templateOf)).toContain('questionnaire');
    expect(['search/', 'contribute/', 'kit/customize/', 'widgets/', 'deliverability/analyser/', 'commit/', 'guides/gmail/'].map((p) => templateOf(`/fr/${p}`)))
      .toEqual(['search', 'contribute', 'kit-customizer', 'widgets', 'analyser', 'commit', 'content']);
  });

  it('finds JavaScript inline, external and loaded later, and lets JSON data through', () => {
    // Incompressible text, so its brotli size is about its length.
    const noise = (n: number) => {
      let x = 1;
      return Array.from({ length: n }, () => String.fromCharCode(48 + ((x = (x * 48271) % 2147483647) % 74))).join('');
    };
    const small = { type: 'module', src: '', inline: 'customElements.define("x-y", class extends HTMLElement {})' };
    const big = { type: '', src: '', inline: `/*${noise(SHARE_JS * 2)}*/` };
    const json = { type: 'application/ld+json', src: '', inline: `{"a":"${noise(SHARE_JS * 2)}"}` };
    expect(javascriptProblems(fake('/fr/', { scripts: [json] }))).toEqual([]);
    expect(javascriptProblems(fake('/fr/', { scripts: [small] }))).toEqual([]);
    expect(javascriptProblems(fake('/fr/', { scripts: [big] }))).toHaveLength(1);
    expect(javascriptProblems(fake('/fr/', { scripts: [{ type: 'module', src: 'http://x/a.js', inline: '' }], resources: [res('http://x/a.js', 'js', SHARE_JS + 1)] })))
      .toEqual([`/fr/: JavaScript 1.00 KB brotli, over the 1 KB budget by 0.00 KB (1 B): <script src="/a.js"> ${SHARE_JS + 1} B`]);
    expect(javascriptProblems(fake('/fr/criteria/', { resources: [res('http://x/late.js', 'js', SHARE_JS + 10)] }))).toHaveLength(1);
    expect(javascriptProblems(fake('/fr/providers/', { resources: [res('http://x/f.js', 'js', 2048 + SHARE_JS)] }))).toEqual([]);
    expect(javascriptProblems(fake('/fr/providers/', { resources: [res('http://x/f.js', 'js', 2049 + SHARE_JS)] }))[0])
      .toMatch(/^\/fr\/providers\/: JavaScript 3\.00 KB brotli, over the 3 KB budget by 0\.00 KB \(1 B\)/);
  });

  it('adds HTML and CSS for the critical path, counts fonts site-wide once each, and an app by its line', () => {
    const page = fake('/fr/providers/x/', { resources: [res('http://x/fr/providers/x/', 'html', 10 * 1024), res('http://x/a.css', 'css', 4 * 1024 + 5)] });
    expect(criticalPathProblems(page)).toEqual(['/fr/providers/x/: HTML + CSS 14.00 KB brotli, over the 14 KB budget by 0.00 KB (5 B): /fr/providers/x/ 10240 B, /a.css 4101 B']);
    const font = (n: number) => res(`http://x/f${n}.woff2`, 'font', 9 * 1024);
    expect(fontProblems('site', [font(1), font(2), font(1)])).toEqual([]);
    expect(fontProblems('site', [font(1), font(2), font(3)])).toHaveLength(2);
    expect(totalProblems(fake('/fr/questionnaire/', { resources: [res('http://x/q.js', 'js', 41 * 1024)] }))).toHaveLength(1);
    expect(totalProblems(fake('/fr/questionnaire/', { resources: [res('http://x/q.js', 'js', 39 * 1024), font(1)] }))).toEqual([]);
  });
});
