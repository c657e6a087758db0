/**
 * The contribution form in Chromium, in both languages: a blank entry filled in on a phone (an error shows next to
 * its field, in the page's language, and is announced), an offer of the real content corrected from its page on a
 * desktop, and the commented template without JavaScript, filled in by the test. Every file produced passes
 * `scripts/validate.ts` (the build's checks) in a temporary content folder. axe (light and dark) and the Nu checker
 * find nothing on any state; no request leaves the site.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsyaml from 'js-yaml';
import type { Browser, Page } from 'playwright-core';
import { axe, launch, open, session } from '../../scripts/harness/browser.ts';
import { checkHtmlPages } from '../../scripts/harness/html-check.ts';
import { DICTIONARIES } from '../../src/i18n/index.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import type { ProviderEntry } from '../../src/schemas/provider.ts';
import { realOffers } from './real-offers.ts';
import { written } from '../fixtures/contribute-written.ts';

const base = inject('baseUrl');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
let browser: Browser;
/** Every page state seen, for the Nu checker at the end. */
const states: { name: string; html: string }[] = [];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Runs the build's validator on one file in a fresh content folder: its exit status and what it printed. */
function validate(id: string, text: string): { status: number | null; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'degmail-contribute-'));
  fs.mkdirSync(path.join(dir, 'providers'));
  fs.writeFileSync(path.join(dir, 'providers', `${id}.yaml`), text);
  const r = spawnSync('node_modules/.bin/node', ['scripts/validate.ts'], { env: { ...process.env, DEGMAIL_CONTENT: dir }, encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** axe in light mode and, for contrast, in dark mode. */
async function axeLightDark(page: Page, name: string): Promise<void> {
  expect(await axe(page), name).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axe(page, ['color-contrast', 'link-in-text-block']), `${name} (dark)`).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
}

/** axe (light and dark) on the page as it is now; then keeps it for the Nu checker. */
async function checkState(page: Page, name: string): Promise<void> {
  await axeLightDark(page, name);
  states.push({ name, html: await page.content() });
}

/**
 * axe on the page as a browser without JavaScript shows it. axe itself needs JavaScript (its timers never fire in a
 * page that has it off), so the page is served to a normal tab with its scripts taken out and its <noscript> shown.
 */
async function axeWithoutScripts(url: string, viewport: typeof PHONE, name: string): Promise<void> {
  const w = await session(browser, { viewport });
  await w.page.route(url, async (route) => {
    const res = await route.fetch();
    const html = (await res.text()).replace(/<script(?![^>]*application\/json)[^>]*>[\s\S]*?<\/script>/g, '').replace(/<\/?noscript>/g, '');
    await route.fulfill({ response: res, body: html });
  });
  await w.visit(url);
  expect(await w.page.isHidden('[data-form]')).toBe(true);
  expect(await w.page.isVisible('#template')).toBe(true);
  await axeLightDark(w.page, name);
  await w.close();
  expect(w.problems).toEqual([]);
}

/** Types into a field and leaves it, as a person does (the form checks a field when it changes). */
async function type(page: Page, selector: string, text: string): Promise<void> {
  await page.fill(selector, text);
  await page.press(selector, 'Tab');
}

/** The message shown next to a control, checked to be in the same field box, and the control marked invalid. */
async function errorNextTo(page: Page, name: string): Promise<string> {
  const id = name.replace(/[^A-Za-z0-9_]+/g, '-');
  return page.evaluate((id) => {
    const control = document.getElementById(`f-${id}`)!;
    const error = document.getElementById(`e-${id}`)!;
    const box = control.closest('.field');
    if (!box?.contains(error) || error.offsetParent === null) return '';
    if (control.getAttribute('aria-invalid') !== 'true') return '';
    if (!control.getAttribute('aria-describedby')?.split(' ').includes(error.id)) return '';
    return error.textContent ?? '';
  }, id);
}

/** Asks for the file; returns its text once the output shows (from the download, checked equal to the copy box). */
async function prepare(page: Page): Promise<string> {
  await page.click('[data-form] button[type="submit"]');
  await page.waitForSelector('[data-output]:not([hidden])');
  // Focus lands on the file's heading.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('c-output');
  const copy = await page.inputValue('[data-yaml]');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-download]')]);
  const saved = fs.readFileSync((await download.path())!, 'utf8');
  expect(saved).toBe(copy);
  return copy;
}

/** The offer with the most to show: notes, then the most sources (chosen from the data, whatever it holds). */
const offers = realOffers();
const chosen = [...offers].sort((a, b) => (b.notes?.length ?? 0) - (a.notes?.length ?? 0) || b.sources.length - a.sources.length)[0]!;

