/**
 * The in-browser analyser gives the command line's verdicts. The test starts the fixture DNS and HTTPS servers
 * (tests/fixtures/mailcheck/), runs `npm run check:mail -- --json` on fictional zones (a good one and bad ones), and
 * runs the same check in process through a recorder, which keeps every record the check read. Those records, as
 * zone-file lines or as `dig` output, and the policy text, are pasted into the analyser page of the production build,
 * in French and in English: every result shows the CLI's status, findings, texts, fixes and explanation link, and the
 * providers' rules the CLI's statuses. The page makes no request while it analyses (and its script calls no fetch,
 * XHR or beacon), lands on the results' heading, and passes axe and the Nu checker with results shown.
 * Also: garbage lines are listed by number and the text stays; what was not pasted is "not checked: paste …";
 * without JavaScript the page explains itself and offers nothing to submit; the script keeps to its budget line.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axe, launch } from '../../scripts/harness/browser.ts';
import { checkHtmlPages } from '../../scripts/harness/html-check.ts';
import { weighPage } from '../../scripts/bench/weigh.ts';
import { javascriptProblems, totalProblems } from '../../scripts/bench/budgets.ts';
import { TEMPLATES } from '../../scripts/bench/templates.ts';
import { ANALYSER_PATH, EXPLANATION_PATHS } from '../../src/lib/mailcheck/contract.ts';
import { startMailServers, type MailServers } from '../fixtures/mailcheck/servers.ts';
import { ZONES, type ZoneId } from '../fixtures/mailcheck/zones.ts';
import { analyse, axeWithoutScripts, openAnalyser, shown } from './mailcheck-analyser-page.ts';
import { digOutput, zoneLines } from './mailcheck-paste.ts';
import { readZone, type ZoneRead } from './mailcheck-read.ts';

const base = inject('baseUrl');
const LANGS = ['fr', 'en'] as const;
type Lang = (typeof LANGS)[number];
const dicts = Object.fromEntries(LANGS.map((l) => [l, JSON.parse(fs.readFileSync(`src/i18n/${l}.json`, 'utf8')) as Record<string, string>])) as Record<Lang, Record<string, string>>;

/**
 * The zones pasted, and how. The good zone leaves domain and selectors to be guessed from the paste; the others give
 * them, as a host would. Between them: a pass on every mechanism, a fail (SPF lookups, +all, a weak key), warnings
 * (p=none without rua) and an MTA-STS policy that misses the MX.
 */
const CASES: { zone: ZoneId; format: 'zone' | 'dig'; guess: boolean }[] = [
  { zone: 'good', format: 'zone', guess: true },
  { zone: 'good', format: 'dig', guess: false },
  { zone: 'spfLookups', format: 'zone', guess: false },
  { zone: 'spfPlusAll', format: 'dig', guess: false },
  { zone: 'dmarcNone', format: 'zone', guess: false },
  { zone: 'dkimWeak', format: 'dig', guess: false },
  { zone: 'stsUncovered', format: 'zone', guess: false },
];

let browser: Browser;
let servers: MailServers;
const read = new Map<ZoneId, ZoneRead>();
/** Every state checked, for the Nu checker at the end. */
const states: { name: string; html: string }[] = [];

beforeAll(async () => {
  browser = await launch();
  servers = await startMailServers();
  for (const zone of new Set(CASES.map((c) => c.zone))) read.set(zone, await readZone(servers, zone));
});
afterAll(async () => {
  await browser?.close();
  await servers?.stop();
});

/** The analyser page in `lang`, watched (see mailcheck-analyser-page.ts). */
const analyser = (lang: Lang, opts: Parameters<typeof openAnalyser>[2] = {}) => openAnalyser(browser, `${base}/${lang}/${ANALYSER_PATH}`, opts);

