/**
 * Measured mail-security facts in the site: what reports become (src/lib/offers/mail-security.ts), the one reading
 * the directory and the offer page share, and the directory's filter, which appears only once an offer has a
 * measured value. Fictional offers only.
 */
import { describe, expect, it } from 'vitest';
import { buildProvider, KNOWN_FACTS } from '../../scripts/harness/fictional.ts';
import { checkedNothing, mailSecurityFrom, meetsGmailDns, mechanismVerdict } from '../../src/lib/offers/mail-security.ts';
import { FILTER_GROUPS, mailGroups } from '../../src/lib/directory/filters.ts';
import { filterCss, offerAttributes, optionCounts } from '../../src/lib/directory/filter-css.ts';
import type { CheckResult, Mechanism, Report, RuleStatus, Status } from '../../src/lib/mailcheck/contract.ts';
import type { MailSecurity } from '../../src/schemas/mail-security.ts';
import { providerSchema, type ProviderEntry } from '../../src/schemas/provider.ts';
import { makeT } from '../../src/lib/shared/translate.ts';
import { DICTIONARIES } from '../../src/i18n/index.ts';

const result = (mechanism: Mechanism, status: Status): CheckResult => ({ mechanism, subject: 'example.org', status, findings: [], records: [] });
const report = (results: CheckResult[], rules: [RuleStatus, RuleStatus]): Report => ({
  domain: 'example.org',
  results,
  summary: [
    { rule: 'spf-or-dkim', status: rules[0], basedOn: ['spf', 'dkim'] },
    { rule: 'forward-reverse-dns', status: rules[1], basedOn: ['rdns'] },
    { rule: 'tls', status: 'not-shown-by-dns', basedOn: [] },
  ],
});

/** A fictional offer, measured or not, valid against the schema. */
function offer(n: number, verdicts?: MailSecurity): ProviderEntry {
  const p = buildProvider(n, KNOWN_FACTS, ['2026-10']);
  if (!verdicts) return p;
  const measured = { ...p, mail_security: verdicts, sources: [...p.sources, { id: 'check-mail', kind: 'measured' as const, tool: 'degmail check:mail 0.1.0', checked: '2026-11-20', backs: ['mail_security'] }] };
  const { id: _id, ...data } = measured;
  expect(providerSchema.safeParse(data).error?.issues ?? []).toEqual([]);
  return measured;
}

describe('mailSecurityFrom', () => {
  it('keeps the worst result of each mechanism over every name and domain, and writes unknown for the unmeasured', () => {
    const a = report([result('mx', 'pass'), result('rdns', 'pass'), result('rdns', 'not-checked'), result('spf', 'pass')], ['met', 'met']);
    const b = report([result('mx', 'warn'), result('rdns', 'pass'), result('spf', 'fail'), result('dkim', 'not-checked')], ['met', 'met']);
    const v = mailSecurityFrom([a, b]);
    expect(v).toEqual({
      mx: 'warn', spf: 'fail', dkim: 'not-checked', dmarc: 'unknown', 'mta-sts': 'unknown', 'tls-rpt': 'unknown', dane: 'unknown', rdns: 'not-checked',
      rules: { 'spf-or-dkim': 'met', 'forward-reverse-dns': 'met' },
    });
  });

  it('meets a rule only when every domain meets it; one domain not meeting it is enough to say not met', () => {
    const rules = (...each: [RuleStatus, RuleStatus][]) => mailSecurityFrom(each.map((r) => report([result('mx', 'pass')], r))).rules;
    expect(rules(['met', 'met'], ['met', 'not-checked'])).toEqual({ 'spf-or-dkim': 'met', 'forward-reverse-dns': 'not-checked' });
    expect(rules(['met', 'not-checked'], ['not-met', 'met'])).toEqual({ 'spf-or-dkim': 'not-met', 'forward-reverse-dns': 'not-checked' });
    expect(rules()).toEqual({ 'spf-or-dkim': 'unknown', 'forward-reverse-dns': 'unknown' });
  });

  it('tells a report where nothing could be checked', () => {
    expect(checkedNothing(report([result('mx', 'not-checked'), result('spf', 'not-checked')], ['not-checked', 'not-checked']))).toBe(true);
    expect(checkedNothing(report([result('mx', 'not-checked'), result('spf', 'fail')], ['not-met', 'not-checked']))).toBe(false);
  });
});