describe.each(['fr', 'en'] as Locale[])('contribution form in %s', (lang) => {
  const d = DICTIONARIES[lang] as Record<string, string>;

  it('a blank entry on a phone: an error next to its field in the page’s language, the summary, then a valid file', async () => {
    const w = await open(browser, `${base}/${lang}/contribute/`, { viewport: PHONE, acceptDownloads: true });
    const page = w.page;
    await page.waitForSelector('[data-form]:not([hidden])');
    expect(await page.textContent('[data-privacy]')).toBe(d['contribute.privacy']);
    await checkState(page, `${lang}-blank`);

    await type(page, '#f-name', 'Chaton du test');
    await type(page, '#f-website', 'http://chaton-du-test.example/');
    expect(await errorNextTo(page, 'website')).toBe(d['contribute.error.https']);
    await checkState(page, `${lang}-field-error`);
    await type(page, '#f-website', 'https://chaton-du-test.example/');
    expect(await errorNextTo(page, 'website')).toBe('');

    // Typing a fact unticks its "Not specified"; a known fact without a source says so, next to it.
    expect(await page.isChecked('[data-unknown="city"]')).toBe(true);
    await type(page, '#f-city', 'Rennes');
    expect(await page.isChecked('[data-unknown="city"]')).toBe(false);
    expect(await errorNextTo(page, 'city')).toBe(d['contribute.error.needsSource']);
    await page.check('#f-imap-yes');
    await page.selectOption('#f-price-model', 'subscription');
    await type(page, '#f-price-subscription-amount', '1,5');
    await type(page, '#f-quota_gb', 'beaucoup');
    expect(await errorNextTo(page, 'quota_gb')).toBe(d['contribute.error.number']);
    await type(page, '#f-quota_gb', '5');

    // Asking for the file lists every problem, announced, with focus on the list.
    await page.click('[data-form] button[type="submit"]');
    await page.waitForSelector('[data-summary]:not([hidden])');
    const summary = await page.$$eval('[data-summary-list] li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(summary.length).toBe(4);
    expect(summary.every((s) => s.endsWith(d['contribute.error.needsSource']!))).toBe(true);
    expect(await page.textContent('[data-live]')).toBe(d['contribute.errors.title']!.replace('{{n}}', '4'));
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-summary-title'))).toBe(true);
    expect(await page.isHidden('[data-output]')).toBe(true);
    await checkState(page, `${lang}-summary`);

    // One source backs them all.
    await page.click('[data-add="sources"]');
    await type(page, '#f-sources-0-url', 'https://chaton-du-test.example/tarifs');
    await type(page, '#f-sources-0-title', 'Chaton du test : tarifs');
    // The facts a source confirms are folded; the form unfolds them when they need ticking.
    if (!(await page.$eval('[data-row="sources"] [data-backs]', (el) => (el as HTMLDetailsElement).open))) await page.click('[data-row="sources"] [data-backs-summary]');
    for (const f of ['city', 'imap', 'price', 'quota_gb']) await page.check(`[name="sources.0.backs"][value="${f}"]`);
    expect(await page.textContent('[data-backs-summary]')).toBe(d['contribute.sources.backsCount']!.replace('{{n}}', '4'));
    await checkState(page, `${lang}-source`);

    const yaml = await prepare(page);
    expect(await page.textContent('[data-live]')).toBe(d['contribute.errors.none']);
    expect(yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/provider.schema.json');
    expect(jsyaml.load(yaml)).toMatchObject({
      name: 'Chaton du test', website: 'https://chaton-du-test.example/', draft: true, city: 'Rennes', imap: 'yes', quota_gb: 5,
      price: { model: 'subscription', amount: 1.5, period: 'month' }, region: 'unknown',
      sources: [{ id: 'source-1', url: 'https://chaton-du-test.example/tarifs' }],
    });
    expect((jsyaml.load(yaml) as ProviderEntry).sources[0]!.backs.sort()).toEqual(['city', 'imap', 'price', 'quota_gb']);
    expect(yaml).toMatch(/^ {4}checked: "\d{4}-\d{2}-\d{2}"$/m);
    expect(await page.getAttribute('[data-download]', 'download')).toBe('chaton-du-test.yaml');
    const v = validate('chaton-du-test', yaml);
    expect(v.output).toMatch(/1 provider file OK/);
    expect(v.status).toBe(0);

    // The e-mail only asks for the attachment: the file never goes in the link.
    const mailto = (await page.getAttribute('[data-mailto]', 'href'))!;
    expect(mailto).toMatch(/^mailto:[^?]+@[^?]+\?subject=/);
    expect(decodeURIComponent(mailto)).toContain('Chaton du test');
    expect(decodeURIComponent(mailto)).toContain('chaton-du-test.yaml');
    expect(decodeURIComponent(mailto)).not.toContain('sources:');
    expect(await page.getAttribute('[data-repo]', 'href')).toMatch(/\/content\/providers\/$/);
    await checkState(page, `${lang}-output`);
    await w.close();
    expect(w.problems).toEqual([]);
  });

  it(`an offer of the real content (the one with the most notes and sources), opened from its page on a desktop`, async () => {
    const w = await open(browser, `${base}/${lang}/providers/${chosen.id}/`, { viewport: DESKTOP, acceptDownloads: true });
    const page = w.page;
    const fromUnknown = await page.getAttribute('[data-unknown-facts] [data-contribute-link]', 'href');
    if (fromUnknown) expect(fromUnknown).toBe(`/${lang}/contribute/?id=${chosen.id}`);
    await page.click('section [data-contribute-link]');
    await page.waitForURL(`**/${lang}/contribute/?id=${chosen.id}`);
    await page.waitForFunction((name) => (document.getElementById('f-name') as HTMLInputElement | null)?.value === name, chosen.name);
    expect(await page.textContent('[data-status]')).toBe(d['contribute.editing']!.replace('{{name}}', chosen.name));
    await checkState(page, `${lang}-prefilled`);

    // Unchanged, it reads back as the entry (every field written), and passes the build's checks.
    const unchanged = await prepare(page);
    expect(jsyaml.load(unchanged)).toEqual(written(chosen));
    expect(await page.getAttribute('[data-download]', 'download')).toBe(`${chosen.id}.yaml`);
    expect(await page.getAttribute('[data-repo]', 'href')).toMatch(new RegExp(`/content/providers/${chosen.id}\\.yaml$`));
    expect(validate(chosen.id, unchanged).status).toBe(0);

    // A date in the future is refused next to its source's field; "Today" fixes it, and the file follows.
    await type(page, '#f-sources-0-checked', '2099-01');
    expect(await errorNextTo(page, 'sources.0.checked')).toBe(d['contribute.error.dateFuture']);
    expect(await page.isHidden('[data-output]')).toBe(true);
    await checkState(page, `${lang}-prefilled-error`);
    await page.click('[data-row="sources"] [data-today]');
    await page.waitForSelector('[data-output]:not([hidden])');
    const corrected = await page.inputValue('[data-yaml]');
    const today = new Date().toISOString().slice(0, 10);
    expect((jsyaml.load(corrected) as ProviderEntry).sources[0]!.checked).toBe(today);
    expect(validate(chosen.id, corrected).status).toBe(0);
    await w.close();
    expect(w.problems).toEqual([]);
  });

  it.each([['phone', PHONE], ['desktop', DESKTOP]] as const)('without JavaScript on a %s: the template to download, explained', async (device, viewport) => {
    const url = `${base}/${lang}/contribute/`;
    const w = await open(browser, url, { viewport, javaScriptEnabled: false });
    const page = w.page;
    expect(await page.isHidden('[data-form]')).toBe(true);
    expect(await page.isVisible('#template')).toBe(true);
    expect(await page.isVisible('noscript p')).toBe(true);
    expect(await page.textContent('noscript p')).toContain(d['contribute.noscript']);
    expect(await page.isVisible('#send [data-mailto]')).toBe(true);
    states.push({ name: `${lang}-nojs-${device}`, html: await page.content() });
    await axeWithoutScripts(url, viewport, `${lang}-nojs-${device}`);
    const href = (await page.getAttribute('[data-template-link]', 'href'))!;
    const template = await (await fetch(new URL(href, page.url()))).text();
    expect(template).toContain(d['field.quota_gb.help']!.split(' ').slice(0, 4).join(' '));
    await w.close();
    expect(w.problems).toEqual([]);

    // Filled in as a person would: a few unknowns replaced with values, and their sources.
    const filled = template
      .replace('name: ""', 'name: Chaton sans script')
      .replace('website: ""', 'website: https://sans-script.example/')
      .replace('country: unknown', 'country: FR')
      .replace('quota_gb: unknown', 'quota_gb: 10')
      .replace('webmail: unknown', 'webmail: "yes"')
      .replace('support_languages: unknown', 'support_languages: [fr, br]')
      .replace('sources: []', ['sources:', '  - id: accueil', '    url: https://sans-script.example/', '    title: "Chaton sans script : accueil"',
        '    checked: "2026-01"', '    backs: [country, quota_gb, webmail]', '  - id: annuaire', '    url: https://annuaire.example/sans-script',
        '    title: Annuaire', '    checked: "2025-12-01"', '    secondary: true', '    backs: [support_languages]'].join('\n'));
    expect(filled).not.toBe(template);
    const v = validate('chaton-sans-script', filled);
    expect(v.output).toMatch(/1 provider file OK/);
    expect(v.status).toBe(0);
  });
});

it('links every offer page to the form, prefilled; serves each offer’s JSON as the export gives it', async () => {
  const all = (await (await fetch(`${base}/api/v1/providers.json`)).json()) as { providers: ProviderEntry[] };
  expect(all.providers.length).toBe(offers.length);
  for (const offer of all.providers) {
    const one = await (await fetch(`${base}/api/v1/providers/${offer.id}.json`)).json();
    expect(one).toEqual(offer);
    const html = await (await fetch(`${base}/fr/providers/${offer.id}/`)).text();
    expect(html).toContain(`href="/fr/contribute/?id=${offer.id}"`);
  }
});

it('the Nu checker finds nothing in any state of the page', async () => {
  expect(states.length).toBe(18);
  expect(await checkHtmlPages(states)).toEqual([]);
}, 180_000);
