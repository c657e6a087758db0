/**
 * The deploy test: the site built for a sub-path (BASE=/degmail/) and served by a real nginx running
 * deploy/nginx.conf.example itself (only its listen, TLS and root lines swapped for a loopback port and a
 * temporary folder). Every page must load, every internal URL must stay under /degmail/ and resolve, nothing may
 * leave the origin, unknown paths get the 404 page, and the headers a <meta> tag cannot carry must be there.
 *
 * Like the rest of the end-to-end tests it fails (never skips) without nginx: apt-get install -y nginx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { nginxPath } from '../../scripts/harness/tools.ts';
import { builtPages, launch, open, session, type Session } from '../../scripts/harness/browser.ts';
import { buildUnder, freePort } from './servers/build.ts';
import { localConfig, mimeTypes, startNginx } from './servers/nginx.ts';

const BASE = '/degmail/';
const EXAMPLE = 'deploy/nginx.conf.example';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'degmail-deploy-'));
const dist = path.join(tmp, 'dist-sub');
let origin = '';
let nginx: ChildProcess | undefined;
let nginxWarnings: string[] = [];
let browser: Browser;
let tab: Session;
/** Every same-origin URL seen (in the DOM or requested), with the page it came from. */
const seen = new Map<string, string>();
/** What the browser itself got for each subresource (fonts, styles, scripts, images). */
const responses: { url: string; status: number; from: string }[] = [];
let current = '';

beforeAll(async () => {
  const bin = nginxPath();
  // Global setup already refuses to run without nginx; this keeps the message if this file runs on its own.
  if (!bin) throw new Error('the deploy test needs nginx: sudo apt-get install -y nginx');
  // nginx's workers drop to an unprivileged user when the tests run as root: they must be able to read the build.
  fs.chmodSync(tmp, 0o755);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // SITE is the nginx origin, so canonical, hreflang and sitemap URLs can be checked against it.
  await buildUnder({ site: origin, base: BASE, out: dist });
  fs.mkdirSync(path.join(tmp, 'www'));
  fs.symlinkSync(dist, path.join(tmp, 'www', BASE.replaceAll('/', '')));
  const conf = localConfig(fs.readFileSync(EXAMPLE, 'utf8'), { port, root: path.join(tmp, 'www'), mimeTypes: mimeTypes(bin), tmp });
  ({ child: nginx, warnings: nginxWarnings } = await startNginx(bin, conf, { tmp, readyUrl: `${origin}${BASE}fr/` }));
  browser = await launch();
  tab = await session(browser);
  tab.page.on('response', (r) => {
    if (r.request().isNavigationRequest()) return;
    responses.push({ url: r.url(), status: r.status(), from: current });
  });
  tab.page.on('requestfailed', (r) => responses.push({ url: r.url(), status: 0, from: current }));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx!.once('exit', r));
    nginx.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    if (nginx.exitCode === null && nginx.signalCode === null) nginx.kill('SIGKILL');
  }
  if (!process.env.DEGMAIL_KEEP_DEPLOY) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('nginx example', () => {
  it('passes nginx -t without warnings', () => {
    expect(nginxWarnings).toEqual([]);
  });
});

