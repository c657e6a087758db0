/**
 * Properties of the pure checks: every parser takes any text without throwing, and every check, over any DNS
 * answers and any policy, gives valid results: known codes, the worst finding's status, one verdict per rule.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MECHANISMS, RULES, STATUSES, type CheckResult, type Finding, type LookupAnswer, type PolicyAnswer, type Status } from '../../src/lib/mailcheck/contract.ts';
import { CODES } from '../../src/lib/mailcheck/codes.ts';
import { worst } from '../../src/lib/mailcheck/result.ts';
import { checkDomain } from '../../src/lib/mailcheck/run.ts';
import { parseSpf } from '../../src/lib/mailcheck/spf.ts';
import { dkimFindings } from '../../src/lib/mailcheck/dkim.ts';
import { decodeBase64, rsaModulusBits } from '../../src/lib/mailcheck/dkim-key.ts';
import { dmarcFindings } from '../../src/lib/mailcheck/dmarc.ts';
import { parseStsPolicy, stsPolicyFindings } from '../../src/lib/mailcheck/mta-sts.ts';
import { tlsRptFindings } from '../../src/lib/mailcheck/tls-rpt.ts';
import { parseTlsa, tlsaFindings } from '../../src/lib/mailcheck/dane.ts';
import { parseMx, mxHosts } from '../../src/lib/mailcheck/mx.ts';
import { expandIPv6, reverseName } from '../../src/lib/mailcheck/ip.ts';
import { parseTags } from '../../src/lib/mailcheck/tags.ts';
import { parsePasted, pastedLookup } from '../../src/lib/mailcheck/pasted.ts';

/** Pieces of real records, so arbitrary texts often come close to valid ones (and reach the deep branches). */
const PIECES = ['v=spf1', 'include:a.test', 'include:b.test', 'a', 'mx', 'ptr', 'exists:%{i}.test', 'redirect=a.test', '-all', '+all', '?all',
  'ip4:192.0.2.0/24', 'ip6:2001:db8::/32', 'v=DKIM1;', 'k=rsa;', 'k=ed25519;', 'p=', 'p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC', 'h=sha1;',
  'v=DMARC1;', 'p=none;', 'p=reject;', 'pct=50;', 'rua=mailto:d@a.test;', 'v=STSv1;', 'id=1;', 'v=TLSRPTv1;', '3 1 1', 'ab'.repeat(32),
  '10 mx.a.test', '0 .', '192.0.2.1', '2001:db8::1', 'mx.a.test', 'a.test', '"', ';', '(', ')', '\n', '@', 'IN', 'TXT', 'MX', 'CNAME', '\\#'];
/** Whole good records, so that some checks pass. */
const GOOD = ['v=spf1 -all', '10 mx.a.test', '192.0.2.1', 'mx.a.test', 'v=DMARC1; p=reject; rua=mailto:d@a.test', 'v=TLSRPTv1; rua=mailto:t@a.test',
  'v=STSv1; id=1', `3 1 1 ${'ab'.repeat(32)}`];
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((a) => a.join(' ')),
  fc.constantFrom(...GOOD),
);
const NAMES = ['a.test', 'b.test', 'mx.a.test', 'example.org'];

const answer: fc.Arbitrary<LookupAnswer> = fc.oneof(
  { weight: 4, arbitrary: fc.array(text, { maxLength: 3 }).map((records): LookupAnswer => ({ status: 'ok', records })) },
  fc.constantFrom<LookupAnswer>({ status: 'nxdomain' }, { status: 'nodata' }, { status: 'not-provided' }, { status: 'servfail', reason: 'SERVFAIL' },
    { status: 'timeout', reason: 'ETIMEOUT' }, { status: 'refused', reason: 'REFUSED' }, { status: 'cname-loop', reason: 'x' }, { status: 'error', reason: 'y' }),
);
const policy: fc.Arbitrary<PolicyAnswer> = fc.oneof(
  text.map((t): PolicyAnswer => ({ status: 'ok', text: t })),
  fc.array(fc.constantFrom('version: STSv1', 'mode: enforce', 'mode: testing', 'mx: mx.a.test', 'mx: *.a.test', 'max_age: 86400', 'junk'), { maxLength: 6 })
    .map((l): PolicyAnswer => ({ status: 'ok', text: l.join('\n') })),
  fc.constantFrom<PolicyAnswer>({ status: 'missing', reason: '404' }, { status: 'error', reason: 'TLS' }, { status: 'not-provided' }),
);

