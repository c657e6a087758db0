/**
 * Page weight, measured the one way both `npm run bench` and the budget tests use: load a page in Debian's Chromium
 * in a fresh browser context (an empty cache: a first visit), record every response (URL, type, cache header, body),
 * then brotli-compress each body here (quality 11), so the figures are deterministic and do not depend on the
 * server's compression. A repeat visit is computed, not replayed: it is every response that is not cacheable
 * (`no-cache`: HTML and anything outside the hashed `/_astro/` folder), hashed assets being `immutable`.
 */
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import type { Browser, Request } from 'playwright-core';
import { session } from '../harness/browser.ts';
import { KB, templateOf, type Template } from './templates.ts';



export type Kind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';
export const KINDS: readonly Kind[] = ['html', 'css', 'js', 'font', 'image', 'other'];


/** One response of a page load. */
export interface Resource {
  url: string;
  kind: Kind;
  status: number;
  contentType: string;
  /** The cache-control header as served. */
  cacheControl: string;
  /** True when a repeat visit takes it from the cache without asking (immutable or max-age without no-cache). */
  cached: boolean;
  /** Body size as served (the static server does not compress). */
  bytes: number;
  /**
   * What a brotli-serving host sends: the body after brotli at quality 11, or the body itself when brotli does not
   * make it smaller (woff2 fonts and raster images are compressed already, and servers leave them alone).
   */
  brotli: number;
}

/** One `<script>` element as found in the loaded page. */
export interface ScriptTag {
  type: string;
  /** Absolute URL of an external script, '' for an inline one. */
  src: string;
  /** Text of an inline script. */
  inline: string;
}

/** One `<img>` element as found in the loaded page, with where it sits at load. */
export interface ImageTag {
  src: string;
  width: string | null;
  height: string | null;
  srcset: string | null;
  loading: string | null;
  /** Distance from the top of the document to the top of the image, in CSS pixels. */
  top: number;
  /** True when the image is laid out (not display: none). */
  rendered: boolean;
}

export interface PageWeight {
  url: string;
  /** Site path without the base ("/fr/providers/nubo/"). */
  path: string;
  template: Template;
  status: number;
  resources: Resource[];
  scripts: ScriptTag[];
  images: ImageTag[];
  /** Viewport height the images were laid out in (the fold). */
  fold: number;
  /** Console errors, requests to other origins… recorded by tests/e2e/browser.ts. */
  problems: string[];
}

/** Bytes and requests of one part of a visit. */
export interface Tally {
  bytes: number;
  brotli: number;
  requests: number;
}

export interface Summary {
  first: Record<Kind, Tally> & { total: Tally; withoutFonts: Tally };
  repeat: Tally;
  /** Brotli bytes of inline JavaScript (already counted inside the HTML). */
  inlineJs: number;
}

const brotliMemo = new Map<string, number>();

/**
 * Size of `body` after brotli at quality 11, or its own size if that is smaller (memoised by content: hashed assets
 * are compressed once).
 */