describe('every page under /degmail/', () => {
  // The list is known before the sub-path build runs (tests are collected first), so it comes from the root
  // build in dist/ that global setup requires; the first test checks both builds hold the same pages.
  // "/" is the redirect page, checked on its own below.
  const pages = builtPages('dist').filter((p) => p !== '/');

  it('builds the same pages under the sub-path', () => {
    expect(builtPages(dist)).toEqual(builtPages('dist'));
    expect(pages).toEqual(expect.arrayContaining(['/fr/', '/en/', '/404.html']));
  });

  it.each(pages)('%s: loads, keeps every URL under /degmail/, stays on the origin', async (p) => {
    const url = `${origin}${BASE.slice(0, -1)}${p}`;
    current = url;
    await tab.visit(url);
    const urls = await tab.page.$$eval(
      'a[href], link[href], script[src], img[src], img[srcset], source[srcset], iframe[src], form[action], meta[http-equiv="refresh" i]',
      (els) => els.flatMap((e) => {
        const abs = (v: string) => new URL(v, document.baseURI).href;
        const tag = e.tagName.toLowerCase();
        const rel = (e.getAttribute('rel') ?? '').toLowerCase();
        if (e.hasAttribute('srcset')) return e.getAttribute('srcset')!.split(',').map((s) => ({ tag, rel, url: abs(s.trim().split(/\s+/)[0]!) }));
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
      if (!target.pathname.startsWith(BASE)) wrong.push(`<${u.tag}> escapes ${BASE}: ${u.url}`);
      seen.set(u.url.split('#')[0]!, p);
    }
    if (p.startsWith('/fr/') || p.startsWith('/en/')) {
      expect(await tab.page.getAttribute('link[rel="canonical"]', 'href')).toBe(url);
    }
    expect(wrong).toEqual([]);
    expect(tab.problems).toEqual([]);
  });

  it('every subresource the browser loaded came from under /degmail/ with HTTP 200', () => {
    expect(responses.length).toBeGreaterThan(0);
    const bad = responses.filter((r) => {
      const u = new URL(r.url);
      if (u.protocol === 'data:' || u.protocol === 'blob:') return false;
      return u.origin !== origin || !u.pathname.startsWith(BASE) || (r.status !== 200 && r.status !== 304);
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

  it('the sitemap lists absolute URLs under the nginx origin and /degmail/, all of them live', async () => {
    const index = await (await fetch(`${origin}${BASE}sitemap-index.xml`)).text();
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(maps.length).toBeGreaterThan(0);
    const locs: string[] = [];
    for (const m of maps) {
      expect(m.startsWith(`${origin}${BASE}`), m).toBe(true);
      locs.push(...[...(await (await fetch(m)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => x[1]!));
    }
    expect(locs.length).toBeGreaterThan(10);
    const bad: string[] = [];
    for (const l of locs) {
      if (!l.startsWith(`${origin}${BASE}`)) bad.push(`outside: ${l}`);
      else if ((await fetch(l, { redirect: 'manual' })).status !== 200) bad.push(`not 200: ${l}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('routing', () => {
  it('/degmail/ leads to /degmail/fr/', async () => {
    const w = await open(browser, `${origin}${BASE}`);
    await w.page.waitForURL(`${origin}${BASE}fr/`, { timeout: 15_000 });
    expect(await w.page.getAttribute('html', 'lang')).toBe('fr');
    await w.close();
    expect(w.problems).toEqual([]);
  });

  it('/degmail and /degmail/fr get a relative redirect to the slashed URL', async () => {
    for (const [from, to] of [['/degmail', '/degmail/'], ['/degmail/fr', '/degmail/fr/'], ['/degmail/en/providers', '/degmail/en/providers/']]) {
      const res = await fetch(origin + from, { redirect: 'manual' });
      expect(res.status, from).toBe(301);
      expect(res.headers.get('location'), from).toBe(to);
    }
  });

  it.each(['/degmail/no-such-page/', '/degmail/fr/providers/nope/', '/elsewhere'])('%s: the 404 page, with status 404', async (p) => {
    const notFound = fs.readFileSync(path.join(dist, '404.html'), 'utf8');
    const title = /<title>([^<]*)<\/title>/.exec(notFound)![1]!;
    const s = await session(browser);
    const res = await s.page.goto(origin + p);
    expect(res?.status()).toBe(404);
    expect(await s.page.title()).toBe(title.replaceAll('&#39;', "'").replaceAll('&amp;', '&'));
    // Its stylesheet and font load from under /degmail/ even at an unknown address.
    expect(await s.page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/degmail/i);
    const hrefs = await s.page.$$eval('a[href]', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toEqual(expect.arrayContaining(['/degmail/fr/', '/degmail/en/']));
    await s.close();
  });
});

describe('headers', () => {
  const security = {
    'content-security-policy': "frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };

  it.each(['fr/', 'en/providers/', 'no-such-page/', 'favicon.svg', 'api/v1/providers.json', 'pagefind/pagefind.js'])(
    '/degmail/%s carries the security headers', async (p) => {
      const res = await fetch(`${origin}${BASE}${p}`);
      for (const [k, v] of Object.entries(security)) expect(res.headers.get(k), k).toBe(v);
      expect(res.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
      expect(res.headers.get('server')).toBe('nginx');
    });

  it('the pages cannot be framed, even by themselves', async () => {
    const s = await open(browser, `${origin}${BASE}fr/`);
    const blocked = new Promise<string>((r) => s.page.on('console', (m) => m.text().includes('frame-ancestors') && r(m.text())));
    await s.page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.src = src;
      document.body.append(f);
    }, `${origin}${BASE}en/`);
    expect(await blocked).toMatch(/frame-ancestors 'none'/);
    // Chromium swaps the refused document for its own error page.
    const child = s.page.frames().find((f) => f !== s.page.mainFrame())!;
    await expect.poll(() => child.url()).not.toContain(origin);
    await s.page.context().close();
  });

  it('HTML is revalidated, fingerprinted assets are immutable, text is compressed', async () => {
    const html = await fetch(`${origin}${BASE}fr/`);
    expect(html.headers.get('cache-control')).toBe('no-cache');
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('content-encoding')).toBe('gzip');
    const css = fs.readdirSync(path.join(dist, '_astro')).find((f) => f.endsWith('.css'))!;
    const asset = await fetch(`${origin}${BASE}_astro/${css}`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    const json = await fetch(`${origin}${BASE}api/v1/providers.json`);
    expect(json.headers.get('cache-control')).toBe('no-cache');
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('fonts, WebAssembly and the pagefind index get the right MIME types, pagefind files untouched', async () => {
    const types: Record<string, RegExp> = {
      '.woff2': /^font\/woff2$/,
      '.svg': /^image\/svg\+xml/,
      '.pf_meta': /^application\/octet-stream$/,
      '.pf_fragment': /^application\/octet-stream$/,
      '.pf_index': /^application\/octet-stream$/,
      '.pagefind': /^application\/octet-stream$/,
      '.wasm': /^application\/wasm$/,
      '.js': /^(text|application)\/javascript/,
      '.css': /^text\/css/,
      '.json': /^application\/json/,
    };
    const files = fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => !f.endsWith('.html'));
    const checked = new Set<string>();
    const wrong: string[] = [];
    for (const f of files) {
      const ext = path.extname(f);
      const key = `${path.dirname(f).split(path.sep)[0]}${ext}`;
      if (!types[ext] || checked.has(key)) continue;
      checked.add(key);
      const res = await fetch(`${origin}${BASE}${f.split(path.sep).join('/')}`, { headers: { 'accept-encoding': 'gzip, br' } });
      const type = res.headers.get('content-type') ?? '';
      if (res.status !== 200 || !types[ext]!.test(type)) wrong.push(`${f}: ${res.status} ${type}`);
      if (/^\.(pf_|pagefind)/.test(ext) && res.headers.get('content-encoding')) wrong.push(`${f}: re-encoded (${res.headers.get('content-encoding')})`);
    }
    expect([...checked].some((k) => k.endsWith('.pf_meta'))).toBe(true);
    expect(wrong).toEqual([]);
  });

  it('search works from the sub-path (pagefind finds its index and its WebAssembly through nginx)', async () => {
    const s = await open(browser, `${origin}${BASE}en/`);
    // A string, not a function: Vitest would rewrite a function's import() into its own module loader.
    const found: { count: number; url?: string } = await s.page.evaluate(`(async () => {
      const pf = await import('${BASE}pagefind/pagefind.js');
      const r = await pf.search('mail');
      const first = await r.results[0]?.data();
      return { count: r.results.length, url: first?.url };
    })()`);
    expect(found.count).toBeGreaterThan(0);
    expect(found.url).toMatch(/^\/degmail\/en\//);
    await s.close();
    expect(s.problems).toEqual([]);
  });
});
