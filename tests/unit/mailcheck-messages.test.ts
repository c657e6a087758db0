/**
 * The deliverability check's texts: every code a check can emit has its one-line why in French and English, every
 * code with a fix has it in both, no text is left for a code that no longer exists, and every placeholder a text
 * uses is filled by the findings that carry it.
 */
import fs from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CODES, FIXES, fixKey, hasFix, messageKey } from '../../src/lib/mailcheck/codes.ts';
import { MECHANISMS, RULES, STATUSES, type LookupAnswer, type Report } from '../../src/lib/mailcheck/contract.ts';
import { checkDomain } from '../../src/lib/mailcheck/run.ts';
import { fakeLookup, fakePolicy, type FakeZone } from '../fixtures/mailcheck/fake-lookup.ts';
import { frenchTypographyProblems } from '../../src/lib/shared/typography.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';

const dicts = Object.fromEntries(LOCALE_CODES.map((l) => [l, JSON.parse(fs.readFileSync(`src/i18n/${l}.json`, 'utf8')) as Record<string, string>]));
const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);

describe('finding texts', () => {
  it.each(LOCALE_CODES)('%s has the why of every code, and the fix of every code with one', (l) => {
    for (const m of MECHANISMS) {
      for (const code of CODES[m]) {
        expect(dicts[l]![messageKey(m, code)], messageKey(m, code)).toBeTruthy();
        expect(dicts[l]![fixKey(m, code)] !== undefined, fixKey(m, code)).toBe(hasFix(m, code));
      }
    }
  });

  it('has no text for a code the checks no longer emit', () => {
    const known = new Set(MECHANISMS.flatMap((m) => CODES[m].flatMap((c) => [messageKey(m, c), fixKey(m, c)])));
    const prefixes = MECHANISMS.map((m) => `mailcheck.${m}.`);
    expect(Object.keys(dicts.fr!).filter((k) => prefixes.some((p) => k.startsWith(p)) && !known.has(k))).toEqual([]);
  });

  it('lists each fix code among the codes, once', () => {
    for (const m of MECHANISMS) {
      expect(FIXES[m].filter((c) => !(CODES[m] as readonly string[]).includes(c)), m).toEqual([]);
      expect(new Set(FIXES[m]).size, m).toBe(FIXES[m].length);
    }
  });

  it('names statuses, rule statuses and rules in every locale, French typography included', () => {
    const keys = [...STATUSES.map((s) => `mailcheck.status.${s}`), ...RULES.map((r) => `mailcheck.rule.${r.id}`),
      ...['met', 'not-met', 'not-checked', 'not-shown-by-dns'].map((s) => `mailcheck.ruleStatus.${s}`)];
    for (const l of LOCALE_CODES) for (const k of keys) expect(dicts[l]![k], `${l} ${k}`).toBeTruthy();
    for (const k of Object.keys(dicts.fr!).filter((x) => x.startsWith('mailcheck.'))) expect(frenchTypographyProblems(dicts.fr![k]!), k).toEqual([]);
  });
});

const rsa = (bits: number) => generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
const ed25519 = () => generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' }).subarray(-32).toString('base64');

const NP = { status: 'not-provided' } as const;

