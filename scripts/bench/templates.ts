/**
 * Every page template of the site, how to recognise its pages, and what each may load: the one table the budget
 * tests (tests/e2e/budgets.test.ts) and `npm run bench` read. Content pages run no JavaScript at load but the share
 * menu's (the directory also its small filter script); each interactive page has its own line. Sizes are brotli
 * bytes (1 KB = 1,024 bytes).
 */
export const KB = 1024;

/** The share menu's deferred script, on every page: the only JavaScript a content page may load. */
export const SHARE_JS = 1 * KB;

/** An embedded card's resize script (src/layouts/Embed.astro): the only JavaScript an /embed/ page loads. */
export const EMBED_JS = 1 * KB;

/** The site font: at most two files, 25 KB together, on every page and over the whole site. */
export const SITE_FONTS = { files: 2, bytes: 25 * KB } as const;

export interface TemplateBudget {
  /** The page's path after its locale (`providers/nubo/`), for pages under a locale; `null` for the others. */
  match: RegExp | null;
  /**
   * JavaScript run at load (inline and files), for content pages (0 means none at all) and for an interactive page
   * whose script has a line of its own (the analyser). Null: see `total`.
   */
  js: number | null;
  /** HTML + CSS of a content page: what must arrive before the first paint (about one TCP initial window). */
  criticalPath: number | null;
  /** Everything an interactive page loads but fonts. */
  total: number | null;
  /** Fonts of its own (the kit's) instead of the site font's budget, counted on this template only. */
  fonts?: { files: number; bytes: number };
}

const content = (js = SHARE_JS): TemplateBudget => ({ match: null, js, criticalPath: 14 * KB, total: null });
const app = (total: number, fonts?: TemplateBudget['fonts']): TemplateBudget => ({ match: null, js: null, criticalPath: null, total, ...(fonts ? { fonts } : {}) });

/** In matching order: the first template whose pattern matches a page is its template. */
export const TEMPLATES = {
  home: { ...content(), match: /^$/ },
  directory: { ...content(2 * KB + SHARE_JS), match: /^providers\/$/ },
  offer: { ...content(), match: /^providers\/[^/]+\/$/ },
  criteria: { ...content(), match: /^criteria\/$/ },
  questionnaire: { ...app(40 * KB), match: /^questionnaire\/$/ },
  search: { ...app(150 * KB), match: /^search\/$/ },
  contribute: { ...app(60 * KB), match: /^contribute\/$/ },
  'kit-customizer': { ...app(600 * KB, { files: 3, bytes: 400 * KB }), match: /^kit\/customize\/$/ },
  kit: { ...content(), match: /^kit\/$/ },
  widgets: { ...app(40 * KB), match: /^widgets\/$/ },
  /**
   * Its script (the checks of src/lib/mailcheck/ and the element: 10.4 KB in 2026-11) has a line of its own; the
   * whole page weighed 23 KB, its HTML carrying every finding's text in the page's language.
   */
  analyser: { ...app(30 * KB), js: 12 * KB, match: /^deliverability\/analyser\/$/ },
  commit: { ...app(20 * KB), match: /^commit\/$/ },
  /** Every other page under a locale (guides, news, legal pages…): content. */
  content: { ...content(), match: /^.*$/ },
  '404': content(),
  /** The cards other sites frame, /embed/{lang}/provider/{id}/ (outside the locale folders: see templateOf). */
  embed: content(EMBED_JS),
  /** "/": a refresh to the default locale. */
  redirect: { match: null, js: 0, criticalPath: null, total: null },
  /** Anything else (machine endpoints are not pages). */
  other: content(),
} satisfies Record<string, TemplateBudget>;

export type Template = keyof typeof TEMPLATES;

/** The template a site path ("/fr/providers/nubo/", "/404.html") was built from. */
export function templateOf(path: string): Template {
  if (path === '/') return 'redirect';
  if (path === '/404.html' || path === '/404/') return '404';
  if (/^\/embed\/[a-z]{2}(?:-[A-Za-z]+)?\/provider\/[^/]+\/$/.test(path)) return 'embed';
  const m = /^\/[a-z]{2}(?:-[A-Za-z]+)?\/(.*)$/.exec(path);
  if (!m) return 'other';
  for (const [name, t] of Object.entries(TEMPLATES) as [Template, TemplateBudget][]) if (t.match?.test(m[1]!)) return name;
  return 'other';
}

export function budgetOf(path: string): TemplateBudget {
  return TEMPLATES[templateOf(path)];
}

/** Content pages: those with a critical-path budget (every page but the applications and the "/" redirect). */
export function isContentPage(path: string): boolean {
  return budgetOf(path).criticalPath !== null;
}
