/**
 * The teaching pages in the browser, in both languages: every page a verdict links to answers, each mechanism page
 * shows one diagram whose accessible name and description are its dictionary's, drawn without JavaScript in the
 * page's colours (which change with dark mode), the section's own navigation marks the page and leads to the
 * analyser and the self-check, and search finds a mechanism's page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, open } from '../../scripts/harness/browser.ts';
import { ANALYSER_PATH, EXPLANATION_PATHS, SELF_CHECK_PATH } from '../../src/lib/mailcheck/contract.ts';
import { FLOWS, type DiagramName } from '../../src/components/deliverability/flows.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The mechanism pages and the overview, each with its diagram's name. */
const DIAGRAM_PAGES: [string, DiagramName][] = [
  ['deliverability/', 'overview'],
  ...Object.entries(EXPLANATION_PATHS).filter(([m]) => m !== 'mx').map(([, p]) => [p, p.split('/')[1]] as [string, DiagramName]),
];

describe.each(['fr', 'en'] as const)('deliverability pages in %s', (lang) => {
  const t = useTranslations(lang);

  it.each(DIAGRAM_PAGES)('%s: one diagram, named and described in the page’s language, without JavaScript', async (p, name) => {
    const w = await open(browser, `${base}/${lang}/${p}`, { javaScriptEnabled: false });
    const svg = w.page.locator('main svg[role="img"]');
    expect(await svg.count()).toBe(1);
    const flow = FLOWS[name](t);
    const text = (attr: string) => svg.evaluate((el, a) => document.getElementById(el.getAttribute(a)!)!.textContent, attr);
    expect(await text('aria-labelledby')).toBe(flow.title);
    expect(await text('aria-describedby')).toBe(flow.desc);
    // The boxes' own words are drawn, in this language.
    expect(await svg.locator('text').allTextContents()).toContain(flow.rows[0]!.boxes[0]!.title);
    expect(w.problems).toEqual([]);
    await w.close();
  });

  it('the MX verdicts’ link lands on the overview’s MX section', async () => {
    const w = await open(browser, `${base}/${lang}/${EXPLANATION_PATHS.mx}`);
    expect(await w.page.locator('#mx').evaluate((el) => el.tagName)).toBe('H2');
    await w.close();
  });

  it('the section’s navigation marks the page and leads to the analyser and the self-check', async () => {
    const w = await open(browser, `${base}/${lang}/${EXPLANATION_PATHS.spf}`);
    const nav = w.page.locator('nav.deliverability-nav');
    const hrefs = await nav.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toEqual(expect.arrayContaining([`/${lang}/${ANALYSER_PATH}`, `/${lang}/${SELF_CHECK_PATH}`, `/${lang}/deliverability/`]));
    expect(await nav.locator('[aria-current="page"]').evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname)).toBe(`/${lang}/${EXPLANATION_PATHS.spf}`);
    expect(await w.page.locator('footer a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).textContent))).toContain(t('nav.deliverability'));
    await w.close();
  });

  it('diagrams take the page’s colours, in light and in dark mode', async () => {
    const fills = await Promise.all((['light', 'dark'] as const).map(async (colorScheme) => {
      const w = await open(browser, `${base}/${lang}/${EXPLANATION_PATHS.dkim}`, { colorScheme });
      const fill = await w.page.locator('main svg text.title').first().evaluate((el) => getComputedStyle(el).fill);
      const text = await w.page.locator('body').evaluate((el) => getComputedStyle(el).color);
      await w.close();
      return { fill, text };
    }));
    for (const f of fills) expect(f.fill).toBe(f.text);
    expect(fills[0]!.fill).not.toBe(fills[1]!.fill);
  });

  it('search finds a mechanism’s page', async () => {
    const w = await open(browser, `${base}/${lang}/search/?q=DMARC`);
    await w.page.waitForSelector('[data-results] li h2 a');
    for (let i = 0; i < 10 && (await w.page.isVisible('[data-more]')); i++) {
      const n = await w.page.locator('[data-results] li').count();
      await w.page.click('[data-more]');
      await w.page.waitForFunction((k) => document.querySelectorAll('[data-results] li').length > k, n);
    }
    const found = await w.page.$$eval('[data-results] li h2 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(found).toContain(`/${lang}/${EXPLANATION_PATHS.dmarc}`);
    expect(w.problems).toEqual([]);
    await w.close();
  });
});