/** Fictional domains that, together, make the checks emit every code they have. */
const SCENARIOS: { domain?: string; zone: FakeZone; selectors?: string[]; policy?: Parameters<typeof fakePolicy>[0] }[] = [
  {
    zone: {
      'example.org': { MX: ['10 mx.example.org'], TXT: ['v=spf1 mx -all'] },
      'mx.example.org': { A: ['192.0.2.25'] },
      '25.2.0.192.in-addr.arpa': { PTR: ['mx.example.org'] },
      's1._domainkey.example.org': { TXT: [`v=DKIM1; k=rsa; p=${rsa(2048)}`] },
      'ed._domainkey.example.org': { TXT: [`v=DKIM1; k=ed25519; p=${ed25519()}`] },
      'weak._domainkey.example.org': { TXT: [`v=DKIM1; p=${rsa(512)}`] },
      'short._domainkey.example.org': { TXT: [`v=DKIM1; p=${rsa(1024)}`] },
      'junk._domainkey.example.org': { TXT: ['v=DKIM1; p=***'] },
      '_dmarc.example.org': { TXT: ['v=DMARC1; p=reject; rua=mailto:d@example.org'] },
      '_mta-sts.example.org': { TXT: ['v=STSv1; id=1'] },
      '_smtp._tls.example.org': { TXT: ['v=TLSRPTv1; rua=mailto:t@example.org'] },
      '_25._tcp.mx.example.org': { TLSA: [`3 1 1 ${'ab'.repeat(32)}`] },
    },
    selectors: ['s1', 'ed', 'weak', 'short', 'junk'],
    policy: { 'example.org': 'version: STSv1\nmode: enforce\nmx: *.example.org\nmax_age: 604800' },
  },
  {
    zone: {
      'example.org': { MX: ['10 mx1.example.org', '20 mx2.example.org', '30 mx3.example.org'], TXT: ['v=spf1 a:n1.test a:n2.test a:n3.test a a a a a a a mx ip4:192.0.2.999'] },
      'mx1.example.org': { A: ['192.0.2.1'] },
      'mx2.example.org': { A: ['192.0.2.2'] },
      '2.2.0.192.in-addr.arpa': { PTR: ['other.example.net'] },
      'other.example.net': { A: ['192.0.2.9'] },
      '_dmarc.example.org': { TXT: ['v=DMARC1; p=block'] },
      '_mta-sts.example.org': { TXT: ['v=STSv1; id=1'] },
      '_25._tcp.mx1.example.org': { TLSA: [`1 1 1 ${'ab'.repeat(32)}`, '3 1 1 abab'] },
    },
  },
  {
    zone: { 'example.org': { TXT: ['v=spf1 -all', 'v=spf1 ~all'] }, '_mta-sts.example.org': { TXT: ['v=STSv1; id=1'] } },
    policy: { 'example.org': { status: 'error', reason: 'TLS' } },
  },
  { zone: { 'example.org': { TXT: ['v=spf1 ~all'] }, '_mta-sts.example.org': { TXT: ['v=STSv1; id=1'] } }, policy: { 'example.org': NP } },
  {
    domain: 'mail.example.org',
    zone: {
      'mail.example.org': { MX: ['0 .'], TXT: ['v=spf1 include:loop.example.org ptr +all'] },
      'loop.example.org': { TXT: ['v=spf1 include:mail.example.org include:none.example.org -all'] },
      '_dmarc.example.org': { TXT: ['v=DMARC1; p=reject; sp=none; pct=5; adkim=x; oops'] },
      's2._domainkey.mail.example.org': { TXT: ['p=', 'p= '] },
      's3._domainkey.mail.example.org': { TXT: ['v=DKIM2; k=rsa; h=sha1; t=y; x; p=aGVsbG8='] },
      's4._domainkey.mail.example.org': { TXT: ['k=dsa; p=QQ=='] },
      's5._domainkey.mail.example.org': { TXT: ['v=DKIM1'] },
      's6._domainkey.mail.example.org': { TXT: ['k=ed25519; p=QUFB'] },
      '_mta-sts.mail.example.org': { TXT: ['v=STSv1; id=1', 'v=STSv1; id=2'] },
    },
    selectors: ['s1', 's2', 's3', 's4', 's5', 's6', 'bad selector'],
  },
  {
    zone: {
      'example.org': { MX: ['0 .', '10 mx.example.org'], TXT: ['v=spf1 ?all'] },
      'mx.example.org': { A: ['192.0.2.5', 'garbage'] },
      '5.2.0.192.in-addr.arpa': { PTR: { status: 'servfail', reason: 'SERVFAIL' } },
      '_25._tcp.mx.example.org': { TLSA: ['9 9 9 zz'] },
      '_dmarc.example.org': { TXT: ['v=DMARC1; rua=mailto:d@example.org'] },
      '_mta-sts.example.org': { TXT: ['v=STSv1; id=bad!'] },
      '_smtp._tls.example.org': { TXT: ['v=TLSRPTv1; x; rua=ftp://x'] },
    },
    policy: { 'example.org': 'oops\nversion: STSv2\nmode: strict\nmax_age: x' },
  },
  {
    zone: {
      'example.org': { MX: ['10 192.0.2.7', '20 alias.example.org', 'junk'] },
      'alias.example.org': { CNAME: ['mx.example.net'] },
      'mx.example.net': { A: ['192.0.2.8'] },
      '_25._tcp.alias.example.org': { TLSA: { status: 'timeout', reason: 'ETIMEOUT' } },
      '_dmarc.example.org': { TXT: ['v=DMARC1; p=none', 'v=DMARC1; p=reject'] },
      '_mta-sts.example.org': { TXT: ['v=STSv1; id=1'] },
      '_smtp._tls.example.org': { TXT: ['v=TLSRPTv1; rua=mailto:a@example.org', 'v=TLSRPTv1; rua=mailto:b@example.org'] },
    },
    policy: { 'example.org': 'version: STSv1\nmode: testing\nmx: other.test\nmax_age: 60' },
  },
  {
    zone: { 'example.org': { TXT: ['v=spf1 mx'] }, '_mta-sts.example.org': { TXT: ['v=STSv1; id=1'] }, '_smtp._tls.example.org': { TXT: ['v=TLSRPTv1'] } },
    policy: { 'example.org': 'version: STSv1\nmode: none\nmax_age: 86400' },
  },
  {
    zone: { 'example.org': { MX: ['10 mx.example.org'] }, 'mx.example.org': { A: NP, AAAA: NP, CNAME: NP }, '_25._tcp.mx.example.org': { TLSA: NP } },
  },
];

