/**
 * The widget script on another site: a host page on its own loopback origin, under a strict CSP (only the site's
 * origin for scripts, images and frames) and hostile CSS, loads the latest release by its versioned URL with
 * integrity and crossorigin, as the configurator's snippet does. Every test also checks that the page saw no CSP
 * violation, no request beyond the script (and, for the card, the card's own page and files), and no cookie.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axe, launch } from '../../scripts/harness/browser.ts';
import { RELEASES_PATH, type WidgetRelease, type WidgetReleases } from '../../src/lib/widget/contract.ts';
import { STRINGS } from '../../src/lib/widget/strings.ts';
import { latestRelease } from '../../src/lib/widget/versions.ts';
import { realOffers } from './real-offers.ts';
import { openTab, startHost, strictCsp, type HostPage, type HostServer, type Tab } from './widgets-host-page.ts';

const our = inject('baseUrl');
let browser: Browser;
let host: HostServer;
let release: WidgetRelease;
let script: string;

beforeAll(async () => {
  const manifest = (await (await fetch(`${our}/${RELEASES_PATH}`)).json()) as WidgetReleases;
  release = latestRelease(manifest.releases)!;
  script = `${our}/${release.file}`;
  browser = await launch();
  host = await startHost(our);
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

/** The snippet's script tag: the versioned URL, its integrity, CORS, no referrer. */
const tag = (src = script, integrity: string | null = release.integrity, defer = true) =>
  `<script src="${src}"${integrity ? ` integrity="${integrity}"` : ''} crossorigin="anonymous" referrerpolicy="no-referrer"${defer ? ' defer' : ''}></script>`;
const q = (lang: string) => `${our}/${lang}/questionnaire/`;
/** A banner snippet with its fallback link, as the configurator writes it. */
const banner = (attrs = 'dismissible', lang = 'fr') => `<degmail-banner ${attrs}><a href="${q(lang)}">${STRINGS[lang as 'fr'].link}</a></degmail-banner>`;

let pages = 0;
/** Opens a host page in a new tab (or `tab`), after the element script has run. */
async function visit(p: HostPage, tab?: Tab): Promise<Tab> {
  const t = tab ?? (await openTab(browser));
  await t.page.goto(host.page(`p${++pages}`, { head: tag(), ...p }), { waitUntil: 'load' });
  return t;
}

/** What no widget may cause: CSP violations, errors, dialogs, cookies, and requests beyond `allowed`. */
async function expectClean(t: Tab, allowed: (url: string) => boolean = () => false): Promise<void> {
  expect(await t.violations(), 'CSP violations').toEqual([]);
  expect(t.problems).toEqual([]);
  expect(await t.context.cookies(), 'cookies').toEqual([]);
  const expected = (u: string) => u.startsWith(`${host.origin}/`) && /^\/(p\d+|hostile\.css|calm\.css)$/.test(new URL(u).pathname);
  expect(t.requests.filter((u) => !expected(u) && u !== script && !allowed(u)), 'requests beyond the script').toEqual([]);
  await t.context.close();
}

/** The banner's state, read through its open shadow root. */
const state = (page: Page, i = 0) => page.evaluate((n) => {
  const el = document.querySelectorAll('degmail-banner')[n]!;
  const r = el.getBoundingClientRect();
  const box = el.shadowRoot?.querySelector('section');
  const a = box?.querySelector('a');
  const fallback = el.querySelector('a');
  return {
    defined: !!customElements.get('degmail-banner'),
    width: r.width, height: r.height,
    children: el.shadowRoot?.childNodes.length ?? -1,
    text: box?.textContent ?? null,
    lang: box?.getAttribute('lang') ?? null,
    label: box?.getAttribute('aria-label') ?? null,
    href: a?.href ?? null,
    linkText: a?.textContent ?? null,
    fallbackShown: !!fallback && fallback.getClientRects().length > 0,
    images: el.shadowRoot?.querySelectorAll('img').length ?? 0,
    styled: !!el.shadowRoot?.querySelector('[style]') || el.hasAttribute('style'),
  };
}, i);
const hidden = { width: 0, height: 0, children: 0, text: null };

