/**
 * The one module that reads the environment. Everything else asks it: the Astro config (site, base, output), the
 * content collections (content folder), scripts, and the few functions that need "today".
 *
 * It imports nothing and reads `globalThis.process` only when there is one, so browser bundles can use `today()`:
 * there, nothing is pinned and today is the visitor's day. Values are read at call time, so a test that pins
 * DEGMAIL_TODAY sees it at once.
 */

/** The variables the build understands (documented in the README's "Settings"). */
export interface Env {
  /** SITE: public origin, for canonical, hreflang and sitemap links. */
  site: string;
  /** BASE: the path the site lives under, always starting and ending with a slash. */
  base: string;
  /** DEGMAIL_CONTENT: folder holding providers/ and pages/ (relative to the project root or absolute). */
  contentDir: string;
  /** DEGMAIL_OUT: the output folder. */
  outDir: string;
  /** DEGMAIL_TODAY: pins "today" (YYYY-MM-DD) for reproducible builds and tests. */
  today: string | undefined;
  /** DEGMAIL_ALLOW_PLACEHOLDERS=1: a build for a public origin only warns about the settings still to fill in. */
  allowPlaceholders: boolean;
}

type Vars = Record<string, string | undefined>;

function processVars(): Vars {
  return (globalThis as { process?: { env?: Vars } }).process?.env ?? {};
}

/** Reads the environment (or `vars`, for tests). Empty values count as unset. */
export function readEnv(vars: Vars = processVars()): Env {
  const get = (k: string) => (vars[k] ? vars[k] : undefined);
  return {
    site: get('SITE') ?? 'http://localhost:4321',
    base: normaliseBase(get('BASE') ?? '/'),
    contentDir: get('DEGMAIL_CONTENT') ?? './content',
    outDir: get('DEGMAIL_OUT') ?? './dist',
    today: get('DEGMAIL_TODAY'),
    allowPlaceholders: get('DEGMAIL_ALLOW_PLACEHOLDERS') === '1',
  };
}

/** "degmail" → "/degmail/", "" → "/". */
export function normaliseBase(b: string): string {
  const trimmed = b.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Today as YYYY-MM-DD, in UTC: DEGMAIL_TODAY when pinned, else the clock (in the browser, the visitor's day). */
export function today(): string {
  return readEnv().today ?? new Date().toISOString().slice(0, 10);
}
