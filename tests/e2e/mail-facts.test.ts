/**
 * Measured mail-security facts, from the writer to the pages: fictional offers measured by
 * `npm run check:mail -- --offers`'s writer (with a fake check), built, and served. The directory gains the filter
 * "publishes the DNS records Gmail asks of every sender" (with and without JavaScript), the offer pages show the
 * verdicts with their date, each linked to its explanation, and the measured source as a tool and a day. The real
 * build shows the filter only if a real offer has a measured value.
 */
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { axe, launch, open } from '../../scripts/harness/browser.ts';
import { startServer } from '../../scripts/harness/serve.ts';
import { checkHtml } from '../../scripts/harness/html-check.ts';
import { buildUnder } from './servers/build.ts';
import { measureOffers } from '../../src/node/mailcheck/offers.ts';
import { EXPLANATION_PATHS, MECHANISMS, type Report, type RuleStatus, type Status } from '../../src/lib/mailcheck/contract.ts';
import { isKnown } from '../../src/schemas/provider.ts';
import { isListed } from '../../src/lib/offers/order.ts';
import { realOffers } from './real-offers.ts';
import { SELF_CHECK_PATH } from '../../src/lib/mailcheck/contract.ts';

const FIXTURES = 'tests/fixtures/content/providers';
const MEETS = 'chaton-fictif-des-collines';
const FAILS = 'cooperative-fictive-du-lac';
const DAY = '2026-11-20';

let browser: Browser;
let tmp: string;
let base: string;
let close: () => Promise<void>;

