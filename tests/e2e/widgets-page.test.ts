/**
 * The widgets' configurator in Chromium, in both languages, as a webmaster uses it: choose a widget and its options,
 * copy the code (read back from the real clipboard), and paste it into a blank page served from another loopback
 * origin, whose strict CSP allows only our origin for scripts, images and frames. There the banner shows with the
 * typed words as text and links to our questionnaire, the nudge reacts to a gmail.com address and not to another,
 * the card's frame loads the chosen offer, and the badge image loads; with no CSP violation, no request beyond our
 * origin and no cookie. Without JavaScript, the page shows every widget's default code, exactly as the pure builders
 * write it. Every state of the page passes axe in light and dark mode.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axe, launch, session, type Session } from '../../scripts/harness/browser.ts';
import type { WidgetsData } from '../../src/client/widgets/data.ts';
import { RELEASES_PATH, type WidgetReleases } from '../../src/lib/widget/contract.ts';
import { BADGE_SIZES } from '../../src/lib/widget/snippet-badge.ts';
import { WIDGET_KINDS, type WidgetKind } from '../../src/lib/widget/snippet-csp.ts';
import { latestRelease } from '../../src/lib/widget/snippet-script.ts';
import { defaultOptions, widgetSnippet } from '../../src/lib/widget/snippet-widgets.ts';
import { STRINGS } from '../../src/lib/widget/strings.ts';

const base = inject('baseUrl');
const ours = new URL(base).origin;
const LANGS = ['fr', 'en'] as const;
const release = latestRelease(JSON.parse(fs.readFileSync(`public/${RELEASES_PATH}`, 'utf8')) as WidgetReleases)!;
const HOSTILE = '<img src=x onerror="alert(1)"> "quoted" & <b>bold</b>';

let browser: Browser;
/** The host site: another origin (same loopback address, another port), a blank page per test, a strict CSP. */
let host: { url: string; pages: Map<string, string>; server: http.Server };

beforeAll(async () => {
  browser = await launch();
  const pages = new Map<string, string>();
  const server = http.createServer((req, res) => {
    const html = pages.get(req.url ?? '');
    if (!html) return void res.writeHead(404).end();
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': `default-src 'none'; script-src ${ours}; img-src ${ours}; frame-src ${ours}; base-uri 'none'; form-action 'none'`,
    });
    res.end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  host = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, pages, server };
  expect(new URL(host.url).origin).not.toBe(ours);
});
afterAll(async () => {
  await browser?.close();
  host?.server.closeAllConnections();
  await new Promise((r) => host?.server.close(r));
});

/** The configurator, with the clipboard allowed (the test reads back what the copy button wrote). */
async function configurator(lang: string): Promise<Session> {
  const s = await session(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  await s.visit(`${base}/${lang}/widgets/`);
  await s.page.waitForFunction(() => !!customElements.get('degmail-widgets'));
  return s;
}

async function choose(page: Page, kind: WidgetKind): Promise<void> {
  await page.check(`input[data-choose][value="${kind}"]`);
  await page.locator(`#widget-${kind}`).waitFor({ state: 'visible' });
}

/** Clicks the widget's copy button and returns what the clipboard holds, after checking it is the code shown. */
async function copy(page: Page, kind: WidgetKind): Promise<string> {
  // Options follow typing after a short pause: wait for the code to settle before copying it.
  await page.waitForTimeout(300);
  await page.click(`button[data-copy="wg-${kind}-code"]`);
  await page.locator(`[data-copy-status="wg-${kind}-code"]`).filter({ hasText: /\S/ }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator(`#wg-${kind}-code`).textContent());
  expect(copied).not.toMatch(/[\u2018-\u201F\u00AB\u00BB]/);
  return copied;
}

interface HostVisit {
  page: Page;
  /** What went wrong: CSP violations, requests elsewhere than our origin, cookies, errors. Call once, at the end. */
  done: () => Promise<string[]>;
}

/** The snippet pasted alone into a blank page of the host site. */
async function pasteOnHost(name: string, lang: string, snippet: string): Promise<HostVisit> {
  const path = `/${name}-${lang}`;
  host.pages.set(path, `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Host</title></head><body><main><h1>Host</h1>\n${snippet}\n</main></body></html>`);
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('request', (r) => {
    if (r.url() !== host.url + path && new URL(r.url()).origin !== ours) problems.push(`request beyond our origin: ${r.url()}`);
  });
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(host.url + path, { waitUntil: 'load' });
  return {
    page,
    done: async () => {
      for (const frame of page.frames()) problems.push(...(await frame.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])));
      const cookies = await context.cookies();
      if (cookies.length) problems.push(`cookies: ${cookies.map((c) => c.name).join(', ')}`);
      await context.close();
      return problems;
    },
  };
}

