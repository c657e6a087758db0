/**
 * Byte budgets. The deterministic ones are checked by tests/e2e/budgets.test.ts on every page of the real build;
 * the bench prints them, and the softer targets, next to its figures. Every check returns readable problems that
 * name the page, the resource and how far over budget it is; an empty list means within budget.
 */
import { isContentPage, javascriptOf, KB, kb, shortUrl, summarize, type ImageTag, type PageWeight, type Resource } from './weigh.ts';

export const BUDGETS = {
  /** The directory's filter script, the only JavaScript a content page may run at load. */
  directoryJs: 2 * KB,
  /** HTML + CSS of each content page: what must arrive before the first paint (about one TCP initial window). */
  criticalPath: 14 * KB,
  /** Font files a page (and the whole site) may load. */
  fontFiles: 2,
  fontBytes: 25 * KB,
  /** Everything the questionnaire page loads but fonts. */
  questionnaire: 40 * KB,
} as const;

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

/** The Starlight peer site with the same 1,000 fictional offers in two locales. */
export const PEER = {
  pages: 2003,
  buildS: 20,
  msPerPage: 10,
  offerPage: { brotli: 40 * KB, requests: 9, html: 4.6 * KB, css: 10.9 * KB, js: 24.5 * KB },
} as const;

const over = (what: string, bytes: number, budget: number) =>
  `${what} ${kb(bytes, 2)} brotli, over the ${kb(budget, 0)} budget by ${kb(bytes - budget, 2)} (${bytes - budget} B)`;

/** Content pages ship no JavaScript at load, except the directory's filter script (≤ 2 KB brotli). */
export function javascriptProblems(w: PageWeight): string[] {
  if (!isContentPage(w.path)) return [];
  const js = javascriptOf(w);
  if (!js.length) return [];
  const list = js.map((j) => `${j.label} ${j.brotli} B`).join('; ');
  if (w.template === 'directory') {
    const total = js.reduce((n, j) => n + j.brotli, 0);
    return total > BUDGETS.directoryJs ? [`${w.path}: ${over('JavaScript', total, BUDGETS.directoryJs)}: ${list}`] : [];
  }
  return js.map((j) => `${w.path}: ships JavaScript at load (a ${w.template} page may ship none): ${j.label}, ${j.brotli} B brotli`);
}

/** Each content page's HTML + CSS ≤ 14 KB brotli. */
export function criticalPathProblems(w: PageWeight): string[] {
  if (!isContentPage(w.path)) return [];
  const parts = w.resources.filter((r) => r.kind === 'html' || r.kind === 'css');
  const total = parts.reduce((n, r) => n + r.brotli, 0);
  if (total <= BUDGETS.criticalPath) return [];
  return [`${w.path}: ${over('HTML + CSS', total, BUDGETS.criticalPath)}: ${parts.map((r) => `${shortUrl(r.url)} ${r.brotli} B`).join(', ')}`];
}

/** At most 2 font files, ≤ 25 KB brotli together, for one page or (with `fonts` from several pages) the site. */
export function fontProblems(where: string, fonts: Resource[]): string[] {
  const unique = [...new Map(fonts.filter((r) => r.kind === 'font').map((r) => [shortUrl(r.url), r])).values()];
  const out: string[] = [];
  const list = unique.map((r) => `${shortUrl(r.url)} ${r.brotli} B`).join(', ');
  if (unique.length > BUDGETS.fontFiles) out.push(`${where}: ${unique.length} font files, ${unique.length - BUDGETS.fontFiles} over the budget of ${BUDGETS.fontFiles}: ${list}`);
  const total = unique.reduce((n, r) => n + r.brotli, 0);
  if (total > BUDGETS.fontBytes) out.push(`${where}: ${over('fonts', total, BUDGETS.fontBytes)}: ${list}`);
  return out;
}

/** The questionnaire page ≤ 40 KB brotli in all, fonts aside. */
export function questionnaireProblems(w: PageWeight): string[] {
  if (w.template !== 'questionnaire') return [];
  const s = summarize(w);
  if (s.first.withoutFonts.brotli <= BUDGETS.questionnaire) return [];
  const heaviest = w.resources.filter((r) => r.kind !== 'font').sort((a, b) => b.brotli - a.brotli).slice(0, 5);
  return [`${w.path}: ${over('everything but fonts', s.first.withoutFonts.brotli, BUDGETS.questionnaire)}; heaviest: ${heaviest.map((r) => `${shortUrl(r.url)} (${r.kind}) ${r.brotli} B`).join(', ')}`];
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
  return [
    ...javascriptProblems(w),
    ...criticalPathProblems(w),
    ...fontProblems(w.path, w.resources),
    ...questionnaireProblems(w),
    ...imageProblems(w.path, w.images, w.fold, w.resources),
  ];
}