export function brotliSize(body: Buffer | string): number {
  const buf = typeof body === 'string' ? Buffer.from(body) : body;
  if (buf.length === 0) return 0;
  const key = crypto.createHash('sha1').update(buf).digest('hex');
  let n = brotliMemo.get(key);
  if (n === undefined) {
    n = zlib.brotliCompressSync(buf, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length;
    n = Math.min(n, buf.length);
    brotliMemo.set(key, n);
  }
  return n;
}

/** True for a `type` that makes a `<script>` run as JavaScript (classic or module). */
export function isJsType(type: string): boolean {
  const t = type.trim().toLowerCase().split(';')[0]!.trim();
  return t === '' || t === 'module' || /^(?:text|application)\/(?:x-)?(?:javascript|ecmascript|jscript|livescript)(?:1\.[0-5])?$/.test(t);
}

function kindOf(r: Request, contentType: string): Kind {
  const type = r.resourceType();
  const ct = contentType.toLowerCase();
  if (type === 'document' || ct.startsWith('text/html')) return 'html';
  if (type === 'stylesheet' || ct.startsWith('text/css')) return 'css';
  if (type === 'script' || /javascript|ecmascript|wasm/.test(ct)) return 'js';
  if (type === 'font' || ct.startsWith('font/') || /\.(woff2?|ttf|otf)(\?|$)/.test(r.url())) return 'font';
  if (type === 'image' || ct.startsWith('image/')) return 'image';
  return 'other';
}

function isCached(cacheControl: string): boolean {
  const cc = cacheControl.toLowerCase();
  if (/no-cache|no-store|max-age=0\b/.test(cc)) return false;
  return /immutable|max-age=[1-9]/.test(cc);
}

export interface WeighOptions {
  /** Site origin and base, e.g. http://127.0.0.1:4321 (what startServer returns): paths are taken relative to it. */
  base: string;
  /** Viewport; the fold for images is its height. Defaults to tests/e2e/browser.ts's 1280×900. */
  viewport?: { width: number; height: number };
  /** How long the network must stay quiet after load before the visit counts as finished. */
  quietMs?: number;
}

/**
 * Loads `path` once, in a fresh context (first visit), and records every response with its brotli size, the
 * `<script>` and `<img>` elements, and the problems tests/e2e/browser.ts watches for.
 */
export async function weighPage(browser: Browser, path: string, opts: WeighOptions): Promise<PageWeight> {
  const viewport = opts.viewport ?? { width: 1280, height: 900 };
  const s = await session(browser, { viewport });
  const { page } = s;
  const pending = new Set<Request>();
  const bodies: Promise<Resource | null>[] = [];
  let lastActivity = Date.now();
  const origin = new URL(opts.base).origin;
  page.on('request', (r) => {
    if (!r.url().startsWith('http')) return;
    if (new URL(r.url()).origin !== origin) s.problems.push(`request to another origin: ${r.url()}`);
    pending.add(r);
    lastActivity = Date.now();
  });
  const settle = (r: Request) => {
    pending.delete(r);
    lastActivity = Date.now();
  };
  page.on('requestfailed', settle);
  page.on('requestfinished', (r) => {
    if (!r.url().startsWith('http')) return settle(r);
    bodies.push(
      (async (): Promise<Resource | null> => {
        try {
          const res = await r.response();
          if (!res) return null;
          const status = res.status();
          if (status >= 300 && status < 400) return null; // the redirect's target is recorded on its own
          const headers = res.headers();
          const contentType = headers['content-type'] ?? '';
          const cacheControl = headers['cache-control'] ?? '';
          const body = await res.body().catch(() => Buffer.alloc(0));
          return {
            url: r.url(), kind: kindOf(r, contentType), status, contentType, cacheControl,
            cached: isCached(cacheControl), bytes: body.length, brotli: brotliSize(body),
          };
        } finally {
          settle(r);
        }
      })(),
    );
  });
  try {
    const url = opts.base + path;
    const res = await page.goto(url, { waitUntil: 'load' });
    const status = res?.status() ?? 0;
    await page.evaluate(() => document.fonts.ready.then(() => true));
    const quiet = opts.quietMs ?? 200;
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && (pending.size > 0 || Date.now() - lastActivity < quiet)) await new Promise((r) => setTimeout(r, 25));
    const resources = (await Promise.all(bodies)).filter((r): r is Resource => r !== null);
    const scripts = await page.$$eval('script', (els) =>
      els.map((e) => {
        const sc = e as HTMLScriptElement;
        return { type: sc.getAttribute('type') ?? '', src: sc.src, inline: sc.src ? '' : sc.textContent ?? '' };
      }));
    const images = await page.$$eval('img', (els) =>
      els.map((e) => {
        const img = e as HTMLImageElement;
        const box = img.getBoundingClientRect();
        return {
          src: img.currentSrc || img.src,
          width: img.getAttribute('width'),
          height: img.getAttribute('height'),
          srcset: img.getAttribute('srcset') ?? img.closest('picture')?.querySelector('source[srcset]')?.getAttribute('srcset') ?? null,
          loading: img.getAttribute('loading'),
          top: box.top + window.scrollY,
          rendered: img.getClientRects().length > 0,
        };
      }));
    return { url, path, template: templateOf(path), status, resources, scripts, images, fold: viewport.height, problems: [...s.problems] };
  } finally {
    await s.close();
  }
}

/** Adds up a visit by kind: first visit, first visit without fonts, repeat visit. */
export function summarize(w: PageWeight): Summary {
  const zero = (): Tally => ({ bytes: 0, brotli: 0, requests: 0 });
  const add = (t: Tally, r: Resource) => {
    t.bytes += r.bytes;
    t.brotli += r.brotli;
    t.requests += 1;
  };
  const first = Object.fromEntries([...KINDS, 'total', 'withoutFonts'].map((k) => [k, zero()])) as Summary['first'];
  const repeat = zero();
  for (const r of w.resources) {
    add(first[r.kind], r);
    add(first.total, r);
    if (r.kind !== 'font') add(first.withoutFonts, r);
    if (!r.cached) add(repeat, r);
  }
  const inlineJs = w.scripts.filter((s) => !s.src && isJsType(s.type)).reduce((n, s) => n + brotliSize(s.inline), 0);
  return { first, repeat, inlineJs };
}

/** Every piece of JavaScript a page runs at load: inline and external `<script>`s that run, and any JS response. */
export function javascriptOf(w: PageWeight): { label: string; brotli: number }[] {
  const out: { label: string; brotli: number }[] = [];
  const seen = new Set<string>();
  w.scripts.forEach((s, i) => {
    if (!isJsType(s.type)) return;
    if (s.src) {
      const r = w.resources.find((x) => x.url === s.src);
      seen.add(s.src);
      out.push({ label: `<script src="${shortUrl(s.src)}">`, brotli: r ? r.brotli : 0 });
    } else {
      const head = s.inline.trim().replace(/\s+/g, ' ').slice(0, 40);
      out.push({ label: `inline <script${s.type ? ` type="${s.type}"` : ''}> #${i + 1} "${head}…"`, brotli: brotliSize(s.inline) });
    }
  });
  for (const r of w.resources) if (r.kind === 'js' && !seen.has(r.url)) out.push({ label: `JS response ${shortUrl(r.url)}`, brotli: r.brotli });
  return out;
}

/** A URL without its origin, for messages. */
export function shortUrl(u: string): string {
  try {
    const url = new URL(u);
    return url.pathname + url.search;
  } catch {
    return u;
  }
}

/** "12.3 KB" (1 KB = 1,024 bytes). */
export function kb(bytes: number, digits = 1): string {
  return `${(bytes / KB).toFixed(digits)} KB`;
}
