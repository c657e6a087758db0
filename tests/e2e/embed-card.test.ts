/**
 * The provider cards other sites frame (/embed/{lang}/provider/{id}/), on the real build in Debian's Chromium: one
 * per listed offer and locale, each naming its offer and linking to its full page, within the snippet's fixed height
 * at 320 px; then each framed, through the very snippet the configurator gives (cardSnippet), by a host page on
 * another loopback origin (127.0.0.2, another site) whose CSP allows nothing but our frame. There the card loads
 * under its sandbox, sends its height as a ResizeMessage from our origin, and its links open our pages in a new tab,
 * outside the sandbox. (That only /embed/ may be framed is the servers' job: frame-ancestors is a header the test
 * server does not send, and the deploy test checks it on nginx, Caddy, Apache and _headers, on a real card.)
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { builtPages, launch, session, type Session } from '../../scripts/harness/browser.ts';
import { realOffers } from './real-offers.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { isListed } from '../../src/lib/offers/order.ts';
import { embedPath, isResizeMessage, type ResizeMessage } from '../../src/lib/widget/contract.ts';
import { CARD_HEIGHT, cardSnippet } from '../../src/lib/widget/card-snippet.ts';

const base = inject('baseUrl');
const ours = new URL(base).origin;
const cards = LOCALE_CODES.flatMap((lang) => realOffers().filter(isListed).map((offer) => ({ lang, offer, path: `/${embedPath(lang, offer.id)}` })));
/** The width the snippet's height is chosen for: a sidebar or a phone's column. */
const WIDTH = 320;
/** How much taller than the tallest card the fixed height may be: a line or two, not an empty box. */
const SPARE = 60;

let browser: Browser;
let card: Session;
let host: http.Server;
let hostOrigin = '';
/** The page the host serves next: one snippet, in a page whose CSP allows only our frame. */
let hostBody = '';
const heights = new Map<string, number>();

beforeAll(async () => {
  browser = await launch();
  card = await session(browser, { viewport: { width: WIDTH, height: 600 } });
  host = http.createServer((_req, res) => {
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': `default-src 'none'; frame-src ${ours}`,
    });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host</title></head><body><main><h1>A host</h1>${hostBody}</main></body></html>`);
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.2', () => r()));
  hostOrigin = `http://127.0.0.2:${(host.address() as { port: number }).port}`;
});
afterAll(async () => {
  await card?.close();
  await browser?.close();
  await new Promise((r) => host?.close(r));
});

describe('the cards', () => {
  it('exist for every listed offer in every locale, and nothing else is under /embed/', () => {
    expect(cards.length).toBeGreaterThan(LOCALE_CODES.length);
    expect(builtPages().filter((p) => p.startsWith('/embed/'))).toEqual(cards.map((c) => c.path).sort());
  });

  it.each(cards.map((c) => [c.path, c] as const))('%s: the offer, its links, noindex, nothing from elsewhere', async (path, { lang, offer }) => {
    const t = useTranslations(lang);
    await card.visit(base + path);
    const page = card.page;
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect((await page.textContent('h1'))?.trim()).toBe(offer.name);
    expect(await page.textContent('main')).toContain(t(`chatons.${offer.chatons}`));
    const links = await page.$$eval('a[href]', (as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, target: a.getAttribute('target'), rel: a.getAttribute('rel') })));
    expect(links.map((l) => l.href)).toEqual([`${ours}/${lang}/providers/${offer.id}/`, `${ours}/${lang}/`]);
    // Framed, a link must not replace the card inside the frame: it opens a tab, which cannot reach back.
    for (const l of links) expect([l.target, l.rel]).toEqual(['_blank', 'noopener']);
    expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex, follow');
    expect(await page.$('[data-pagefind-body]')).toBeNull();
    await page.evaluate(() => document.fonts.ready);
    const height = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    heights.set(path, height);
    expect(height, `${path} is ${height} px tall at ${WIDTH} px: raise CARD_HEIGHT in src/lib/widget/card-snippet.ts`).toBeLessThanOrEqual(CARD_HEIGHT);
    expect(card.problems).toEqual([]);
  });

  it(`fit the snippet's fixed height (${CARD_HEIGHT} px) at ${WIDTH} px, which is no more than ${SPARE} px over the tallest`, () => {
    expect(heights.size, 'every card was measured above').toBe(cards.length);
    const tallest = LOCALE_CODES.map((lang) => {
      const [path, h] = [...heights].filter(([p]) => p.startsWith(`/embed/${lang}/`)).sort((a, b) => b[1] - a[1])[0]!;
      return `${lang}: ${h} px (${path})`;
    });
    console.log(`tallest cards at ${WIDTH} px: ${tallest.join(', ')}; CARD_HEIGHT ${CARD_HEIGHT} px`);
    expect(Math.max(...heights.values())).toBeLessThanOrEqual(CARD_HEIGHT);
    expect(CARD_HEIGHT - Math.max(...heights.values()), 'the fixed height leaves a tall empty space: lower CARD_HEIGHT').toBeLessThanOrEqual(SPARE);
  });
});