describe('meetsGmailDns', () => {
  it.each([
    [{ rules: { 'spf-or-dkim': 'met', 'forward-reverse-dns': 'met' } }, 'yes'],
    [{ rules: { 'spf-or-dkim': 'met', 'forward-reverse-dns': 'not-met' } }, 'no'],
    [{ rules: { 'spf-or-dkim': 'not-met', 'forward-reverse-dns': 'not-checked' } }, 'no'],
    [{ rules: { 'spf-or-dkim': 'met', 'forward-reverse-dns': 'not-checked' } }, 'unknown'],
    [{ spf: 'pass', rdns: 'pass' }, 'unknown'],
  ] as [MailSecurity, string][])('%j → %s', (verdicts, expected) => {
    expect(meetsGmailDns(offer(1, verdicts))).toBe(expected);
  });

  it('is unknown, never "no", for an offer not measured', () => {
    expect(meetsGmailDns(offer(1))).toBe('unknown');
    expect(meetsGmailDns({ ...offer(1), mail_security: 'unknown' })).toBe('unknown');
    expect(mechanismVerdict(offer(1), 'spf')).toBe('unknown');
  });
});

describe('the directory filter "publishes the DNS records Gmail asks of every sender"', () => {
  const meets = offer(1, { spf: 'pass', rdns: 'pass', rules: { 'spf-or-dkim': 'met', 'forward-reverse-dns': 'met' } });
  const fails = offer(2, { spf: 'fail', rdns: 'fail', rules: { 'spf-or-dkim': 'not-met', 'forward-reverse-dns': 'not-met' } });
  const unmeasured = offer(3);
  const partly = offer(4, { spf: 'pass', rules: { 'spf-or-dkim': 'met', 'forward-reverse-dns': 'not-checked' } });

  it('is absent while no offer has a measured value', () => {
    expect(mailGroups([unmeasured, offer(5), { ...offer(6), mail_security: 'unknown' }])).toEqual([]);
    expect(FILTER_GROUPS.map((g) => g.id)).not.toContain('gmail');
  });

  it('appears once one offer has a measured value, with a help text saying what DNS cannot tell', () => {
    const [group] = mailGroups([unmeasured, meets]);
    expect(group?.id).toBe('gmail');
    expect(group?.kind).toBe('check');
    for (const lang of ['fr', 'en'] as const) {
      const t = makeT(DICTIONARIES[lang]);
      expect(group!.label('yes', t, lang)).toBe(t('filter.gmail.yes'));
      expect(group!.help!(t)).toMatch(/TLS.*spam.*messages/);
    }
  });

  it('keeps offers that meet it, hides those known not to, and marks the unknown ones "to check"', () => {
    const offers = [meets, fails, unmeasured, partly];
    const groups = mailGroups(offers);
    const attrs = offers.map((o) => offerAttributes(o, groups));
    expect(attrs.map((a) => a['data-f-gmail'])).toEqual(['yes', '', '', '']);
    expect(attrs.map((a) => a['data-u-gmail'])).toEqual([undefined, undefined, 'yes', 'yes']);
    expect(optionCounts(offers, groups).get('gmail')?.get('yes')).toBe(1);
    const css = filterCss(groups);
    expect(css).toContain('.directory:has(#f-gmail-yes:checked) .offer:not([data-f-gmail~="yes"]):not([data-u-gmail~="yes"]){display:none}');
    expect(css).toContain('.directory:has(#f-gmail-yes:checked) .offer[data-u-gmail~="yes"] .tocheck-gmail{display:inline-block}');
  });
});
