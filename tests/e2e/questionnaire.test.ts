/**
 * The questionnaire in Chromium, in both languages: keyboard only, results with reasons and a plan, the shared
 * URL gives the same result, the .ics parses, the no-JavaScript version answers, and axe passes everywhere.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { axe, launch, open } from '../../scripts/harness/browser.ts';
import { parseAnswers } from '../../src/lib/questionnaire/params.ts';
import { recommend } from '../../src/lib/questionnaire/recommend.ts';
import { today } from '../../src/env.ts';
import { realOffers } from './real-offers.ts';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const hooks = (page: Page) =>
  page.$$eval('[data-result-list] [data-provider], [data-result-list] [data-to-confirm], [data-result-list] [data-near-miss]', (els) =>
    els.map((e) => {
      const d = (e as HTMLElement).dataset;
      return d.provider ? `match:${d.provider}` : d.toConfirm ? `confirm:${d.toConfirm}` : `near:${d.nearMiss}:${d.failed}`;
    }));

/** The hooks the result should carry, from the engine run here on the real offers. */
const expected = (params: URLSearchParams) => {
  const r = recommend(parseAnswers(params), realOffers(), { today: today() });
  return [...r.matches.map((i) => `match:${i.id}`), ...r.toConfirm.map((i) => `confirm:${i.id}`), ...r.nearMisses.map((i) => `near:${i.id}:${i.failed}`)];
};

/** Tabs to the first control of the visible step (from wherever focus is) and answers with the keyboard. */
async function answer(page: Page, keys: string[]): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const inStep = await page.evaluate(() => !!document.activeElement?.closest('.q-step:not([hidden])') && document.activeElement?.tagName !== 'H2');
    if (inStep) break;
  }
  for (const k of keys) await page.keyboard.press(k);
}

