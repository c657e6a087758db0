/**
 * The host of the widget tests: a small HTTP server on another loopback port (so another origin than the site's),
 * serving pages the tests write, each under a strict CSP that allows only the site's origin for scripts, images and
 * frames, with deliberately hostile CSS; and a browser tab that records what the widgets must never cause: CSP
 * violations (in every frame), requests, cookies, page errors, dialogs.
 */
import http from 'node:http';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/** CSS a careless or hostile host might have: every element a static block, [hidden] shown, huge fonts. */
export const HOSTILE_CSS = `* { display: block !important; position: static !important; all: revert; }
[hidden] { display: block !important; }
html, body, * { font-size: 26px !important; line-height: 2 !important; }
body { font-family: Georgia, serif; color: #222; background: #fff; }
degmail-banner, degmail-nudge { padding: 40px !important; margin: 30px !important; border: 6px dashed #c00 !important;
  min-height: 120px !important; visibility: visible !important; opacity: 1 !important; transform: none !important; }
a, button, input { font-size: 26px !important; }
`;

/** A calm host: its own font and colours, nothing against the widgets (for axe's colour checks). */
export const CALM_CSS = 'body { font-family: Georgia, serif; color: #222; background: #fff; margin: 1rem; }\n';

export interface HostPage {
  lang?: string;
  body: string;
  /** Extra <head> content (the script tag, when it goes there). */
  head?: string;
  css?: 'hostile' | 'calm';
  /** The page's CSP; default: strictCsp(our origin). */
  csp?: string;
}

export function strictCsp(our: string, extra = ''): string {
  return `default-src 'none'; script-src ${our}; img-src ${our}; frame-src ${our}${extra}; style-src 'self'; base-uri 'none'; form-action 'self'`;
}

export interface HostServer {
  origin: string;
  /** Registers a page and returns its address. */
  page: (name: string, p: HostPage) => string;
  close: () => Promise<void>;
}

export async function startHost(our: string): Promise<HostServer> {
  const pages = new Map<string, HostPage>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const css = /^\/(hostile|calm)\.css$/.exec(url.pathname);
    if (css) {
      res.writeHead(200, { 'content-type': 'text/css; charset=utf-8' });
      return res.end(css[1] === 'hostile' ? HOSTILE_CSS : CALM_CSS);
    }
    const p = pages.get(url.pathname);
    if (!p) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('404');
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': p.csp ?? strictCsp(our), 'cache-control': 'no-store' });
    res.end(`<!doctype html><html lang="${p.lang ?? 'fr'}"><head><meta charset="utf-8"><title>Une association</title>
<link rel="stylesheet" href="/${p.css ?? 'hostile'}.css">${p.head ?? ''}</head>
<body><main><h1>Une association</h1>${p.body}</main></body></html>`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    origin,
    page: (name, p) => {
      pages.set(`/${name}`, p);
      return `${origin}/${name}`;
    },
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

/** A tab and what it saw. */
export interface Tab {
  context: BrowserContext;
  page: Page;
  /** Every request of every frame, in order. */
  requests: string[];
  /** Page errors, console errors, dialogs. */
  problems: string[];
  /** CSP violations reported in every frame (securitypolicyviolation events). */
  violations: () => Promise<string[]>;
}

export async function openTab(browser: Browser, opts: BrowserContextOptions = {}): Promise<Tab> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, timezoneId: 'Europe/Paris', ...opts });
  // Through the DevTools protocol, so the page's CSP does not apply to this listener; it runs in every frame.
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`), true);
  });
  const page = await context.newPage();
  const tab: Tab = {
    context,
    page,
    requests: [],
    problems: [],
    violations: async () => {
      const all = await Promise.all(page.frames().map((f) => f.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => [])));
      return all.flat();
    },
  };
  context.on('request', (r) => {
    if (!/^(data|blob):/.test(r.url())) tab.requests.push(r.url());
  });
  page.on('pageerror', (e) => tab.problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && tab.problems.push(`console error: ${m.text()}`));
  page.on('dialog', (d) => {
    tab.problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return tab;
}