describe('placeholders', () => {
  /** Every placeholder of a finding's texts, in every locale, is one of its params. */
  const unfilled = (report: Report) => report.results.flatMap((r) => r.findings.flatMap((f) => LOCALE_CODES.flatMap((l) =>
    [messageKey(r.mechanism, f.code), fixKey(r.mechanism, f.code)].flatMap((k) => vars(dicts[l]![k] ?? '').filter((v) => !(v in (f.params ?? {}))).map((v) => `${k}: ${v}`)))));
  const emitted = new Set<string>();
  const note = (report: Report) => {
    for (const r of report.results) for (const f of r.findings) emitted.add(`${r.mechanism}.${f.code}`);
    return report;
  };

  it('are filled by the findings of fictional domains that reach every code', async () => {
    const all = (answer: LookupAnswer) => async () => answer;
    const runs = [
      ...SCENARIOS.map((s) => checkDomain({ domain: s.domain ?? 'example.org', dkimSelectors: s.selectors ?? [], lookup: fakeLookup(s.zone), fetchPolicy: fakePolicy(s.policy ?? {}) })),
      checkDomain({ domain: 'example.org', dkimSelectors: ['s1'], lookup: all({ status: 'servfail', reason: 'SERVFAIL' }), fetchPolicy: fakePolicy({}) }),
      checkDomain({ domain: 'example.org', dkimSelectors: ['s1'], lookup: all({ status: 'not-provided' }), fetchPolicy: fakePolicy({}) }),
    ];
    for (const report of await Promise.all(runs)) expect(unfilled(note(report))).toEqual([]);
    expect(MECHANISMS.flatMap((m) => CODES[m].map((c) => `${m}.${c}`)).filter((c) => !emitted.has(c))).toEqual([]);
  });

  it('are filled by the findings, whatever the answers', async () => {
    const records = fc.array(fc.constantFrom('v=spf1 mx ptr a:x.test include:a.test ?all', 'v=spf1 +all', '10 mx.a.test', '0 .', '5 192.0.2.1',
      '192.0.2.1', 'mx.a.test', 'v=DMARC1; p=none; pct=5; sp=reject; adkim=q', 'v=DMARC1; rua=mailto:d@a.test; x', 'v=DKIM1; k=rsa; h=sha1; t=y; p=AAAA',
      'v=DKIM2; k=ed25519; p=AAAA', 'v=DKIM1; k=x; p=QQ==', 'v=STSv1; id=1', 'v=STSv1; id=?', 'v=TLSRPTv1; rua=ftp:x', 'v=TLSRPTv1; y', '1 1 1 ab',
      `3 1 1 ${'ab'.repeat(32)}`, '3 1 1 zz', 'p=', 'junk'), { maxLength: 3 });
    const answer: fc.Arbitrary<LookupAnswer> = fc.oneof(records.map((r): LookupAnswer => ({ status: 'ok', records: r })),
      fc.constantFrom<LookupAnswer>({ status: 'nxdomain' }, { status: 'not-provided' }, { status: 'servfail', reason: 'SERVFAIL' }));
    const policy = fc.constantFrom('version: STSv1\nmode: testing\nmx: other.test\nmax_age: 60', 'mode: odd\nmax_age: x\nbad line', 'version: STSv1\nmode: none');
    await fc.assert(fc.asyncProperty(fc.func(answer), policy, fc.constantFrom([], ['s1'], ['bad sel']), async (answerFor, p, selectors) => {
      const report = await checkDomain({ domain: 'sub.a.test', dkimSelectors: selectors, lookup: async (n, t) => answerFor(n, t), fetchPolicy: async () => ({ status: 'ok', text: p }) });
      expect(unfilled(report)).toEqual([]);
    }), { numRuns: 300 });
  });
});