/** The card's frame in the host page, once its document has its heading (a lazy frame may load after the page). */
async function framed(w: Session) {
  const frame = (await (await w.page.waitForSelector('iframe')).contentFrame())!;
  await frame.waitForSelector('h1');
  // Measured before its stylesheet arrives, the card would be taller than it ever is.
  await frame.waitForLoadState('load');
  return frame;
}

describe('framed by another site with a strict CSP, through the snippet', () => {
  it.each(cards.map((c) => [c.path, c] as const))('%s: loads, sandboxed, and sends its height from our origin', async (path, { lang, offer }) => {
    const t = useTranslations(lang);
    hostBody = cardSnippet({ siteUrl: base, lang, id: offer.id, title: t('embed.card.frameTitle', { name: offer.name }) });
    const w = await session(browser, { viewport: { width: WIDTH + 16, height: 800 } });
    const messages: { data: unknown; origin: string }[] = [];
    // The host-side listener of the real widget script is tested with it; this one only records what arrives.
    await w.page.exposeFunction('degmailTestMessage', (data: unknown, origin: string) => messages.push({ data, origin }));
    await w.page.addInitScript(() => addEventListener('message', (e) => (window as unknown as { degmailTestMessage: (d: unknown, o: string) => void }).degmailTestMessage(e.data, e.origin)));
    const requests: { url: string; framed: boolean }[] = [];
    w.page.on('request', (r) => requests.push({ url: r.url(), framed: r.frame() !== w.page.mainFrame() }));
    await w.page.goto(`${hostOrigin}/`, { waitUntil: 'load' });
    const frame = await framed(w);
    expect(frame.url()).toBe(`${ours}${path}`);
    expect((await frame.textContent('h1'))?.trim()).toBe(offer.name);
    // Without allow-same-origin the font, fetched in CORS mode from an opaque origin, would fail to load.
    const faces = await frame.evaluate(() => document.fonts.load('1rem "Degmail Sans"').then((f) => f.length, () => 0));
    expect(faces, 'the site font loads in the sandbox').toBeGreaterThan(0);

    // The last message gives the card's final height (after the font), and every message comes from our origin.
    const measure = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await expect.poll(async () => [messages.at(-1)?.data, await measure()]).toSatisfy(([last, h]) => isResizeMessage(last) && last.height === h);
    const height = await measure();
    expect(messages.at(-1)?.data).toEqual({ type: 'degmail:resize', height } satisfies ResizeMessage);
    for (const m of messages) expect([m.origin, isResizeMessage(m.data)]).toEqual([ours, true]);
    expect(height).toBeGreaterThan(100);

    expect(height).toBeLessThanOrEqual(CARD_HEIGHT);
    // The host loads its page (and maybe its favicon), the frame only from our origin.
    expect(requests.filter((r) => !r.url.startsWith(`${r.framed ? ours : hostOrigin}/`))).toEqual([]);
    expect(requests.filter((r) => r.framed).length).toBeGreaterThan(1);
    await w.close();
    expect(w.problems).toEqual([]);
  });

  it('opens the offer’s full page in a new tab, outside the sandbox (scripts and dialogs work there)', async () => {
    const { lang, offer, path } = cards[0]!;
    hostBody = cardSnippet({ siteUrl: base, lang, id: offer.id, title: offer.name });
    const w = await session(browser);
    await w.page.goto(`${hostOrigin}/`, { waitUntil: 'load' });
    const frame = await framed(w);
    expect(frame.url()).toBe(`${ours}${path}`);
    const [tab] = await Promise.all([w.page.context().waitForEvent('page'), frame.click('a[data-offer-link]')]);
    await tab.waitForLoadState('load');
    expect(tab.url()).toBe(`${ours}/${lang}/providers/${offer.id}/`);
    expect(w.page.url(), 'the host page stays').toBe(`${hostOrigin}/`);
    // A sandbox without allow-modals would silently drop the alert: it shows only when the tab escaped the sandbox.
    const dialog = new Promise<string>((r) => {
      tab.once('dialog', (d) => void d.dismiss().then(() => r(d.message())));
      setTimeout(() => r('no dialog'), 5_000);
    });
    await tab.evaluate(() => setTimeout(() => alert('unsandboxed')));
    expect(await dialog).toBe('unsandboxed');
    expect(await tab.evaluate(() => window.origin)).toBe(ours);
    await w.close();
    expect(w.problems).toEqual([]);
  });
});