describe.each(LANGS)('the configurator (%s)', (lang) => {
  let s: Session;
  beforeAll(async () => {
    s = await configurator(lang);
  });
  afterAll(async () => {
    await s.close();
    expect(s.problems).toEqual([]);
  });

  it('builds a banner with the typed words; pasted on a strict-CSP host, it shows them as text and links to our questionnaire', async () => {
    await choose(s.page, 'banner');
    await s.page.fill('#wg-banner-headline', HOSTILE);
    await s.page.selectOption('#wg-banner-position', 'bottom');
    // The preview is the released script drawing the very snippet.
    const preview = s.page.locator('[data-preview="banner"] degmail-banner[preview]');
    await preview.getByText(HOSTILE).waitFor();
    const snippet = await copy(s.page, 'banner');
    expect(snippet).toContain(`integrity="${release.integrity}"`);
    expect(snippet).toContain('position="bottom"');

    const visit = await pasteOnHost('banner', lang, snippet);
    const region = visit.page.getByRole('region', { name: STRINGS[lang].region });
    await region.waitFor();
    expect(await region.getByText(HOSTILE).count()).toBe(1);
    expect(await visit.page.locator('degmail-banner img, degmail-banner b').count()).toBe(0);
    expect(await region.getByRole('link').getAttribute('href')).toBe(`${base}/${lang}/questionnaire/`);
    expect(await visit.done()).toEqual([]);
  });

  it('leaves out an address that is not http(s), and says so next to the field', async () => {
    await choose(s.page, 'banner');
    await s.page.fill('#wg-banner-href', 'javascript:alert(1)');
    const error = s.page.locator('[data-error="wg-banner-href"]');
    await error.waitFor({ state: 'visible' });
    expect(await s.page.getAttribute('#wg-banner-href', 'aria-invalid')).toBe('true');
    expect(await s.page.getAttribute('#wg-banner-href', 'aria-describedby')).toContain('wg-banner-href-error');
    expect(await s.page.locator('#wg-banner-code').textContent()).not.toContain('javascript:');
    await s.page.fill('#wg-banner-href', 'https://asso.example/campagne/');
    await error.waitFor({ state: 'hidden' });
    expect(await s.page.locator('#wg-banner-code').textContent()).toContain('href="https://asso.example/campagne/"');
  });

  it('builds a nudge that, on the host, notes a gmail.com address and not another', async () => {
    await choose(s.page, 'nudge');
    await s.page.selectOption('#wg-nudge-lang', lang);
    const visit = await pasteOnHost('nudge', lang, await copy(s.page, 'nudge'));
    const field = visit.page.locator('#degmail-email');
    const note = visit.page.locator('degmail-nudge [aria-live] p');
    await field.fill('camille@gmail.com');
    await field.press('Tab');
    await note.waitFor();
    expect(await note.getByRole('link').getAttribute('href')).toMatch(new RegExp(`^${ours}/`));
    await field.fill('camille@example.org');
    await field.press('Tab');
    await note.waitFor({ state: 'detached' });
    expect(await field.inputValue()).toBe('camille@example.org');
    expect(await visit.done()).toEqual([]);
  });

  it('builds a card of the chosen offer whose frame loads on the host', async () => {
    await choose(s.page, 'card');
    const options = await s.page.locator('#wg-card-id option').evaluateAll((os) => os.map((o) => ({ id: (o as HTMLOptionElement).value, name: o.textContent ?? '' })));
    expect(options.length).toBeGreaterThan(1);
    const offer = options.at(-1)!;
    await s.page.selectOption('#wg-card-id', offer.id);
    await s.page.frameLocator('[data-preview="card"] iframe').locator(`[data-embed-card="${offer.id}"]`).waitFor();
    const snippet = await copy(s.page, 'card');
    expect(snippet).toContain(`/embed/${lang}/provider/${offer.id}/`);

    const visit = await pasteOnHost('card', lang, snippet);
    const card = visit.page.frameLocator('iframe').locator(`[data-embed-card="${offer.id}"]`);
    await card.waitFor();
    expect((await card.locator('h1').textContent())?.trim()).toBe(offer.name.trim());
    expect(await visit.done()).toEqual([]);
  });

  it('builds a badge whose image loads on the host', async () => {
    await choose(s.page, 'badge');
    await s.page.check('input[name="kind"][value="banner"]');
    await s.page.locator(`[data-preview="badge"] img[src$="/widget/banner-${lang}.svg"]`).waitFor();
    const snippet = await copy(s.page, 'badge');

    const visit = await pasteOnHost('badge', lang, snippet);
    const img = visit.page.locator('a > img');
    await visit.page.waitForFunction(() => document.querySelector('img')?.complete);
    expect(await img.evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBe(BADGE_SIZES.banner.width);
    expect(await img.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(await visit.page.locator('a').getAttribute('href')).toBe(`${base}/${lang}/questionnaire/`);
    expect(await visit.done()).toEqual([]);
  });

  it('passes axe in light and dark mode with each widget chosen', async () => {
    for (const kind of WIDGET_KINDS) {
      await choose(s.page, kind);
      await s.page.waitForTimeout(300);
      expect(await axe(s.page), `${kind}, light`).toEqual([]);
      await s.page.emulateMedia({ colorScheme: 'dark' });
      expect(await axe(s.page, ['color-contrast', 'link-in-text-block']), `${kind}, dark`).toEqual([]);
      await s.page.emulateMedia({ colorScheme: 'light' });
    }
  });
});

describe('the host page', () => {
  it('reports CSP violations (the check can fail)', async () => {
    const visit = await pasteOnHost('bad', 'en', `<script>document.title = 'x'</script><img src="http://127.0.0.9:9/x.png" alt="">`);
    const problems = (await visit.done()).join('\n');
    expect(problems).toMatch(/script-src/);
    expect(problems).toMatch(/img-src http:\/\/127\.0\.0\.9/);
  });
});

describe.each(LANGS)('without JavaScript (%s)', (lang) => {
  it('shows every widget’s default code, as the builders write it, and the badges', async () => {
    const s = await session(browser, { javaScriptEnabled: false });
    await s.visit(`${base}/${lang}/widgets/`);
    const page = s.page;
    const data = JSON.parse((await page.locator('script[data-widgets-data]').textContent())!) as WidgetsData;
    expect(data.release).toEqual(release);
    // The code names the site's public address: the canonical link's, without the page's own path.
    const siteUrl = (await page.getAttribute('link[rel="canonical"]', 'href'))!.replace(new RegExp(`${lang}/widgets/$`), '');
    const offers = await page.locator('#wg-card-id option').evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? '']));
    const setup = { siteUrl, pageLang: lang, release, words: data.words, offers: Object.fromEntries(offers) };
    const defaults = defaultOptions(lang, offers[0]![0]!);
    for (const kind of WIDGET_KINDS) {
      const code = page.locator(`#wg-${kind}-code`);
      expect(await code.isVisible(), kind).toBe(true);
      expect(await code.textContent(), kind).toBe(widgetSnippet(kind, defaults[kind], setup).html);
      expect(await page.locator(`form[data-options="${kind}"]`).isVisible(), `${kind}'s options need JavaScript`).toBe(false);
    }
    const badges = page.locator('[data-preview="badge"] img');
    expect(await badges.count()).toBe(2);
    for (const img of await badges.all()) expect(await img.evaluate((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0)).toBe(true);
    expect(await page.locator('a[data-release-zip]').getAttribute('href')).toBe(`/${release.zip}`);
    await s.close();
    expect(s.problems).toEqual([]);
  });
});