/** A fake report: every mechanism at `status`, and the two rules Gmail asks of every sender at `rule`. */
const report = (domain: string, status: Status, rule: RuleStatus): Report => ({
  domain,
  results: MECHANISMS.map((mechanism) => ({ mechanism, subject: domain, status, findings: [], records: [] })),
  summary: [{ rule: 'spf-or-dkim', status: rule, basedOn: ['spf'] }, { rule: 'forward-reverse-dns', status: rule, basedOn: ['rdns'] }],
});

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'degmail-mailfacts-'));
  const providers = path.join(tmp, 'content', 'providers');
  fs.mkdirSync(providers, { recursive: true });
  for (const name of fs.readdirSync(FIXTURES)) {
    let text = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
    const id = name.replace(/\.yaml$/, '');
    if (id === MEETS || id === FAILS)
      text = text.replace('mail_domains: unknown', `mail_domains: [${id}.example]`).replace(/(\n {4}backs: \[)/, '$1mail_domains, ');
    fs.writeFileSync(path.join(providers, name), text);
  }
  vi.stubEnv('DEGMAIL_CONTENT', path.join(tmp, 'content'));
  vi.stubEnv('DEGMAIL_TODAY', DAY);
  const code = await measureOffers([MEETS, FAILS], async (d) => (d.startsWith(MEETS) ? report(d, 'pass', 'met') : report(d, 'fail', 'not-met')), () => {});
  expect(code).toBe(0);
  await buildUnder({ site: 'http://localhost:4321', base: '/', out: path.join(tmp, 'dist') });
  vi.unstubAllEnvs();
  const server = await startServer({ root: path.join(tmp, 'dist'), base: '/' });
  base = server.url;
  close = server.close;
  browser = await launch();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await close?.();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const shown = (page: Page) =>
  page.$$eval('.offers .offer', (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => (e as HTMLElement).dataset.offerId!));
const flagged = (page: Page) =>
  page.$$eval('.offers .offer', (els) => els.filter((e) => (e.querySelector('.tocheck-gmail') as HTMLElement).offsetParent !== null).map((e) => (e as HTMLElement).dataset.offerId!));

describe('the directory, once offers are measured', () => {
  it('without JavaScript: offers the filter with its help, hides the offer known not to meet it, marks the unmeasured', async () => {
    const w = await open(browser, `${base}/fr/providers/`, { javaScriptEnabled: false });
    const all = await shown(w.page);
    expect(all).toContain(FAILS);
    expect(await w.page.textContent('label[for="f-gmail-yes"]')).toContain('Publie les enregistrements DNS que Gmail demande à tout expéditeur');
    expect(await w.page.getAttribute('#f-gmail-yes', 'aria-describedby')).toBe('f-gmail-help');
    expect(await w.page.textContent('#f-gmail-help')).toMatch(/TLS.*spam/);
    await w.page.check('#f-gmail-yes');
    const kept = await shown(w.page);
    expect(kept).toEqual(all.filter((id) => id !== FAILS));
    expect(new Set(await flagged(w.page))).toEqual(new Set(kept.filter((id) => id !== MEETS)));
    await w.close();
    expect(w.problems).toEqual([]);
  });

  it('with JavaScript: the URL carries the filter and restores it', async () => {
    const w = await open(browser, `${base}/en/providers/`);
    await w.page.check('#f-gmail-yes');
    const url = new URL(w.page.url());
    expect(url.searchParams.get('gmail')).toBe('yes');
    const kept = await shown(w.page);
    expect(kept).not.toContain(FAILS);
    expect(kept).toContain(MEETS);
    expect(await w.page.textContent('[data-shown]')).toContain(String(kept.length));
    // axe runs scripts itself: checked here, with the filter on and the "to check" badges shown.
    expect(await axe(w.page)).toEqual([]);
    await w.close();
    const again = await open(browser, url.href);
    expect(await again.page.isChecked('#f-gmail-yes')).toBe(true);
    expect(await shown(again.page)).toEqual(kept);
    await again.close();
    expect([...w.problems, ...again.problems]).toEqual([]);
  });
});

describe.each(['fr', 'en'])('an offer page in %s', (lang) => {
  it('shows the mail domains and each measured verdict, linked to its explanation, with the tool and the day', async () => {
    const w = await open(browser, `${base}/${lang}/providers/${MEETS}/`);
    expect(await w.page.textContent('tr[data-field="mail_domains"] td')).toContain(`${MEETS}.example`);
    const row = 'tr[data-field="mail_security"]';
    const links = await w.page.$$eval(`${row} [data-mechanism] a`, (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toEqual(MECHANISMS.map((m) => `/${lang}/${EXPLANATION_PATHS[m]}`.replace(/#.*$/, '')));
    expect(await w.page.$$eval(`${row} [data-verdict="pass"]`, (els) => els.length)).toBe(MECHANISMS.length);
    expect(await w.page.$$eval(`${row} [data-rule][data-verdict="met"]`, (els) => els.length)).toBe(2);
    const measured = await w.page.textContent(`${row} .src [data-measured]`);
    expect(measured).toMatch(lang === 'fr' ? /^mesuré par degmail check:mail \d+\.\d+\.\d+ le 20 novembre 2026$/ : /^measured by degmail check:mail \d+\.\d+\.\d+ on 20 November 2026$/);
    expect(await w.page.textContent('.sources [data-measured]')).toBe(measured);
    expect(await w.page.textContent(row)).toContain(lang === 'fr' ? 'taux de spam' : 'spam rate');
    expect(await axe(w.page)).toEqual([]);
    await w.close();
    expect(w.problems).toEqual([]);
  });

  it('folds an unmeasured offer’s mail security with the other unknown facts', async () => {
    const w = await open(browser, `${base}/${lang}/providers/association-imaginaire-du-val/`);
    expect(await w.page.$('tr[data-field="mail_security"]')).toBeNull();
    expect(await w.page.$('[data-unknown-facts] li[data-field="mail_security"]')).not.toBeNull();
    // It is measured, not declared: the fold says so and links the page on running the measurement.
    expect(await w.page.getAttribute('[data-measured-note] a', 'href')).toBe(`${new URL(base).pathname.replace(/\/$/, '')}/${lang}/${SELF_CHECK_PATH}`);
    await w.close();
  });
});

it('the pages with measured facts are valid HTML', async () => {
  const pages = ['fr/providers/', `fr/providers/${MEETS}/`, `en/providers/${FAILS}/`];
  expect(await checkHtml(pages.map((p) => `${base}/${p}`))).toEqual([]);
}, 120_000);

it('the real build offers the filter only if a listed offer has a measured value', async () => {
  const real = realOffers().filter(isListed);
  const w = await open(browser, `${inject('baseUrl')}/fr/providers/`);
  expect(!!(await w.page.$('#f-gmail-yes'))).toBe(real.some((p) => isKnown(p.mail_security, 'mail_security')));
  await w.close();
});