async function next(page: Page): Promise<void> {
  // Tab to the "Next" button and press Enter, as a keyboard user would.
  for (let i = 0; i < 40; i++) {
    const onNext = await page.evaluate(() => document.activeElement?.hasAttribute('data-next') || document.activeElement?.hasAttribute('data-submit'));
    if (onNext) break;
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
}

describe.each(['fr', 'en'])('questionnaire in %s', (lang) => {
  it('a small association on Gmail, 5 mailboxes, 50 € a year: keyboard only, results, reasons, plan, share, .ics', async () => {
    const w = await open(browser, `${base}/${lang}/questionnaire/`, { acceptDownloads: true });
    const page = w.page;
    expect(await page.isVisible('#wizard')).toBe(true);
    expect(await page.isVisible('[data-quick]')).toBe(false);
    const violations: string[] = [];
    const step = async (keys: string[]) => {
      violations.push(...(await axe(page)));
      await answer(page, keys);
      await next(page);
    };
    await step(['ArrowDown', 'ArrowDown']); // who: association (third radio)
    await step(['5']); // accounts
    await step([' ']); // from: gmail (first radio, selected with Space)
    await step([' ', 'Tab', ' ']); // move: mail, contacts
    await step([]); // size: left empty
    await step(['5', '0']); // budget
    await step([' ']); // member: yes
    await step(['ArrowDown']); // domain: no
    await step([' ']); // app: yes
    await step([]); // where: skipped
    await step([]); // support: skipped
    await step([]); // help in person: skipped
    violations.push(...(await axe(page)));
    await next(page); // prefs: defaults, then submit
    await page.waitForSelector('#result:not([hidden])');
    violations.push(...(await axe(page)));
    expect(violations).toEqual([]);

    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ who: 'association', accounts: '5', from: 'gmail', move: 'mail,contacts', budget: '50', member: 'yes', domain: 'no', app: 'yes' });
    expect(url.searchParams.get('seed')).toMatch(/^\d+$/);
    const first = await hooks(page);
    expect(first.length).toBeGreaterThan(0);
    // The page shows what the engine says of the real offers for these answers, in its order.
    expect(first).toEqual(expected(url.searchParams));
    const steps = await page.$$eval('[data-plan] [data-step]', (els) => els.map((e) => (e as HTMLElement).dataset.step));
    expect(steps.slice(0, 3)).toEqual(['stock', 'account', 'backup']);
    expect(await page.textContent('[data-plan]')).toContain('myaccount.google.com/apppasswords');

    const download = page.waitForEvent('download');
    await page.click('[data-plan] [data-ics]');
    const ics = fs.readFileSync((await (await download).path())!, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    const events = unfolded.split('BEGIN:VEVENT').length - 1;
    expect(events).toBeGreaterThanOrEqual(3);
    expect(unfolded.match(/DTSTART;VALUE=DATE:\d{8}/g)).toHaveLength(events);

    // The shared URL shows the same result, straight away.
    const again = await open(browser, url.href);
    await again.page.waitForSelector('#result:not([hidden])');
    expect(await hooks(again.page)).toEqual(first);
    await again.close();
    await w.close();
    expect([...w.problems, ...again.problems]).toEqual([]);
  });

  it('names the one constraint a near miss fails, and says honestly when nothing fits', async () => {
    const w = await open(browser, `${base}/${lang}/questionnaire/?who=individual&budget=0&domain=yes&app=yes&move=contacts,calendar&member=no&seed=1`);
    await w.page.waitForSelector('#result:not([hidden])');
    const list = await hooks(w.page);
    for (const h of list.filter((x) => x.startsWith('near:'))) expect(h.split(':')[2]).toMatch(/^(load|who|member|budget|size|app|move|domain|support)$/);
    if (!list.some((h) => h.startsWith('match:') || h.startsWith('confirm:'))) {
      expect(await w.page.isVisible('[data-nothing-fits]')).toBe(true);
      expect(await w.page.getAttribute('[data-nothing-fits] a', 'href')).toContain('chatons.org');
    }
    expect(await axe(w.page)).toEqual([]);
    await w.close();
    expect(w.problems).toEqual([]);
  });

  it.each(['9999-12-01', '0000-03-01'])('a crafted link (from=orange&ispEnd=%s) still shows the plan and a working .ics', async (date) => {
    const w = await open(browser, `${base}/${lang}/questionnaire/?from=orange&ispEnd=${date}`, { acceptDownloads: true });
    await w.page.waitForSelector('#result:not([hidden])');
    const steps = await w.page.$$eval('[data-plan] [data-step]', (els) => els.map((e) => (e as HTMLElement).dataset.step));
    expect(steps).toContain('stock');
    expect(steps).toContain('end');
    const download = w.page.waitForEvent('download');
    await w.page.click('[data-plan] [data-ics]');
    const ics = fs.readFileSync((await (await download).path())!, 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*BEGIN:VEVENT[\s\S]*END:VCALENDAR\r\n$/);
    expect(await w.page.inputValue('[data-share-url]')).toContain('from=orange');
    await w.close();
    expect(w.problems).toEqual([]);
  });

  it('without JavaScript, the short version answers and shows the general plan', async () => {
    const w = await open(browser, `${base}/${lang}/questionnaire/`, { javaScriptEnabled: false });
    const page = w.page;
    expect(await page.isVisible('#wizard')).toBe(false);
    expect(await page.isVisible('[data-quick]')).toBe(true);
    const shown = () => page.$$eval('[data-quick] .offer', (els) => els.filter((e) => (e as HTMLElement).offsetParent).map((e) => (e as HTMLElement).dataset.offerId));
    const all = await shown();
    await page.check('#qq-member-no');
    const members = await shown();
    expect(members.length).toBeLessThan(all.length);
    await page.check('#qp-gmail');
    expect(await page.isVisible('[data-plan-from="gmail"] [data-step="backup"]')).toBe(true);
    expect(await page.isVisible('[data-plan-from="outlook"]')).toBe(false);
    await w.close();
    expect(w.problems).toEqual([]);
  });

  it('the short version is accessible too', async () => {
    // axe needs JavaScript to run, so show the short version in a scripted page, as a browser without JS shows it.
    const w = await open(browser, `${base}/${lang}/questionnaire/`);
    await w.page.evaluate(() => {
      document.getElementById('wizard')!.hidden = true;
      document.querySelector<HTMLElement>('[data-quick]')!.hidden = false;
    });
    await w.page.check('#qq-who-association');
    await w.page.check('#qp-outlook');
    expect(await axe(w.page)).toEqual([]);
    await w.close();
  });
});