it('npm start serves a release as the deploy configurations do: CORS for its integrity check, cached for good', async () => {
  const res = await fetch(script);
  expect([res.status, res.headers.get('access-control-allow-origin'), res.headers.get('cache-control')])
    .toEqual([200, '*', 'public, max-age=31536000, immutable']);
});

describe('the banner', () => {
  it('shows in the page’s language, with its defaults, in place of its fallback link', async () => {
    const t = await visit({ body: banner() });
    const s = await state(t.page);
    expect(s).toMatchObject({ defined: true, lang: 'fr', label: STRINGS.fr.region, href: q('fr'), linkText: STRINGS.fr.link, fallbackShown: false, styled: false });
    expect(s.text).toContain(STRINGS.fr.headline);
    expect(s.height).toBeGreaterThan(20);
    await expect(t.page.getByRole('region', { name: STRINGS.fr.region }).isVisible()).resolves.toBe(true);
    // The host's font, not ours: the banner's text inherits the family the host page gives its body.
    const fonts = await t.page.evaluate(() => [getComputedStyle(document.body).fontFamily, getComputedStyle(document.querySelector('degmail-banner')!.shadowRoot!.querySelector('p')!).fontFamily]);
    expect(fonts[1]).toBe(fonts[0]);
    await expectClean(t);
  });

  it('speaks English on an English page, and the host’s own words when given', async () => {
    const t = await visit({ lang: 'en', body: `${banner('', 'en')}${banner('lang="en" headline="We support it." link-text="Read why" href="/why/" theme="dark" position="bottom"', 'en')}` });
    expect(await state(t.page, 0)).toMatchObject({ lang: 'en', label: STRINGS.en.region, href: q('en'), linkText: STRINGS.en.link });
    const custom = await state(t.page, 1);
    expect(custom).toMatchObject({ lang: 'en', text: `We support it. Read why`, href: `${host.origin}/why/`, linkText: 'Read why' });
    expect(await t.page.evaluate(() => getComputedStyle(document.querySelectorAll('degmail-banner')[1]!.shadowRoot!.querySelector('section')!).position)).toBe('fixed');
    await expectClean(t);
  });

  it('closes with its button, takes no space then, and stays closed after a reload; preview shows it again', async () => {
    const t = await visit({ body: banner() });
    await t.page.getByRole('button', { name: STRINGS.fr.close }).click();
    expect(await state(t.page)).toMatchObject(hidden);
    expect(await t.page.evaluate(() => Object.keys(localStorage))).toEqual(['degmail-banner-closed']);
    await t.page.reload({ waitUntil: 'load' });
    expect(await state(t.page)).toMatchObject({ defined: true, ...hidden });
    await visit({ body: banner('dismissible preview') }, t);
    expect((await state(t.page)).height).toBeGreaterThan(20);
    await expectClean(t);
  });

  it('closes with Esc when focused, and shows where the focus is', async () => {
    const t = await visit({ body: `${banner()}<p>Texte</p>` });
    await t.page.keyboard.press('Tab');
    const focus = await t.page.evaluate(() => {
      const a = document.querySelector('degmail-banner')!.shadowRoot!.activeElement as HTMLElement | null;
      const st = a && getComputedStyle(a);
      return { tag: a?.tagName, outline: st && `${st.outlineStyle} ${st.outlineWidth}` };
    });
    expect(focus).toEqual({ tag: 'A', outline: 'solid 3px' });
    await t.page.keyboard.press('Escape');
    expect(await state(t.page)).toMatchObject(hidden);
    await expectClean(t);
  });

  it('renders attribute text as text, and never follows a javascript: href', async () => {
    const evil = '<img src=x onerror=alert(1)><b>bold</b>';
    const t = await visit({ body: `<degmail-banner headline='${evil}' link-text='${evil}' href="javascript:alert(2)"></degmail-banner>` });
    const s = await state(t.page);
    expect(s).toMatchObject({ images: 0, linkText: evil, href: q('fr') });
    expect(s.text).toBe(`${evil} ${evil}`);
    await expectClean(t);
  });

  it('renders nothing after `until`, and `preview` overrides it', async () => {
    const t = await visit({ body: `${banner('until="2020-01-01"')}${banner('until="2099-12-31"')}${banner('until="2020-01-01" preview')}${banner('until="31/12/2099"')}` });
    expect(await state(t.page, 0)).toMatchObject(hidden);
    expect((await state(t.page, 1)).height).toBeGreaterThan(20);
    expect((await state(t.page, 2)).height).toBeGreaterThan(20);
    expect(await state(t.page, 3)).toMatchObject(hidden);
    await expectClean(t);
  });

  it('renders nothing after the release’s hard end, even in preview', async () => {
    for (const [day, shown] of [[release.hardEnd, true], [`${Number(release.hardEnd.slice(0, 4)) + 1}${release.hardEnd.slice(4)}`, false]] as const) {
      const t = await openTab(browser);
      await t.page.clock.setFixedTime(new Date(`${day}T12:00:00+01:00`));
      await visit({ body: banner('until="2099-12-31" preview') }, t);
      expect((await state(t.page)).height > 0, day).toBe(shown);
      await expectClean(t);
    }
  });

  it('renders nothing inside a frame unless `in-frames`', async () => {
    const child = (attrs: string) => host.page(`frame-${attrs || 'plain'}`, { head: tag(), body: banner(attrs), csp: strictCsp(our) });
    const t = await visit({
      csp: strictCsp(our, " 'self'"),
      body: `<iframe title="a" src="${child('')}" height="200"></iframe><iframe title="b" src="${child('in-frames')}" height="200"></iframe>`,
    });
    const inFrame = async (i: number) => t.page.frames()[i + 1]!.evaluate(() => document.querySelector('degmail-banner')!.getBoundingClientRect().height);
    await t.page.waitForFunction(() => document.querySelectorAll('iframe').length === 2);
    expect(await inFrame(0)).toBe(0);
    expect(await inFrame(1)).toBeGreaterThan(20);
    await expectClean(t, (u) => u.startsWith(`${host.origin}/frame-`));
  });

  it('keeps its fallback link when the script is blocked', async () => {
    const t = await openTab(browser);
    await t.context.route('**/degmail.js', (r) => r.abort());
    await visit({ body: banner() }, t);
    const link = t.page.getByRole('link', { name: STRINGS.fr.link });
    await expect(link.isVisible()).resolves.toBe(true);
    expect(await link.getAttribute('href')).toBe(q('fr'));
    expect(await state(t.page)).toMatchObject({ defined: false, fallbackShown: true });
    // The aborted download is the one error the page may log.
    t.problems.splice(0, t.problems.length, ...t.problems.filter((p) => !/Failed to load resource/.test(p)));
    await expectClean(t);
  });

  it('defines its elements once when loaded twice (release and alias)', async () => {
    const t = await visit({ head: `${tag()}${tag(`${our}/widget/v1/degmail.js`, null)}`, body: banner() });
    expect((await state(t.page)).height).toBeGreaterThan(20);
    await expectClean(t, (u) => u === `${our}/widget/v1/degmail.js`);
  });
});

