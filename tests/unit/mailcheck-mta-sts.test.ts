/** MTA-STS (record, policy text, MX coverage) and TLS-RPT. */
import { describe, expect, it } from 'vitest';
import { checkMtaSts, mxMatches, parseStsPolicy, stsPolicyFindings } from '../../src/lib/mailcheck/mta-sts.ts';
import { checkTlsRpt, tlsRptFindings } from '../../src/lib/mailcheck/tls-rpt.ts';
import { fakeLookup, fakePolicy } from '../fixtures/mailcheck/fake-lookup.ts';
import type { CheckResult } from '../../src/lib/mailcheck/contract.ts';

const URL = 'https://mta-sts.example.org/.well-known/mta-sts.txt';
const POLICY = 'version: STSv1\r\nmode: enforce\r\nmx: mx1.example.org\r\nmx: *.mx.example.org\r\nmax_age: 604800\r\n';
const codes = (r: CheckResult) => r.findings.map((f) => `${f.status} ${f.code}`);
const record = fakeLookup({ '_mta-sts.example.org': { TXT: ['v=STSv1; id=20240101T000000'] } });

describe('the MTA-STS policy', () => {
  it('reads version, mode, every mx and max_age, and the lines it cannot read', () => {
    expect(parseStsPolicy(`${POLICY}oops\nfuture_key: x\n`)).toEqual({
      version: 'STSv1', mode: 'enforce', mx: ['mx1.example.org', '*.mx.example.org'], maxAge: '604800', problems: ['oops'],
    });
  });

  it.each([
    ['mx1.example.org', 'MX1.example.org.', true], ['*.example.org', 'mx.example.org', true], ['*.example.org', 'a.mx.example.org', false],
    ['*.example.org', 'example.org', false], ['mx1.example.org', 'mx2.example.org', false],
  ])('%s covers %s: %s', (pattern, host, ok) => expect(mxMatches(pattern, host)).toBe(ok));

  it('passes enforce, warns testing and none, fails a bad version, mode or max_age', () => {
    const of = (text: string) => stsPolicyFindings(text, ['mx1.example.org'], URL).map((f) => `${f.status} ${f.code}`);
    expect(of(POLICY)).toEqual(['pass mode-enforce', 'pass mx-covered']);
    expect(of(POLICY.replace('enforce', 'testing'))).toEqual(['warn mode-testing', 'pass mx-covered']);
    expect(of(POLICY.replace('enforce', 'none'))).toEqual(['warn mode-none']);
    expect(of('mode: strict\nmax_age: 99999999999\nmx: mx1.example.org')).toEqual(['fail policy-version', 'fail policy-mode', 'fail max-age', 'pass mx-covered']);
    expect(of(POLICY.replace('604800', '3600'))).toEqual(['pass mode-enforce', 'warn max-age-short', 'pass mx-covered']);
  });
});

describe('checkMtaSts', () => {
  it('passes a record and a policy covering every MX', async () => {
    const r = await checkMtaSts('example.org', ['mx1.example.org', 'a.mx.example.org'], record, fakePolicy({ 'example.org': POLICY }));
    expect(r.status).toBe('pass');
    expect(codes(r)).toEqual(['pass present', 'pass mode-enforce', 'pass mx-covered', 'pass mx-covered']);
  });

  it('fails a policy that does not cover an MX, naming the host', async () => {
    const r = await checkMtaSts('example.org', ['mx1.example.org', 'mx2.example.org'], record, fakePolicy({ 'example.org': POLICY }));
    expect(r.findings.find((f) => f.code === 'mx-uncovered')).toEqual({ status: 'fail', code: 'mx-uncovered', params: { url: URL, host: 'mx2.example.org' } });
  });

  it('fails a record whose policy is missing; the fetch error is "not checked"', async () => {
    const missing = await checkMtaSts('example.org', [], record, fakePolicy({}));
    expect(missing.findings[1]).toEqual({ status: 'fail', code: 'policy-missing', params: { url: URL, reason: 'HTTP 404' } });
    const error = await checkMtaSts('example.org', [], record, fakePolicy({ 'example.org': { status: 'error', reason: 'timeout' } }));
    expect(codes(error)).toEqual(['pass present', 'not-checked policy-error']);
  });

  it('warns without a record (optional) and does not fetch a policy then; fails two records or a bad one', async () => {
    let fetched = false;
    const r = await checkMtaSts('example.org', [], fakeLookup({}), async () => ((fetched = true), { status: 'ok', text: POLICY }));
    expect([codes(r), fetched]).toEqual([['warn no-record'], false]);
    const two = fakeLookup({ '_mta-sts.example.org': { TXT: ['v=STSv1; id=1', 'v=STSv1; id=2'] } });
    expect(codes(await checkMtaSts('example.org', [], two, fakePolicy({})))).toEqual(['fail multiple']);
    const bad = fakeLookup({ '_mta-sts.example.org': { TXT: ['v=STSv1; id=not-valid!'] } });
    expect(codes(await checkMtaSts('example.org', [], bad, fakePolicy({ 'example.org': POLICY })))).toEqual(['fail bad-record', 'pass mode-enforce']);
  });

  it('asks for what was not pasted, and still reads a pasted policy', async () => {
    const none = fakeLookup({ '_mta-sts.example.org': { TXT: { status: 'not-provided' } } });
    const r = await checkMtaSts('example.org', ['mx1.example.org'], none, async () => ({ status: 'not-provided' }));
    expect(r.findings).toEqual([
      { status: 'not-checked', code: 'paste', params: { record: 'TXT _mta-sts.example.org' } },
      { status: 'not-checked', code: 'paste-policy', params: { url: URL } },
    ]);
    const withPolicy = await checkMtaSts('example.org', ['mx1.example.org'], none, fakePolicy({ 'example.org': POLICY }));
    expect(codes(withPolicy)).toEqual(['not-checked paste', 'pass mode-enforce', 'pass mx-covered']);
  });
});

describe('TLS-RPT', () => {
  it.each([
    ['v=TLSRPTv1; rua=mailto:tls@example.org', ['pass present']],
    ['v=TLSRPTv1; rua=mailto:tls@example.org,https://r.example.net/tls', ['pass present']],
    ['v=TLSRPTv1; rua=http://r.example.net/tls', ['fail bad-rua']],
    ['v=TLSRPTv1', ['fail no-rua']],
    ['v=TLSRPTv1; oops; rua=mailto:tls@example.org', ['fail syntax', 'pass present']],
  ])('%s', (text, expected) => expect(tlsRptFindings(text, '_smtp._tls.example.org').map((f) => `${f.status} ${f.code}`)).toEqual(expected));

  it('warns without a record and fails two', async () => {
    expect(codes(await checkTlsRpt('example.org', fakeLookup({})))).toEqual(['warn missing']);
    const two = fakeLookup({ '_smtp._tls.example.org': { TXT: ['v=TLSRPTv1; rua=mailto:a@example.org', 'v=TLSRPTv1; rua=mailto:b@example.org'] } });
    expect(codes(await checkTlsRpt('example.org', two))).toEqual(['fail multiple']);
  });
});
