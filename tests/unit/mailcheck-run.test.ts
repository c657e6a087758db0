/** The whole check over fictional zones, and the summary against the providers' rules (never a score). */
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkDomain } from '../../src/lib/mailcheck/run.ts';
import { summarize } from '../../src/lib/mailcheck/summary.ts';
import { MECHANISMS, RULES, type CheckResult, type Report, type RuleStatus } from '../../src/lib/mailcheck/contract.ts';
import { fakeLookup, fakePolicy, type FakeZone } from '../fixtures/mailcheck/fake-lookup.ts';

const KEY = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
const POLICY = 'version: STSv1\nmode: enforce\nmx: mx.example.org\nmax_age: 604800\n';

/** Everything a well-run domain publishes. */
const GOOD: FakeZone = {
  'example.org': { MX: ['10 mx.example.org'], TXT: ['v=spf1 mx -all'] },
  'mx.example.org': { A: ['192.0.2.25'] },
  '25.2.0.192.in-addr.arpa': { PTR: ['mx.example.org'] },
  's1._domainkey.example.org': { TXT: [`v=DKIM1; k=rsa; p=${KEY}`] },
  '_dmarc.example.org': { TXT: ['v=DMARC1; p=reject; rua=mailto:dmarc@example.org'] },
  '_mta-sts.example.org': { TXT: ['v=STSv1; id=1'] },
  '_smtp._tls.example.org': { TXT: ['v=TLSRPTv1; rua=mailto:tls@example.org'] },
  '_25._tcp.mx.example.org': { TLSA: [`3 1 1 ${'ab'.repeat(32)}`] },
};
const check = (zone: FakeZone, selectors = ['s1'], policy: string | undefined = POLICY) =>
  checkDomain({ domain: 'Example.ORG.', dkimSelectors: selectors, lookup: fakeLookup(zone), fetchPolicy: fakePolicy(policy ? { 'example.org': policy } : {}) });
const rules = (report: Report) => Object.fromEntries(report.summary.map((v) => [v.rule, v.status]));
const statuses = (report: Report) => report.results.map((r) => `${r.mechanism} ${r.status}`);

describe('checkDomain', () => {
  it('checks every mechanism of a good domain, in the contract’s order, and meets every rule DNS can show', async () => {
    const report = await check(GOOD);
    expect(report.domain).toBe('example.org');
    expect(statuses(report)).toEqual(['mx pass', 'spf pass', 'dkim pass', 'dmarc pass', 'mta-sts pass', 'tls-rpt pass', 'dane not-checked', 'rdns pass']);
    expect(report.results.map((r) => r.mechanism)).toEqual([...MECHANISMS]);
    expect(rules(report)).toEqual({
      'spf-or-dkim': 'met', 'forward-reverse-dns': 'met', tls: 'not-shown-by-dns', 'spam-rate': 'not-shown-by-dns',
      'message-format': 'not-shown-by-dns', 'spf-and-dkim': 'met', dmarc: 'met', alignment: 'not-shown-by-dns', 'one-click-unsubscribe': 'not-shown-by-dns',
    });
  });

  it('gives one not-checked DKIM result without a selector, and one result per selector otherwise', async () => {
    const without = await check(GOOD, []);
    expect(without.results.filter((r) => r.mechanism === 'dkim').map((r) => r.findings[0]!.code)).toEqual(['no-selector']);
    expect(rules(without)['spf-and-dkim']).toBe('not-checked');
    expect(rules(without)['spf-or-dkim']).toBe('met');
    const two = await check(GOOD, ['s1', 's2', 's1']);
    expect(two.results.filter((r) => r.mechanism === 'dkim').map((r) => r.status)).toEqual(['pass', 'fail']);
    expect(rules(two)['spf-and-dkim']).toBe('met');
  });

  it('shows the mistakes of a badly run domain as rules not met', async () => {
    const report = await check({ 'example.org': { MX: ['10 mx.example.org'], TXT: ['v=spf1 +all'] }, 'mx.example.org': { A: ['192.0.2.25'] } }, ['s1'], undefined);
    expect(statuses(report)).toEqual(['mx pass', 'spf fail', 'dkim fail', 'dmarc fail', 'mta-sts warn', 'tls-rpt warn', 'dane warn', 'rdns fail']);
    expect(rules(report)).toMatchObject({ 'spf-or-dkim': 'not-met', 'forward-reverse-dns': 'not-met', 'spf-and-dkim': 'not-met', dmarc: 'not-met' });
  });

  it.each([
    ['SERVFAIL', { status: 'servfail', reason: 'SERVFAIL' }],
    ['a timeout', { status: 'timeout', reason: 'ETIMEOUT' }],
    ['a CNAME loop', { status: 'cname-loop', reason: 'a.example.org → b.example.org → a.example.org' }],
  ] as const)('turns %s on every question into "not checked" with its reason, and no rule decided', async (_, answer) => {
    const report = await checkDomain({ domain: 'example.org', dkimSelectors: ['s1'], lookup: async () => answer, fetchPolicy: fakePolicy({}) });
    for (const r of report.results) {
      expect(r.status, r.mechanism).toBe('not-checked');
      expect(r.findings.some((f) => f.code === 'lookup-failed' && f.params?.reason === answer.reason), r.mechanism).toBe(true);
    }
    expect(report.summary.every((v) => v.status === 'not-checked' || v.status === 'not-shown-by-dns')).toBe(true);
  });

  it('turns a lookup that throws into a "not checked" answer carrying the error message', async () => {
    const report = await checkDomain({ domain: 'example.org', dkimSelectors: [], lookup: () => Promise.reject(new Error('resolver exploded')), fetchPolicy: () => Promise.reject(new Error('no')) });
    expect(report.results[0]!.findings[0]).toMatchObject({ status: 'not-checked', code: 'lookup-failed', params: { status: 'error', reason: 'resolver exploded' } });
  });
});