describe('the nudge', () => {
  const form = (attrs = '') => `<form action="/sent"><degmail-nudge ${attrs}><label for="m">Courriel</label><input id="m" type="email" name="email"></degmail-nudge><button>Adhérer</button></form>`;
  const note = (page: Page) => page.evaluate(() => {
    const live = document.querySelector('degmail-nudge')!.shadowRoot!.querySelector('[aria-live="polite"]');
    const a = live?.querySelector('a');
    return { live: !!live, text: live?.textContent ?? null, href: a?.href ?? null, lang: live?.querySelector('p')?.lang ?? null };
  });

  it.each([['fr', ''], ['en', 'lang="en"']] as const)('notes a big provider’s address in %s, after a pause or on blur, and no other', async (lang, attrs) => {
    const t = await visit({ body: form(attrs) });
    const input = t.page.locator('#m');
    const before = t.requests.length;
    // After a pause in typing, without leaving the field.
    await input.pressSequentially('Alice@GMail.com', { delay: 10 });
    await t.page.waitForFunction(() => !!document.querySelector('degmail-nudge')!.shadowRoot!.querySelector('[aria-live] p'));
    expect(await note(t.page)).toEqual({ live: true, text: STRINGS[lang].note + STRINGS[lang].noteLink, href: q(lang), lang });
    expect(await input.inputValue()).toBe('Alice@GMail.com');
    // Others: gone on blur.
    for (const address of ['alice@chatons.org', 'bob@gmail.com.evil.example', 'carol@assoc-gmail.fr']) {
      await input.fill(address);
      await input.blur();
      expect((await note(t.page)).text, address).toBe('');
    }
    await input.fill('dan@hotmail.co.uk');
    await input.blur();
    expect((await note(t.page)).text).toBe(STRINGS[lang].note + STRINGS[lang].noteLink);
    // It never blocks the form nor sends the address: the field stays valid, and nothing was requested.
    expect(await input.evaluate((i: HTMLInputElement) => [i.value, i.checkValidity(), i.validationMessage])).toEqual(['dan@hotmail.co.uk', true, '']);
    await t.page.waitForTimeout(1000);
    expect(t.requests.slice(before)).toEqual([]);
    await expectClean(t);
  });
});

