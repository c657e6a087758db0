/**
 * The questionnaire's results lead somewhere, in both languages: Enter moves to the next question, the results land
 * on their heading, open with the recap and one suggestion, and every result can be signed up for or asked about.
 * The five personas of the issue each get an actionable result. axe and the Nu checker pass on every result state.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axe, launch, open } from '../../scripts/harness/browser.ts';
import { checkHtmlPages } from '../../scripts/harness/html-check.ts';

const base = inject('baseUrl');
let browser: Browser;
/** Every result state seen, for the Nu checker at the end. */
const states: { name: string; html: string }[] = [];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The five personas who tried the first version, by their shared result URLs. */
const PERSONAS = {
  'retired-orange': 'who=individual&accounts=1&from=orange&move=mail%2Ccontacts&budget=20&domain=no&app=yes&country=FR&support=fr&seed=259250',
  'family-gmail': 'who=family&accounts=4&from=gmail&move=mail%2Ccontacts%2Ccalendar&budget=60&member=yes&app=yes&country=FR&support=fr&seed=668104',
  'association-outlook': 'who=association&accounts=15&from=outlook&move=mail%2Ccontacts&budget=150&member=yes&domain=yes&app=yes&country=FR&support=fr&seed=346709',
  'freelancer-2fa': 'who=pro&accounts=1&from=gmail&move=mail&budget=0&app=yes&country=FR&support=fr&prefs=aliases%3A2%2C2fa%3A2&seed=740868',
  'belgium-in-person': 'who=individual&accounts=1&from=other&country=BE&support=fr&prefs=country%3A2&seed=535877',
} as const;

/** What a result page offers: the suggestion and every card's actions. */
async function summary(page: Page) {
  return page.evaluate(() => {
    const sug = document.querySelector<HTMLElement>('[data-suggestion]');
    const cards = [...document.querySelectorAll<HTMLElement>('[data-result-list] .result-item')];
    return {
      suggestion: sug ? { ...sug.dataset } : null,
      cards: cards.length,
      withSignup: cards.filter((c) => c.querySelector('a[data-signup][href^="http"]')).length,
      withAsk: cards.filter((c) => c.querySelector('[data-ask] [data-ask-text]')?.textContent?.trim()).length,
      askLines: (sug?.querySelector('[data-ask-text]')?.textContent ?? '').split('\n').filter((l) => l.startsWith('- ')).length,
      planActions: !!document.querySelector('[data-plan] .actions [data-signup]'),
    };
  });
}

describe.each(['fr', 'en'])('results in %s', (lang) => {
  it.each(Object.entries(PERSONAS))('persona %s gets an actionable suggestion with its sign-up and ask actions', async (name, query) => {
    const w = await open(browser, `${base}/${lang}/questionnaire/?${query}`);
    await w.page.waitForSelector('[data-result]:not([hidden])');
    const s = await summary(w.page);
    expect(s.suggestion, name).not.toBeNull();
    // A match, a "to confirm" whose message asks what is unknown, or a near miss that names its one failed need.
    const d = s.suggestion!;
    const actionable = d.provider !== undefined || d.outsideOffer !== undefined || (d.toConfirm !== undefined && s.askLines > 0) || (d.nearMiss !== undefined && !!d.failed);
    expect(actionable, JSON.stringify(s)).toBe(true);
    expect(s.withSignup).toBe(s.cards);
    expect(s.withAsk).toBe(s.cards);
    expect(s.planActions).toBe(true);
    expect(await axe(w.page)).toEqual([]);
    states.push({ name: `${lang}-${name}`, html: await w.page.content() });
    console.log(`persona ${lang} ${name}: ${JSON.stringify(s)}`);
    await w.close();
    expect(w.problems).toEqual([]);
  });

  it('Enter in a field goes to the next question, not to the results; the last one shows them, landing on their heading', async () => {
    const w = await open(browser, `${base}/${lang}/questionnaire/`, { viewport: { width: 390, height: 844 } });
    const page = w.page;
    await page.click('#q-who-individual');
    await page.click('[data-next]');
    await page.fill('#q-accounts', '2');
    await page.press('#q-accounts', 'Enter');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.isVisible('[data-q="from"]')).toBe(true);
    expect(await page.isVisible('[data-result]')).toBe(false);
    // Through every remaining question with "Next", then submit.
    while (await page.isVisible('[data-next]')) await page.click('[data-next]');
    await page.click('[data-submit]');
    await page.waitForSelector('[data-result]:not([hidden])');
    const landing = await page.evaluate(() => {
      const h = document.activeElement as HTMLElement;
      return { focused: h.hasAttribute('data-result-title'), top: h.getBoundingClientRect().top };
    });
    expect(landing.focused).toBe(true);
    expect(landing.top).toBeGreaterThanOrEqual(-1);
    expect(landing.top).toBeLessThan(120);
    await w.close();
    expect(w.problems).toEqual([]);
  });

  it('opens with the recap, then the suggestion, then the other tiers; the share box comes after the plan', async () => {
    const w = await open(browser, `${base}/${lang}/questionnaire/?${PERSONAS['family-gmail']}`);
    const page = w.page;
    await page.waitForSelector('[data-result]:not([hidden])');
    const order = await page.evaluate(() =>
      [...document.querySelectorAll('[data-recap] .recap, [data-suggestion], .tier, [data-plan] .plan, .share')].map((e) =>
        e.matches('.recap') ? 'recap' : e.matches('[data-suggestion]') ? 'suggestion' : e.matches('.tier') ? 'tier' : e.matches('.plan') ? 'plan' : 'share'));
    expect(order[0]).toBe('recap');
    expect(order[1]).toBe('suggestion');
    expect(order.at(-1)).toBe('share');
    expect(order.indexOf('plan')).toBeGreaterThan(order.lastIndexOf('tier'));
    // Each recap line links back to its question.
    await page.click('[data-edit-step="budget"]');
    expect(await page.isVisible('[data-q="budget"]')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-q]')?.getAttribute('data-q'))).toBe('budget');
    await w.close();
    expect(w.problems).toEqual([]);
  });

  it('the ask message lists what is unknown, in the page language, and copies', async () => {
    const w = await open(browser, `${base}/${lang}/questionnaire/?${PERSONAS['association-outlook']}`);
    const page = w.page;
    await page.waitForSelector('[data-result]:not([hidden])');
    await page.click('[data-suggestion] [data-ask] summary');
    const text = await page.textContent('[data-suggestion] [data-ask-text]');
    expect(text).toMatch(lang === 'fr' ? /^Question avant de m’inscrire/ : /^A question before I sign up/);
    expect(text).toMatch(lang === 'fr' ? /nom de domaine/ : /domain name/);
    expect(await page.isVisible('[data-suggestion] [data-copy-ask]')).toBe(true);
    expect(await axe(page)).toEqual([]);
    states.push({ name: `${lang}-ask-open`, html: await page.content() });
    await w.close();
    expect(w.problems).toEqual([]);
  });
});

it('the Nu checker finds nothing in any result state', async () => {
  expect(states.length).toBeGreaterThanOrEqual(12);
  expect(await checkHtmlPages(states)).toEqual([]);
}, 120_000);