function expectValidFinding(f: Finding, mechanism: (typeof MECHANISMS)[number]) {
  expect(STATUSES).toContain(f.status);
  expect(CODES[mechanism] as readonly string[]).toContain(f.code);
  for (const v of Object.values(f.params ?? {})) expect(['string', 'number']).toContain(typeof v);
}

function expectValidResult(r: CheckResult) {
  expect(MECHANISMS).toContain(r.mechanism);
  expect(r.findings.length).toBeGreaterThan(0);
  expect(r.status).toBe(worst(r.findings));
  for (const f of r.findings) expectValidFinding(f, r.mechanism);
}

describe('parsers take any text', () => {
  it('never throw, and give well-formed findings', () => {
    fc.assert(fc.property(text, (t) => {
      parseSpf(t);
      parseTags(t);
      parseStsPolicy(t);
      parseMx(t);
      parseTlsa(t);
      mxHosts([t]);
      expandIPv6(t);
      reverseName(t);
      const bytes = decodeBase64(t);
      if (bytes) rsaModulusBits(bytes);
      for (const f of dkimFindings(t, 'n')) expectValidFinding(f, 'dkim');
      for (const f of dmarcFindings(t, 'n', true)) expectValidFinding(f, 'dmarc');
      for (const f of tlsRptFindings(t, 'n')) expectValidFinding(f, 'tls-rpt');
      for (const f of tlsaFindings(t, 'n')) expectValidFinding(f, 'dane');
      for (const f of stsPolicyFindings(t, ['mx.a.test'], 'u')) expectValidFinding(f, 'mta-sts');
    }), { numRuns: 500 });
  });

  it('read any bytes as a key without throwing', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
      const bits = rsaModulusBits(b);
      expect(bits === null || (Number.isInteger(bits) && bits >= 0)).toBe(true);
    }));
  });

  it('read any paste, and the paste lookup answers every question without ever saying NXDOMAIN', async () => {
    await fc.assert(fc.asyncProperty(text, fc.constantFrom(...NAMES), fc.constantFrom('A', 'MX', 'TXT', 'CNAME', 'PTR') as fc.Arbitrary<'A'>, async (t, name, type) => {
      const { records, problems } = parsePasted(t);
      for (const p of problems) expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
      const a = await pastedLookup(records, 'a.test')(name, type);
      expect(['ok', 'nodata', 'not-provided', 'cname-loop']).toContain(a.status);
    }), { numRuns: 300 });
  });
});

describe('checkDomain over any answers', () => {
  it('never throws, and gives valid results and one verdict per rule', async () => {
    const seen = new Set<Status>();
    await fc.assert(fc.asyncProperty(fc.func(answer), policy, fc.array(fc.constantFrom('s1', 's2', 'bad sel'), { maxLength: 2 }), async (answerFor, p, selectors) => {
      const report = await checkDomain({ domain: 'a.test', dkimSelectors: selectors, lookup: async (name, type) => answerFor(name, type), fetchPolicy: async () => p });
      for (const r of report.results) {
        expectValidResult(r);
        seen.add(r.status);
      }
      expect(report.summary.map((v) => v.rule)).toEqual(RULES.map((r) => r.id));
    }), { numRuns: 300 });
    // The runs reached every status: the property is not checked on trivial reports only.
    expect([...seen].sort()).toEqual([...STATUSES].sort());
  });
});