describe('the provider card', () => {
  const id = realOffers().find((o) => o.chatons === 'member' && o.status !== 'closed')!.id;

  it(`loads /embed/fr/provider/${id}/ in its iframe and sets the iframe's height attribute from the card's message`, async () => {
    const card = `${our}/embed/fr/provider/${id}/`;
    expect((await fetch(card)).status).toBe(200);
    const t = await visit({
      csp: strictCsp(our, " 'self'"),
      body: `<iframe id="card" src="${card}" title="${id}" width="360" height="120" referrerpolicy="no-referrer"></iframe><iframe id="other" title="autre" src="${host.page('other-frame', { body: '<p>autre</p>' })}" height="50"></iframe>`,
    });
    const frame = t.page.frames().find((f) => f.url() === card)!;
    const height = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await t.page.waitForFunction((h) => document.getElementById('card')!.getAttribute('height') === String(h), height);
    expect(height).toBeGreaterThan(120);
    expect(await t.page.locator('#card').getAttribute('style')).toBeNull();
    // A frame of another origin (here the host's own) cannot resize itself through our listener.
    const other = t.page.frames().find((f) => f.url().endsWith('/other-frame'))!;
    await other.evaluate(() => parent.postMessage({ type: 'degmail:resize', height: 999 }, '*'));
    await t.page.evaluate(() => postMessage({ type: 'degmail:resize', height: 999 }, '*'));
    await t.page.waitForTimeout(300);
    expect(await t.page.locator('#other').getAttribute('height')).toBe('50');
    expect(await t.page.locator('#card').getAttribute('height')).toBe(String(height));
    await expectClean(t, (u) => u.startsWith(card) || u.startsWith(`${our}/_astro/`) || u === `${our}/favicon.svg` || u.endsWith('/other-frame'));
  });
});

describe('accessibility', () => {
  it.each(['light', 'dark'] as const)('axe finds nothing on a host page with the widgets (%s)', async (scheme) => {
    const t = await openTab(browser, { colorScheme: scheme });
    // Auto follows the visitor's scheme; the English one is always dark (one banner per language: two with the same
    // name would be two landmarks axe cannot tell apart).
    await visit({ css: 'calm', body: `${banner()}${banner('theme="dark" lang="en"', 'en')}<form action="/sent"><degmail-nudge><label for="m">Courriel</label><input id="m" type="email"></degmail-nudge></form>` }, t);
    await t.page.locator('#m').fill('alice@gmail.com');
    await t.page.locator('#m').blur();
    expect(await axe(t.page)).toEqual([]);
    await expectClean(t);
  });

  it('axe finds nothing under hostile CSS either', async () => {
    const t = await visit({ body: `${banner()}<form action="/sent"><degmail-nudge><label for="m">Courriel</label><input id="m" type="email"></degmail-nudge></form>` });
    await t.page.locator('#m').fill('alice@gmail.com');
    await t.page.locator('#m').blur();
    expect(await axe(t.page)).toEqual([]);
    await expectClean(t);
  });

  it('does not move when the visitor asks for reduced motion', async () => {
    const t = await openTab(browser, { reducedMotion: 'reduce' });
    await visit({ body: banner() }, t);
    const names = await t.page.evaluate(() => getComputedStyle(document.querySelector('degmail-banner')!.shadowRoot!.querySelector('section')!).animationName);
    expect(names).toBe('none');
    await expectClean(t);
  });
});
