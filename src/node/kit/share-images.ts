/**
 * Share images (og:image) for every built page: each page's title drawn by the kit's page template, 1200 × 630 PNG.
 * The pages are read back from the built HTML (og:image, og:title, <html lang>), so the picture always matches what
 * the page says, whatever template made it. Each image is cached by a hash of its SVG and of the rasteriser, which
 * covers the title, language, address (SITE and BASE), template and font: a rebuild with nothing changed draws nothing.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pageScene } from '../../lib/kit/templates/page.ts';
import { sceneToSvg } from '../../lib/kit/svg.ts';
import type { Scene } from '../../lib/kit/scene.ts';
import { SHARE_IMAGE, shareImageLabel } from '../../lib/kit/share-image.ts';
import { isLocale, DEFAULT_LOCALE } from '../../i18n/locales.ts';
import { makeT, type Dict, type T } from '../../lib/shared/translate.ts';
import { ROOT } from '../paths.ts';
import { kitFontSource } from './fonts.ts';
import { kitCacheDir } from './manifest-file.ts';
import { scenePng } from './png.ts';
import { progressLine } from './progress.ts';
import { sourceClosure } from './source-hash.ts';

/** One image to draw: where it goes under the output folder, and what it shows. */
export interface ShareImage {
  /** Under the output folder, e.g. "og/fr/providers/nubo.png". */
  file: string;
  title: string;
  lang: string;
  /** The built pages that declare it (for error messages). */
  pages: string[];
}

export interface ShareImageOptions {
  outDir: string;
  site: string;
  base: string;
  /** Where drawn images are kept between builds (default: the address's kit cache folder, og/). */
  cacheDir?: string;
  /** Progress lines for long runs. */
  log?: (line: string) => void;
  /** The drawing function (tests count its calls). */
  draw?: (scene: Scene) => Promise<Uint8Array>;
}

export interface ShareImageResult {
  total: number;
  drawn: number;
  cached: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** Attribute text as written by Astro: named entities for the five specials, numeric ones for the rest. */
function unescape(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m));
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) out[m[1]!.toLowerCase()] = unescape(m[2] ?? m[3] ?? m[4] ?? '');
  return out;
}

/** The og:image, og:title and language of one page's HTML; null when it declares no image. */
export function readShareTags(html: string): { image: string; title: string; lang: string } | null {
  const end = html.search(/<\/head>/i);
  const head = end < 0 ? html : html.slice(0, end);
  const meta = new Map<string, string>();
  for (const m of head.matchAll(/<meta\s[^>]*>/gi)) {
    const a = attrs(m[0]);
    if (a.property && a.content !== undefined) meta.set(a.property, a.content);
  }
  const image = meta.get('og:image');
  if (!image) return null;
  const lang = attrs(/<html\s[^>]*>/i.exec(html)?.[0] ?? '').lang ?? '';
  return { image, title: meta.get('og:title') ?? '', lang };
}

function htmlFiles(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = path.posix.join(rel, e.name);
    if (e.isDirectory()) return htmlFiles(dir, r);
    return e.name.endsWith('.html') ? [r] : [];
  });
}

/** The images the built pages ask for, one per file; two pages asking for one file must show the same title. */
export function collectShareImages(outDir: string, site: string, base: string): ShareImage[] {
  const root = new URL(base, site).href;
  const byFile = new Map<string, ShareImage>();
  for (const page of htmlFiles(outDir).sort()) {
    const tags = readShareTags(fs.readFileSync(path.join(outDir, page), 'utf8'));
    if (!tags) continue;
    if (!tags.image.startsWith(root)) throw new Error(`share images: ${page} points og:image to ${tags.image}, outside the site (${root})`);
    const file = decodeURI(tags.image.slice(root.length));
    if (!/^[\w./-]+\.png$/.test(file) || file.split('/').includes('..')) throw new Error(`share images: ${page}: unexpected image path ${file}`);
    const known = byFile.get(file);
    if (!known) byFile.set(file, { file, title: tags.title, lang: tags.lang, pages: [page] });
    else if (known.title !== tags.title || known.lang !== tags.lang)
      throw new Error(`share images: ${file} is asked for with two titles, «${known.title}» (${known.pages[0]}) and «${tags.title}» (${page})`);
    else known.pages.push(page);
  }
  return [...byFile.values()];
}

