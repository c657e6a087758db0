/**
 * What the analyser shows for a report (src/client/mailcheck/view.ts) and how it reads its two small fields
 * (input.ts): texts from the dictionary with their parameters, a fix only where the dictionary has one, status words
 * and not colours alone, links to each mechanism's explanation under BASE and the locale, the providers' rules in
 * their two groups, and a heading that counts the results in the page's language.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reportView, type ViewContext } from '../../src/client/mailcheck/view.ts';
import { domainName, guessSelectors, splitSelectors } from '../../src/client/mailcheck/input.ts';
import { EXPLANATION_PATHS, MECHANISMS, RULES, type Report } from '../../src/lib/mailcheck/contract.ts';
import type { Dict } from '../../src/lib/shared/translate.ts';

const dict = {
  'analyser.results.one': '{{count}} result for {{domain}}',
  'analyser.results.other': '{{count}} results for {{domain}}',
  'analyser.summary.all': 'Every sender ({{providers}})',
  'analyser.summary.bulk': 'Bulk ({{providers}})',
  'analyser.result.learn': 'Learn about {{name}}',
  'analyser.mechanism.spf': 'SPF',
  'analyser.mechanism.rdns': 'Reverse DNS',
  'mailcheck.status.pass': 'pass',
  'mailcheck.status.warn': 'warning',
  'mailcheck.status.fail': 'fail',
  'mailcheck.status.not-checked': 'not checked',
  'mailcheck.spf.ok': 'One SPF record, ending in {{all}}.',
  'mailcheck.spf.too-many-lookups': '{{count}} DNS-querying terms: more than 10.',
  'mailcheck.spf.too-many-lookups.fix': 'example.org. TXT "v=spf1 mx -all"',
  'mailcheck.rdns.not-provided': 'Not checked: paste the PTR record of {{address}}.',
  'mailcheck.ruleStatus.met': 'met',
  'mailcheck.ruleStatus.not-met': 'not met',
  'mailcheck.ruleStatus.not-checked': 'not checked',
  'mailcheck.ruleStatus.not-shown-by-dns': 'not shown by DNS',
  'mailcheck.rule.spf-or-dkim': 'SPF or DKIM',
  'mailcheck.rule.tls': 'TLS',
  'mailcheck.rule.dmarc': 'A DMARC record',
} as Dict;

const report: Report = {
  domain: 'example.org',
  results: [
    { mechanism: 'spf', subject: 'example.org', status: 'fail', records: ['v=spf1 include:a.example.net -all'], findings: [
      { status: 'pass', code: 'ok', params: { all: '-all' } },
      { status: 'fail', code: 'too-many-lookups', params: { count: 12 } },
    ] },
    { mechanism: 'rdns', subject: '192.0.2.25', status: 'not-checked', records: [], findings: [{ status: 'not-checked', code: 'not-provided', params: { address: '192.0.2.25' } }] },
  ],
  summary: [
    { rule: 'spf-or-dkim', status: 'met', basedOn: ['spf'] },
    { rule: 'tls', status: 'not-shown-by-dns', basedOn: [] },
    { rule: 'dmarc', status: 'not-met', basedOn: ['dmarc'] },
  ],
};
const ctx: ViewContext = { dict, lang: 'en', base: '/degmail/' };

describe('reportView', () => {
  const view = reportView(report, ctx);

  it('counts the results in the heading, with the locale’s plural', () => {
    expect(view.heading).toBe('2 results for example.org');
    expect(reportView({ ...report, results: report.results.slice(0, 1) }, ctx).heading).toBe('1 result for example.org');
    // French says "0 résultat": zero takes the singular.
    const fr = { ...dict, 'analyser.results.one': '{{count}} résultat', 'analyser.results.other': '{{count}} résultats' } as Dict;
    expect(reportView({ ...report, results: [] }, { ...ctx, dict: fr, lang: 'fr' }).heading).toBe('0 résultat');
    expect(reportView({ ...report, results: [] }, ctx).heading).toBe('0 results for example.org');
  });

  it('gives each result its words, its findings with their parameters, and a fix only where the dictionary has one', () => {
    const [spf, rdns] = view.results;
    expect(spf).toMatchObject({ mechanism: 'spf', name: 'SPF', subject: 'example.org', status: 'fail', word: 'fail', tone: 'no', records: report.results[0]!.records });
    expect(spf!.findings).toEqual([
      { status: 'pass', code: 'ok', word: 'pass', tone: 'ok', text: 'One SPF record, ending in -all.' },
      { status: 'fail', code: 'too-many-lookups', word: 'fail', tone: 'no', text: '12 DNS-querying terms: more than 10.', fix: 'example.org. TXT "v=spf1 mx -all"' },
    ]);
    expect(rdns).toMatchObject({ status: 'not-checked', word: 'not checked', tone: 'neutral', learn: 'Learn about Reverse DNS' });
    expect(rdns!.findings[0]!.text).toBe('Not checked: paste the PTR record of 192.0.2.25.');
  });

  it('links every mechanism to its explanation under BASE and the locale', () => {
    expect(view.results.map((r) => r.href)).toEqual(['/degmail/en/deliverability/spf/', '/degmail/en/deliverability/reverse-dns/']);
    for (const m of MECHANISMS) {
      const one = reportView({ ...report, results: [{ mechanism: m, subject: 'example.org', status: 'pass', findings: [], records: [] }] }, { ...ctx, base: '/', lang: 'fr' });
      expect(one.results[0]!.href).toBe(`/fr/${EXPLANATION_PATHS[m]}`);
    }
  });

  it('sorts the providers’ rules into every sender and bulk senders, in the contract’s order, never as a score', () => {
    expect(view.groups.map((g) => [g.audience, g.title])).toEqual([['all', 'Every sender (Gmail)'], ['bulk', 'Bulk (Gmail, Yahoo, and Microsoft)']]);
    expect(view.groups[0]!.rules).toEqual([
      { id: 'spf-or-dkim', status: 'met', word: 'met', tone: 'ok', text: 'SPF or DKIM' },
      { id: 'tls', status: 'not-shown-by-dns', word: 'not shown by DNS', tone: 'neutral', text: 'TLS' },
    ]);
    expect(view.groups[1]!.rules.map((r) => [r.id, r.word])).toEqual([['dmarc', 'not met']]);
    // A full summary keeps every rule, each in its audience's group.
    const full = reportView({ ...report, summary: RULES.map((r) => ({ rule: r.id, status: 'not-checked' as const, basedOn: [] })) }, ctx);
    expect(full.groups.flatMap((g) => g.rules.map((r) => r.id))).toEqual(RULES.map((r) => r.id));
    expect(JSON.stringify(full)).not.toMatch(/score|\d+\s*\/\s*\d+|%/i);
  });
});

describe('the analyser’s fields', () => {
  it('reads a domain as the command line does', () => {
    expect(domainName('  Example.ORG. ')).toBe('example.org');
    expect(domainName('   ')).toBeUndefined();
  });

  it('splits selectors on spaces, commas and semicolons, without repeats', () => {
    expect(splitSelectors(' s1, s2  s3;s1 ')).toEqual(['s1', 's2', 's3']);
    expect(splitSelectors('')).toEqual([]);
  });

  it('guesses selectors from the pasted _domainkey names of the domain only', () => {
    const names = ['example.org', 's1._domainkey.example.org.', 'S2._DomainKey.Example.org', 'x._domainkey.example.net', '_domainkey.example.org', 's1._domainkey.example.org', 'a.b._domainkey.example.org']
      .map((name) => ({ name }));
    expect(guessSelectors(names, 'example.org')).toEqual(['s1', 's2', 'a.b']);
    expect(guessSelectors(names, 'example.com')).toEqual([]);
    // Relative names, as control panels and zone files without $ORIGIN write them.
    expect(guessSelectors([{ name: 'rel._domainkey', relative: true }, { name: 'full._domainkey.example.org', relative: true }, { name: '_dmarc', relative: true }], 'example.org'))
      .toEqual(['rel', 'full']);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), fc.array(fc.record({ name: fc.string(), relative: fc.boolean() })), (s, names) => {
      domainName(s);
      expect(splitSelectors(s).every((x) => x.length > 0 && !/[\s,;]/.test(x))).toBe(true);
      guessSelectors(names, s);
    }));
  });
});
