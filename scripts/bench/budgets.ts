/**
 * Byte budgets, read from the template table (templates.ts). The deterministic ones are checked by
 * tests/e2e/budgets.test.ts on every page of the real build; the bench prints them, and the softer targets, next to
 * its figures. Every check returns readable problems that name the page, the resource and how far over budget it
 * is; an empty list means within budget.
 */
import { budgetOf, KB, SITE_FONTS, templateOf } from './templates.ts';
import { javascriptOf, kb, shortUrl, summarize, type ImageTag, type PageWeight, type Resource } from './weigh.ts';

/** Targets the bench prints next to its figures (not tests: they depend on the machine or on judgement). */
export const TARGETS = {
  msPerPage: 10,
  msPerPageAim: 5,
  ratio2000to1000: 2.2,
  offerFirstNoFonts: 20 * KB,
  offerFirstWithFonts: 45 * KB,
  offerRepeat: 6 * KB,
  lighthouse: 100,
  engineMedianMs: 5,
} as const;

/**
 * A peer site's figures, for reference only: not measured by this bench. They were taken once by an earlier
 * session, on 2026-11-27, on this project's shared 2-core build machine: a Starlight site with the same 1,000
 * fictional offers in two locales.
 */
export const PEER = {
  measured: '2026-11-27, shared 2-core machine, not re-measured by this bench',
  pages: 2003,
  buildS: 20,
  msPerPage: 10,
  offerPage: { brotli: 40 * KB, requests: 9, html: 4.6 * KB, css: 10.9 * KB, js: 24.5 * KB },
} as const;

const over = (what: string, bytes: number, budget: number) =>
  `${what} ${kb(bytes, 2)} brotli, over the ${kb(budget, 0)} budget by ${kb(bytes - budget, 2)} (${bytes - budget} B)`;

/** JavaScript at load: none on content pages, ≤ the template's line where it has one (the directory: 2 KB). */
export function javascriptProblems(w: PageWeight): string[] {
  const budget = budgetOf(w.path).js;
  if (budget === null) return [];
  const js = javascriptOf(w);
  if (!js.length) return [];
  const list = js.map((j) => `${j.label} ${j.brotli} B`).join('; ');
  if (budget > 0) {
    const total = js.reduce((n, j) => n + j.brotli, 0);
    return total > budget ? [`${w.path}: ${over('JavaScript', total, budget)}: ${list}`] : [];
  }
  return js.map((j) => `${w.path}: ships JavaScript at load (a ${w.template} page may ship none): ${j.label}, ${j.brotli} B brotli`);
}

/** Each content page's HTML + CSS within its critical-path budget. */
export function criticalPathProblems(w: PageWeight): string[] {
  const budget = budgetOf(w.path).criticalPath;
  if (budget === null) return [];
  const parts = w.resources.filter((r) => r.kind === 'html' || r.kind === 'css');
  const total = parts.reduce((n, r) => n + r.brotli, 0);
  if (total <= budget) return [];
  return [`${w.path}: ${over('HTML + CSS', total, budget)}: ${parts.map((r) => `${shortUrl(r.url)} ${r.brotli} B`).join(', ')}`];
}

/**
 * Fonts of one page (or, with `fonts` from several pages, of the whole site): the site font's budget, or the
 * template's own where it has one (the kit customiser), which then counts on that template only.
 */
export function fontProblems(where: string, fonts: Resource[], budget: { files: number; bytes: number } = SITE_FONTS): string[] {
  const unique = [...new Map(fonts.filter((r) => r.kind === 'font').map((r) => [shortUrl(r.url), r])).values()];
  const out: string[] = [];
  const list = unique.map((r) => `${shortUrl(r.url)} ${r.brotli} B`).join(', ');
  if (unique.length > budget.files) out.push(`${where}: ${unique.length} font files, ${unique.length - budget.files} over the budget of ${budget.files}: ${list}`);
  const total = unique.reduce((n, r) => n + r.brotli, 0);
  if (total > budget.bytes) out.push(`${where}: ${over('fonts', total, budget.bytes)}: ${list}`);
  return out;
}

/** The fonts of one page against its template's budget. */
export function pageFontProblems(w: PageWeight): string[] {
  return fontProblems(w.path, w.resources, budgetOf(w.path).fonts ?? SITE_FONTS);
}

/** The site font over every page whose template has no fonts of its own. */
export function siteFontProblems(weights: PageWeight[]): string[] {
  return fontProblems('the whole site', weights.filter((w) => !budgetOf(w.path).fonts).flatMap((w) => w.resources));
}

/** An interactive page: everything it loads but fonts within its template's line. */
export function totalProblems(w: PageWeight): string[] {
  const budget = budgetOf(w.path).total;
  if (budget === null) return [];
  const s = summarize(w);
  if (s.first.withoutFonts.brotli <= budget) return [];
  const heaviest = w.resources.filter((r) => r.kind !== 'font').sort((a, b) => b.brotli - a.brotli).slice(0, 5);
  return [`${w.path} (${templateOf(w.path)}): ${over('everything but fonts', s.first.withoutFonts.brotli, budget)}; heaviest: ${heaviest.map((r) => `${shortUrl(r.url)} (${r.kind}) ${r.brotli} B`).join(', ')}`];
}

const RASTER = /\.(png|jpe?g|webp|avif|gif)(?:[?#]|$)/i;

/** Every `<img>` has width and height, raster images have srcset, images below the fold load lazily. */
export function imageProblems(path: string, images: ImageTag[], fold: number, resources: Resource[] = []): string[] {
  const out: string[] = [];
  for (const img of images) {
    const name = img.src ? shortUrl(img.src) : '(no src)';
    const type = resources.find((r) => r.url === img.src)?.contentType ?? '';
    const raster = type ? /^image\/(?!svg)/.test(type) : RASTER.test(img.src) || /^data:image\/(?!svg)/.test(img.src);
    if (!img.width || !img.height) out.push(`${path}: <img src="${name}"> has no ${!img.width && !img.height ? 'width and height' : !img.width ? 'width' : 'height'}`);
    if (raster && !img.srcset) out.push(`${path}: raster <img src="${name}"> has no srcset`);
    if (img.rendered && img.top >= fold && img.loading !== 'lazy') out.push(`${path}: <img src="${name}"> is below the fold (${Math.round(img.top)} px, fold ${fold} px) without loading="lazy"`);
  }
  return out;
}

/** Every budget that applies to one page. */
export function pageProblems(w: PageWeight): string[] {
  return [...javascriptProblems(w), ...criticalPathProblems(w), ...pageFontProblems(w), ...totalProblems(w), ...imageProblems(w.path, w.images, w.fold, w.resources)];
}