let rasterHash: string | undefined;
/**
 * What turns an SVG into PNG bytes: the rasteriser's code, resvg's and sharp's versions, the font. The picture itself
 * is keyed by its SVG, which already holds the title, the language, the address and all the template decided.
 */
function rasterInputs(): string {
  if (rasterHash) return rasterHash;
  const h = crypto.createHash('sha256');
  for (const file of sourceClosure([path.join(ROOT, 'src/node/kit/png.ts')])) h.update(path.relative(ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  for (const pkg of ['@resvg/resvg-js', 'sharp']) h.update(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json')));
  for (const weight of [400, 700] as const) h.update(fs.readFileSync(kitFontSource(weight)));
  rasterHash = h.digest('hex');
  return rasterHash;
}

const dict = (lang: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'src/i18n', `${lang}.json`), 'utf8')) as Dict;
const translators = new Map<string, T>();
/** The dictionaries read from disk: this runs in Node after the build, outside Vite (no import.meta.glob here). */
function translator(lang: string): T {
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = makeT(dict(lang), lang === DEFAULT_LOCALE ? {} : dict(DEFAULT_LOCALE))));
  return t;
}

/** The image's scene: cheap to plan (no pixels), and the whole of what the template draws. */
export function shareImageScene(img: Pick<ShareImage, 'title' | 'lang'>, site: string, base: string): Scene {
  const lang = isLocale(img.lang) ? img.lang : DEFAULT_LOCALE;
  return pageScene({ title: img.title, lang, urlLabel: shareImageLabel(site, base, lang) }, translator(lang));
}

export function shareImageKey(scene: Scene): string {
  return crypto.createHash('sha256').update(rasterInputs()).update(String(SHARE_IMAGE.width)).update(sceneToSvg(scene)).digest('hex').slice(0, 32);
}

/** Cached images no build has used for this long are removed (a title changed, a page went away). */
const STALE_MS = 7 * 24 * 3600 * 1000;

/** Draws what the cache lacks, copies every image into the output folder, and forgets long-unused images. */
export async function writeShareImages(opts: ShareImageOptions): Promise<ShareImageResult> {
  // Beside the kit of the same address: when an address's folder is forgotten (a test server's random port), its
  // share images go with it.
  const cacheDir = opts.cacheDir ?? path.join(kitCacheDir({ site: opts.site, base: opts.base }), 'og');
  const draw = opts.draw ?? ((scene: Scene) => scenePng(scene, SHARE_IMAGE.width));
  fs.mkdirSync(cacheDir, { recursive: true });
  const images = collectShareImages(opts.outDir, opts.site, opts.base);
  const todo = images.map((img) => {
    const scene = shareImageScene(img, opts.site, opts.base);
    return { img, scene, cached: path.join(cacheDir, `${shareImageKey(scene)}.png`) };
  });
  const missing = todo.filter((x) => !fs.existsSync(x.cached));
  const started = performance.now();
  let lastLog = started;
  for (const [i, x] of missing.entries()) {
    const png = await draw(x.scene);
    // Written under a temporary name first: an interrupted build never leaves half an image in the cache.
    const tmp = `${x.cached}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, png);
    fs.renameSync(tmp, x.cached);
    const now = performance.now();
    if (opts.log && now - lastLog > 2000 && i + 1 < missing.length) {
      lastLog = now;
      opts.log(progressLine('share images', i + 1, missing.length, now - started));
    }
  }
  const now = new Date();
  for (const x of todo) {
    const dest = path.join(opts.outDir, x.img.file);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.copyFileSync(x.cached, dest);
    fs.utimesSync(x.cached, now, now);
  }
  // Only images unused for a week go: another build for another address, or running at the same time, keeps its own.
  const used = new Set(todo.map((x) => path.basename(x.cached)));
  for (const e of fs.readdirSync(cacheDir)) {
    const file = path.join(cacheDir, e);
    if (!used.has(e) && now.getTime() - fs.statSync(file).mtimeMs > STALE_MS) fs.rmSync(file, { force: true });
  }
  return { total: todo.length, drawn: missing.length, cached: todo.length - missing.length };
}
