/**
 * Debian's Chromium through playwright-core (never a downloaded browser), and a page wrapper that records
 * everything the site must never do: requests to another origin, cookies, console errors, CSP violations.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { chromiumPath } from './tools.ts';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    // Flags that keep Chromium from phoning home, which this machine's closed network refuses anyway.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-features=Translate,OptimizationHints'],
  });
}

export interface Session {
  page: Page;
  /** What went wrong since the last visit() (or since the session opened). */
  problems: string[];
  /** Loads a URL in the same tab; resets and returns nothing, check `problems` afterwards. */
  visit: (url: string) => Promise<void>;
  /** Closes the tab; records any cookie the site managed to set. */
  close: () => Promise<void>;
}

/** A tab that records requests to other origins, console errors and warnings (CSP violations among them). */
export async function session(browser: Browser, opts: BrowserContextOptions = {}): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...opts });
  const page = await context.newPage();
  const s: Session = {
    page,
    problems: [],
    visit: async (url) => {
      s.problems.length = 0;
      const origin = new URL(url).origin;
      page.removeAllListeners('request');
      page.on('request', (r) => {
        const u = r.url();
        if (!u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin) s.problems.push(`request to another origin: ${u}`);
      });
      const res = await page.goto(url, { waitUntil: 'load' });
      if (!res || res.status() !== 200) s.problems.push(`HTTP ${res?.status()} for ${url}`);
    },
    close: async () => {
      const cookies = await context.cookies();
      if (cookies.length) s.problems.push(`cookies set: ${cookies.map((c) => c.name).join(', ')}`);
      await context.close();
    },
  };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') s.problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => s.problems.push(`page error: ${e.message}`));
  return s;
}

/** Opens one URL in a fresh tab. */
export async function open(browser: Browser, url: string, opts: BrowserContextOptions = {}): Promise<Session> {
  const s = await session(browser, opts);
  await s.visit(url);
  return s;
}

/** Runs axe-core (WCAG 2.2 A and AA rules, and axe's best practices) in the page and returns readable violations. */
export async function axe(page: Page, rules?: string[]): Promise<string[]> {
  // evaluate() runs through the DevTools protocol, so the page's CSP (rightly) does not block it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
  // Contrast measured halfway through a fade-in (the widget banner's) is not what a reader sees: let finite
  // animations end first, those in open shadow trees included (Document.getAnimations() leaves them out).
  await page.evaluate(() => {
    const roots: DocumentOrShadowRoot[] = [document];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    const running = roots.flatMap((r) => r.getAnimations()).filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    return Promise.race([
      Promise.all(running.map((a) => a.finished.catch(() => undefined))),
      new Promise((done) => setTimeout(done, 2000)),
    ]);
  });
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] };
  const violations = await page.evaluate(async (only) => {
    const w = window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } };
    const r = await w.axe.run(document, { runOnly: only });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`);
  }, runOnly);
  return violations;
}

let axeCache: string | undefined;
function axeSource(): string {
  return (axeCache ??= fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8'));
}

/** Every page of the build, as site paths ("/fr/providers/nubo/"). */
export function builtPages(dir = 'dist'): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) out.push('/' + path.relative(dir, p).replace(/index\.html$/, '').split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}
