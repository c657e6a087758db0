/** The checks of the mail servers themselves: MX, DANE (TLSA on each MX) and forward-confirmed reverse DNS. */
import { describe, expect, it } from 'vitest';
import { checkMx } from '../../src/lib/mailcheck/mx.ts';
import { checkDane, tlsaFindings } from '../../src/lib/mailcheck/dane.ts';
import { checkAddress, checkRdns } from '../../src/lib/mailcheck/rdns.ts';
import { fakeLookup, type FakeZone } from '../fixtures/mailcheck/fake-lookup.ts';
import type { CheckResult } from '../../src/lib/mailcheck/contract.ts';

const codes = (r: CheckResult) => r.findings.map((f) => `${f.status} ${f.code}`);
const HOSTS: FakeZone = {
  'mx1.example.org': { A: ['192.0.2.25'], AAAA: ['2001:db8::25'] },
  'mx2.example.org': { CNAME: ['mail.example.net'] },
  'mail.example.net': { A: ['192.0.2.26'] },
};

describe('checkMx', () => {
  it('passes MX hosts that resolve, and warns one that is a CNAME', async () => {
    const r = await checkMx('example.org', fakeLookup({ 'example.org': { MX: ['10 mx1.example.org', '20 mx2.example.org'] }, ...HOSTS }));
    expect(codes(r)).toEqual(['pass present', 'pass host-resolves', 'warn host-cname', 'pass host-resolves']);
    expect(r.findings[2]!.params).toEqual({ host: 'mx2.example.org', target: 'mail.example.net' });
  });

  it('fails no MX, an IP literal, a host without address and a bad record', async () => {
    expect(codes(await checkMx('example.org', fakeLookup({ 'example.org': { A: ['192.0.2.1'] } })))).toEqual(['fail missing']);
    const r = await checkMx('example.org', fakeLookup({ 'example.org': { MX: ['10 192.0.2.25', '20 gone.example.org', 'junk'] } }));
    expect(codes(r)).toEqual(['fail bad-record', 'pass present', 'fail ip-literal', 'fail host-unresolved']);
  });

  it('notes a null MX, and fails one mixed with other MX', async () => {
    expect(codes(await checkMx('example.org', fakeLookup({ 'example.org': { MX: ['0 .'] } })))).toEqual(['warn null-mx']);
    expect(codes(await checkMx('example.org', fakeLookup({ 'example.org': { MX: ['0 .', '10 mx1.example.org'] } })))).toEqual(['fail null-mx-mixed']);
  });

  it('is not checked on SERVFAIL, and asks for the host addresses when they were not pasted', async () => {
    const r = await checkMx('example.org', fakeLookup({ 'example.org': { MX: { status: 'servfail', reason: 'SERVFAIL' } } }));
    expect(r).toMatchObject({ status: 'not-checked', findings: [{ code: 'lookup-failed', params: { reason: 'SERVFAIL' } }] });
    const none = { status: 'not-provided' } as const;
    const pasted = await checkMx('example.org', fakeLookup({ 'example.org': { MX: ['10 mx1.example.org'] }, 'mx1.example.org': { A: none, AAAA: none, CNAME: none } }));
    expect(pasted.findings.slice(1)).toEqual([{ status: 'not-checked', code: 'paste', params: { record: 'A mx1.example.org' } }]);
  });
});

describe('DANE', () => {
  const N = '_25._tcp.mx1.example.org';
  it.each([
    [`3 1 1 ${'ab'.repeat(32)}`, 'pass usable'],
    [`2 0 2 ${'ab'.repeat(64)}`, 'pass usable'],
    [`3 0 0 ${'ab'.repeat(300)}`, 'pass usable'],
    [`1 1 1 ${'ab'.repeat(32)}`, 'warn pkix-usage'],
    [`3 1 1 ${'ab'.repeat(20)}`, 'fail bad-length'],
    [`3 1 2 ${'ab'.repeat(32)}`, 'fail bad-length'],
    ['3 1 1 zz', 'fail bad-record'],
  ])('%s', (text, expected) => expect(tlsaFindings(text, N).map((f) => `${f.status} ${f.code}`)).toEqual([expected]));

  it('checks each MX, always says DNSSEC is not checked, and only warns without TLSA', async () => {
    const lookup = fakeLookup({ [N]: { TLSA: [`3 1 1 ${'ab'.repeat(32)}`] }, '_25._tcp.mx2.example.org': { TLSA: { status: 'timeout', reason: 'ETIMEOUT' } } });
    const [one, two, three] = await checkDane(['mx1.example.org', 'mx2.example.org', 'mx3.example.org'], lookup);
    expect(codes(one!)).toEqual(['pass usable', 'not-checked dnssec-not-checked']);
    expect(one!.status).toBe('not-checked');
    expect(codes(two!)).toEqual(['not-checked lookup-failed', 'not-checked dnssec-not-checked']);
    expect(codes(three!)).toEqual(['warn missing', 'not-checked dnssec-not-checked']);
  });
});

describe('reverse DNS', () => {
  const zone: FakeZone = {
    ...HOSTS,
    '25.2.0.192.in-addr.arpa': { PTR: ['mx1.example.org'] },
    [`5.2.0.0.${'0.'.repeat(20)}8.b.d.0.1.0.0.2.ip6.arpa`]: { PTR: ['other.example.org', 'mx1.example.org'] },
    'other.example.org': { AAAA: ['2001:db8::99'] },
    '26.2.0.192.in-addr.arpa': { PTR: ['elsewhere.example.net'] },
    'elsewhere.example.net': { A: ['198.51.100.7'] },
  };

  it('passes a PTR that resolves back to the address (IPv4 and IPv6, one good PTR among several)', async () => {
    const results = await checkRdns(['mx1.example.org'], fakeLookup(zone));
    expect(results.map((r) => [r.subject, r.status])).toEqual([
      ['25.2.0.192.in-addr.arpa', 'pass'],
      [`5.2.0.0.${'0.'.repeat(20)}8.b.d.0.1.0.0.2.ip6.arpa`, 'pass'],
    ]);
    expect(results[1]!.findings[0]!.params).toEqual({ address: '2001:db8::25', host: 'mx1.example.org', ptr: 'mx1.example.org' });
  });

  it('fails a PTR that does not resolve back, and an address without PTR', async () => {
    const [r] = await checkRdns(['mx2.example.org'], fakeLookup(zone));
    expect(r!.findings).toEqual([{ status: 'fail', code: 'not-confirmed', params: { address: '192.0.2.26', host: 'mx2.example.org', ptr: 'elsewhere.example.net' } }]);
    expect(codes(await checkAddress('192.0.2.99', 'mx9.example.org', fakeLookup(zone)))).toEqual(['fail no-ptr']);
    expect(codes(await checkAddress('not-an-ip', 'mx9.example.org', fakeLookup(zone)))).toEqual(['fail bad-address']);
  });

  it('is not checked when a lookup fails or a PTR was not pasted', async () => {
    const failing = fakeLookup({ ...zone, '25.2.0.192.in-addr.arpa': { PTR: { status: 'servfail', reason: 'SERVFAIL' } } });
    expect((await checkAddress('192.0.2.25', 'mx1.example.org', failing)).status).toBe('not-checked');
    const unpasted = fakeLookup({ 'mx.example.org': { A: { status: 'not-provided' }, AAAA: { status: 'not-provided' } } });
    const [r] = await checkRdns(['mx.example.org'], unpasted);
    expect(r!.findings).toEqual([{ status: 'not-checked', code: 'paste', params: { record: 'A mx.example.org' } }]);
  });
});
