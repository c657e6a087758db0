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
  /** DEGMAIL_KIT: `1` forces the visual kit and the share images on, `0` off; unset, see kitEnabled(). */
  kit: '1' | '0' | undefined;
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
    kit: get('DEGMAIL_KIT') === '1' ? '1' : get('DEGMAIL_KIT') === '0' ? '0' : undefined,
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

/**
 * Whether a build makes the visual kit and the share images. They are drawn from the real campaign content: a build
 * of another content folder (the bench's fictional offers, the build tests) would spend minutes on pictures nobody
 * looks at, so it skips them unless DEGMAIL_KIT=1; DEGMAIL_KIT=0 skips them for the real content too (the bench's
 * build "without the kit"). When skipped, the kit's manifest is empty and the pages that read it still build.
 */
export function kitEnabled(env: Env = readEnv()): boolean {
  if (env.kit) return env.kit === '1';
  return /^(\.\/)?content\/?$/.test(env.contentDir);
}