describe('summarize', () => {
  const result = (mechanism: CheckResult['mechanism'], status: CheckResult['status'], codes: string[] = []): CheckResult =>
    ({ mechanism, subject: 'example.org', status, findings: codes.map((code) => ({ status, code })), records: [] });
  const rule = (results: CheckResult[], id: string): RuleStatus => summarize(results).find((v) => v.rule === id)!.status;

  it('meets "SPF or DKIM" with either, and "SPF and DKIM" only with both', () => {
    expect(rule([result('spf', 'warn'), result('dkim', 'fail')], 'spf-or-dkim')).toBe('met');
    expect(rule([result('spf', 'fail'), result('dkim', 'fail'), result('dkim', 'pass')], 'spf-or-dkim')).toBe('met');
    expect(rule([result('spf', 'fail'), result('dkim', 'not-checked')], 'spf-or-dkim')).toBe('not-checked');
    expect(rule([result('spf', 'fail'), result('dkim', 'fail')], 'spf-or-dkim')).toBe('not-met');
    expect(rule([result('spf', 'pass'), result('dkim', 'not-checked')], 'spf-and-dkim')).toBe('not-checked');
    expect(rule([result('spf', 'fail'), result('dkim', 'not-checked')], 'spf-and-dkim')).toBe('not-met');
  });

  it('meets DMARC with p=none, and decides reverse DNS from rdns and the MX hosts’ forward resolution', () => {
    expect(rule([result('dmarc', 'warn', ['present', 'policy-none'])], 'dmarc')).toBe('met');
    expect(rule([result('dmarc', 'fail', ['missing'])], 'dmarc')).toBe('not-met');
    expect(rule([result('dmarc', 'not-checked', ['paste'])], 'dmarc')).toBe('not-checked');
    expect(rule([result('mx', 'pass'), result('rdns', 'pass'), result('rdns', 'pass')], 'forward-reverse-dns')).toBe('met');
    expect(rule([result('mx', 'pass'), result('rdns', 'pass'), result('rdns', 'fail')], 'forward-reverse-dns')).toBe('not-met');
    expect(rule([result('mx', 'fail', ['host-unresolved'])], 'forward-reverse-dns')).toBe('not-met');
    expect(rule([result('mx', 'fail', ['missing'])], 'forward-reverse-dns')).toBe('not-checked');
  });

  it('gives one verdict per rule, never a score, and "not shown by DNS" for what DNS cannot show', () => {
    const summary = summarize([]);
    expect(summary.map((v) => v.rule)).toEqual(RULES.map((r) => r.id));
    for (const v of summary) expect(v.status === 'not-shown-by-dns', v.rule).toBe(!RULES.find((r) => r.id === v.rule)!.dns);
    expect(summary.every((v) => v.status === 'not-shown-by-dns' || v.status === 'not-checked')).toBe(true);
  });
});