describe.each(LANGS)('the analyser in %s', (lang) => {
  const dict = dicts[lang];

  it.each(CASES)('pasting what the CLI read for $zone ($format) gives the CLI’s verdicts', async ({ zone, format, guess }) => {
    const z = ZONES[zone];
    const r = read.get(zone)!;
    // The check in process is the CLI's: same results, same statuses.
    expect(r.report.results.map((x) => [x.mechanism, x.subject, x.status])).toEqual(r.json.results.map((x) => [x.mechanism, x.subject, x.status]));
    const s = await analyser(lang);
    const paste = format === 'zone' ? zoneLines(r.sets) : digOutput(r.sets);
    await analyse(s.page, { records: paste, ...(r.policy ? { policy: r.policy } : {}), ...(guess ? {} : { domain: z.domain, selectors: z.dkimSelectors.join(' ') }) });
    await s.page.waitForSelector('[data-results]:not([hidden])');
    const page = await shown(s.page);

    expect(page.results.map((x) => ({ mechanism: x.mechanism, subject: x.subject, status: x.status, word: x.word, link: x.link, findings: x.findings }))).toEqual(
      r.json.results.map((x) => {
        const link = new URL(x.explanation[lang]);
        return {
          mechanism: x.mechanism,
          subject: x.subject,
          status: x.status,
          word: dict[`mailcheck.status.${x.status}`],
          link: `${link.pathname}${link.hash}`,
          findings: x.findings.map((f) => ({ status: f.status, code: f.code, word: dict[`mailcheck.status.${f.status}`], why: f.why[lang], fix: f.fix?.[lang] })),
        };
      }),
    );
    expect(page.rules).toEqual(r.json.summary.map((x) => ({ rule: x.rule, status: x.status, text: x.text[lang] })));
    expect(page.heading).toBe(dict[`analyser.results.${new Intl.PluralRules(lang).select(r.json.results.length) === 'one' ? 'one' : 'other'}`]!
      .replace('{{count}}', String(r.json.results.length)).replace('{{domain}}', z.domain));
    expect(page.focused).toBe('an-results-title');
    // Every text came from the dictionaries, and every fix is a record to copy, with straight quotes.
    expect(page.text).not.toMatch(/\b(mailcheck|analyser)\.[a-z-]+\./);
    for (const f of page.results.flatMap((x) => x.findings)) if (f.fix) expect(f.fix).not.toMatch(/[“”«»’]/);
    // The paste understood as a whole, and nothing asked of the network while analysing.
    expect(await s.page.locator('[data-problems]').isHidden()).toBe(true);
    expect(s.later).toEqual([]);
    expect(await s.calls()).toEqual([]);
    expect(await axe(s.page)).toEqual([]);
    if (format === 'zone') states.push({ name: `${lang}-${zone}`, html: await s.page.content() });
    await s.close();
    expect(s.problems).toEqual([]);
  });

  it('each explanation the results link to is a page of the build', async () => {
    const paths = new Set(Object.values(EXPLANATION_PATHS).map((p) => `/${lang}/${p}`));
    for (const p of paths) {
      const [path, hash] = p.split('#');
      const res = await fetch(`${base}${path}`);
      expect(res.status, p).toBe(200);
      if (hash) expect(await res.text(), p).toContain(`id="${hash}"`);
    }
  });

  it('lists the lines it cannot read by number, analyses the rest, and keeps the text as typed', async () => {
    const r = read.get('good')!;
    const lines = zoneLines(r.sets).split('\n');
    const garbage = ['this is not a record', 'mx1.example.org. 3600 IN A 999.1.1.1'];
    const text = [lines[0], garbage[0], ...lines.slice(1), garbage[1]].join('\n');
    const s = await analyser(lang, { viewport: { width: 390, height: 844 } });
    await analyse(s.page, { records: text, ...(r.policy ? { policy: r.policy } : {}) });
    await s.page.waitForSelector('[data-results]:not([hidden])');
    const problems = await s.page.$$eval('[data-problems] li', (lis) => lis.map((li) => [li.getAttribute('data-line'), li.querySelector('code')?.textContent]));
    expect(problems).toEqual([['2', garbage[0]], [String(lines.length + 2), garbage[1]]]);
    expect(await s.page.textContent('[data-problems]')).toContain(dict['analyser.problems.line']!.replace('{{line}}', '2'));
    // The problems come first, and the focus lands on them.
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('an-problems-title');
    expect(await s.page.inputValue('#an-records')).toBe(text);
    expect((await shown(s.page)).results.map((x) => x.status)).toEqual(r.json.results.map((x) => x.status));
    expect(await axe(s.page)).toEqual([]);
    states.push({ name: `${lang}-garbage`, html: await s.page.content() });

    // Nothing readable at all: a message on the field, the lines by number, the text still there.
    await analyse(s.page, { records: garbage.join('\n') });
    await s.page.locator('#an-records-error').filter({ hasText: /\S/ }).waitFor();
    expect(await s.page.textContent('#an-records-error')).toBe(dict['analyser.error.nothing']);
    expect(await s.page.getAttribute('#an-records', 'aria-invalid')).toBe('true');
    expect(await s.page.isHidden('[data-results]')).toBe(true);
    expect(await s.page.$$eval('[data-problems] li', (lis) => lis.map((li) => li.getAttribute('data-line')))).toEqual(['1', '2']);
    expect(await s.page.inputValue('#an-records')).toBe(garbage.join('\n'));

    // Nothing at all.
    await analyse(s.page, { records: '  ' });
    expect(await s.page.textContent('#an-records-error')).toBe(dict['analyser.error.empty']);
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('an-records');
    expect(await axe(s.page)).toEqual([]);
    states.push({ name: `${lang}-empty`, html: await s.page.content() });
    expect(s.later).toEqual([]);
    await s.close();
    expect(s.problems).toEqual([]);
  });

  it('says "not checked: paste …" for what a check needs and was not pasted', async () => {
    const r = read.get('good')!;
    // The domain's own records only: no PTR, no TLSA, no policy.
    const sets = r.sets.filter((x) => x.type !== 'PTR' && x.type !== 'TLSA');
    const s = await analyser(lang);
    await analyse(s.page, { records: zoneLines(sets) });
    await s.page.waitForSelector('[data-results]:not([hidden])');
    const page = await shown(s.page);
    for (const m of ['mta-sts', 'dane', 'rdns']) {
      const results = page.results.filter((x) => x.mechanism === m);
      expect(results.length, m).toBeGreaterThan(0);
      for (const x of results) {
        expect(x.status, `${m} ${x.subject}`).toBe('not-checked');
        const paste = x.findings.find((f) => f.code === 'paste' || f.code === 'paste-policy');
        expect(paste, `${m} ${x.subject}: ${JSON.stringify(x.findings)}`).toBeDefined();
        expect(paste!.word).toBe(dict['mailcheck.status.not-checked']);
      }
    }
    // The PTR and TLSA the CLI read are named in what to paste.
    for (const set of r.sets.filter((x) => x.type === 'PTR' || x.type === 'TLSA')) expect(page.text).toContain(set.name);
    // And the providers' rule that needs reverse DNS is not checked, rather than met or not met.
    expect(page.rules.find((x) => x.rule === 'forward-reverse-dns')?.status).toBe('not-checked');
    expect(await axe(s.page)).toEqual([]);
    await s.close();
    expect(s.problems).toEqual([]);
  });

  it('without JavaScript: explains why, shows the fields and the example, and offers nothing to submit', async () => {
    const url = `${base}/${lang}/${ANALYSER_PATH}`;
    const s = await analyser(lang, { javaScriptEnabled: false });
    const page = s.page;
    expect(await page.isVisible('noscript p')).toBe(true);
    expect(await page.textContent('noscript p')).toContain(dict['analyser.noscript']);
    expect(await page.textContent('[data-private]')).toBe(dict['analyser.private']);
    expect(await page.isVisible('#an-records')).toBe(true);
    expect(await page.isHidden('degmail-analyser button[type="submit"]')).toBe(true);
    expect(await page.getAttribute('form[data-analyser-form]', 'method')).toBe('dialog');
    expect(await page.getAttribute('form[data-analyser-form]', 'action')).toBeNull();
    // Enter in a field submits nothing either: the page stays, with no request.
    await page.fill('#an-domain', 'example.org');
    await page.press('#an-domain', 'Enter');
    await page.waitForTimeout(200);
    expect(page.url()).toBe(url);
    expect(s.later).toEqual([]);
    states.push({ name: `${lang}-nojs`, html: await page.content() });
    await s.close();
    expect(s.problems).toEqual([]);

    // And axe, on the page as it shows without JavaScript.
    const nojs = await axeWithoutScripts(browser, url);
    expect(nojs.text).toContain(dict['analyser.noscript']);
    expect(nojs.violations).toEqual([]);
    expect(nojs.problems).toEqual([]);
  });

  it('the example runs, and dark mode passes axe', async () => {
    const s = await analyser(lang);
    await s.page.emulateMedia({ colorScheme: 'dark' });
    await s.page.click('.an-help:has([data-example-fill]) > summary');
    await s.page.click('[data-example-fill]');
    await s.page.waitForSelector('[data-results]:not([hidden])');
    const page = await shown(s.page);
    expect(page.heading).toContain('example.org');
    expect(page.results.map((x) => x.mechanism)).toEqual(['mx', 'spf', 'dkim', 'dmarc', 'mta-sts', 'tls-rpt', 'dane', 'rdns']);
    expect(page.results.find((x) => x.mechanism === 'dkim')?.status).toBe('pass');
    expect(page.results.find((x) => x.mechanism === 'dmarc')?.status).toBe('warn');
    expect(await axe(s.page)).toEqual([]);
    expect(s.later).toEqual([]);
    await s.close();
    expect(s.problems).toEqual([]);
  });
});

it('keeps its JavaScript and its whole weight within its line of the budgets', async () => {
  const w = await weighPage(browser, `/fr/${ANALYSER_PATH}`, { base });
  expect(w.template).toBe('analyser');
  expect(TEMPLATES.analyser.js).not.toBeNull();
  expect(w.resources.filter((x) => x.kind === 'js').length).toBeGreaterThan(0);
  expect(javascriptProblems(w)).toEqual([]);
  expect(totalProblems(w)).toEqual([]);
  expect(w.problems).toEqual([]);
});

it('the Nu checker finds nothing in any state', async () => {
  expect(states.length).toBe(14);
  expect(await checkHtmlPages(states)).toEqual([]);
}, 120_000);
