/**
 * Driving the analyser page in the end-to-end test: open it with a watch on the network and on the script (every
 * request after the load is recorded, and fetch, XMLHttpRequest, sendBeacon, WebSocket and EventSource count their
 * calls), fill and submit the form, read back what it shows, and run axe on the page as it shows without JavaScript.
 */
import type { Browser, Page } from 'playwright-core';
import { axe, session } from '../../scripts/harness/browser.ts';

/** The analyser page at `url`, watched. */
export async function openAnalyser(browser: Browser, url: string, opts: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {}) {
  const origin = new URL(url).origin;
  const s = await session(browser, opts);
  await s.page.addInitScript(() => {
    const w = window as unknown as { __calls: string[] };
    w.__calls = [];
    const count = (name: string) => () => void w.__calls.push(name);
    const f = window.fetch;
    window.fetch = (...a: Parameters<typeof fetch>) => (count('fetch')(), f(...a));
    const open = XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...a: Parameters<typeof open>) {
      count('xhr')();
      return open.apply(this, a);
    } as typeof open;
    navigator.sendBeacon = () => (count('beacon')(), false);
    window.WebSocket = class { constructor() { count('websocket')(); } } as unknown as typeof WebSocket;
    window.EventSource = class { constructor() { count('eventsource')(); } } as unknown as typeof EventSource;
  });
  await s.visit(url);
  if (opts.javaScriptEnabled !== false) await s.page.waitForFunction(() => !!customElements.get('degmail-analyser'));
  const later: string[] = [];
  // The browser asks for the page's icon on its own, whenever it likes: the one same-origin asset let through.
  s.page.on('request', (r) => r.url() !== `${origin}/favicon.svg` && later.push(r.url()));
  return { ...s, later, calls: () => s.page.evaluate(() => (window as unknown as { __calls: string[] }).__calls) };
}

export async function analyse(page: Page, fields: { domain?: string; selectors?: string; records: string; policy?: string }): Promise<void> {
  await page.fill('#an-domain', fields.domain ?? '');
  await page.fill('#an-selectors', fields.selectors ?? '');
  await page.fill('#an-records', fields.records);
  await page.fill('#an-policy', fields.policy ?? '');
  await page.click('degmail-analyser button[type="submit"]');
}

/** What the page shows: each result with its findings, and each rule, read from the DOM. */
export function shown(page: Page) {
  return page.evaluate(() => ({
    results: [...document.querySelectorAll<HTMLElement>('.an-result')].map((r) => ({
      mechanism: r.dataset.mechanism,
      subject: r.dataset.subject,
      status: r.dataset.status,
      word: r.querySelector('h4 .badge')?.textContent,
      findings: [...r.querySelectorAll<HTMLElement>('.an-findings > li')].map((f) => ({
        status: f.dataset.status,
        code: f.dataset.code,
        word: f.querySelector('.badge')?.textContent,
        // The line's own text, without its status word and its fix.
        why: [...f.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim(),
        fix: f.querySelector('pre code')?.textContent ?? undefined,
      })),
      link: r.querySelector<HTMLAnchorElement>('a')?.getAttribute('href'),
    })),
    rules: [...document.querySelectorAll<HTMLElement>('.an-rules li')].map((li) => ({ rule: li.dataset.rule, status: li.dataset.status, text: [...li.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim() })),
    heading: document.querySelector('#an-results-title')?.textContent,
    focused: document.activeElement?.id,
    // What the script wrote: the problems and the results.
    text: [...document.querySelectorAll('[data-problems], [data-results]')].map((e) => e.textContent).join('\n'),
  }));
}

/**
 * axe on the page as a browser without JavaScript shows it. axe itself needs JavaScript (its timers never fire in a
 * page that has it off), so the page is served to a normal tab with its scripts taken out and its <noscript> shown.
 * Returns the violations in light and dark mode, and the text of its main content.
 */
export async function axeWithoutScripts(browser: Browser, url: string): Promise<{ violations: string[]; text: string; problems: string[] }> {
  const w = await session(browser);
  await w.page.route(url, async (route) => {
    const res = await route.fetch();
    const html = (await res.text()).replace(/<script(?![^>]*application\/json)[^>]*>[\s\S]*?<\/script>/g, '').replace(/<\/?noscript>/g, '');
    await route.fulfill({ response: res, body: html });
  });
  await w.visit(url);
  const violations: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await w.page.emulateMedia({ colorScheme: scheme });
    violations.push(...(await axe(w.page)).map((v) => `${scheme}: ${v}`));
  }
  const text = (await w.page.textContent('main')) ?? '';
  await w.close();
  return { violations, text, problems: w.problems };
}
