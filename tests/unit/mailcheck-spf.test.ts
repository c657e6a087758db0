/** SPF: the term syntax, and the check over a fake DNS (lookup count, void lookups, loops, the `all` ending). */
import { describe, expect, it } from 'vitest';
import { checkSpf, isSpfRecord, parseSpf } from '../../src/lib/mailcheck/spf.ts';
import { fakeLookup, type FakeZone } from '../fixtures/mailcheck/fake-lookup.ts';
import type { CheckResult } from '../../src/lib/mailcheck/contract.ts';

const codes = (r: CheckResult) => r.findings.map((f) => `${f.status} ${f.code}`);
const find = (r: CheckResult, code: string) => r.findings.find((f) => f.code === code);
const spfOf = (record: string | string[], more: FakeZone = {}) =>
  checkSpf('example.org', fakeLookup({ 'example.org': { TXT: [record].flat(), A: ['192.0.2.1'], MX: ['10 mx.example.org'] }, ...more }));

describe('parseSpf', () => {
  it('reads mechanisms with their qualifiers, and modifiers', () => {
    const { terms, errors } = parseSpf('v=spf1 +a mx:example.net/24 -ip4:192.0.2.0/24 ~ip6:2001:db8::/32 ?include:_spf.example.net exists:%{i}.x.example.org ptr redirect=_spf.example.org exp=explain.example.org -all');
    expect(errors).toEqual([]);
    expect(terms.map((t) => (t.kind === 'mechanism' ? `${t.qualifier}${t.name}:${t.domain ?? ''}` : `${t.name}=${t.value}`))).toEqual([
      '+a:', '+mx:example.net', '-ip4:', '~ip6:', '?include:_spf.example.net', '+exists:%{i}.x.example.org', '+ptr:',
      'redirect=_spf.example.org', 'exp=explain.example.org', '-all:',
    ]);
  });

  it.each([
    'foo', 'ip4:192.0.2.300', 'ip4:192.0.2.0/33', 'ip6:2001:db8::/129', 'ip6:192.0.2.1', 'include', 'include:', 'all:x',
    'a:/24', 'a/33', 'a//129', 'ptr/24', 'include:a..example.org', 'include:example.org/24', 'exists:%{z}.example.org', 'redirect=',
    'unknown=%{', '*all',
  ])('rejects the term %j', (term) => {
    expect(parseSpf(`v=spf1 ${term} -all`).errors).toEqual([term]);
  });

  it('accepts unknown modifiers, dual CIDR lengths and macros', () => {
    expect(parseSpf('v=spf1 a/24//64 mx:example.org//48 include:%{d}._spf.example.org foo=bar -all').errors).toEqual([]);
  });

  it('rejects a second redirect or exp, and a record without v=spf1', () => {
    expect(parseSpf('v=spf1 redirect=a.example.org redirect=b.example.org').errors).toEqual(['redirect=b.example.org']);
    expect(parseSpf('spf1 -all').errors).toEqual(['spf1']);
  });

  it('tells SPF records from other TXT records', () => {
    expect(['v=spf1 -all', 'V=SPF1', 'v=spf1'].every(isSpfRecord)).toBe(true);
    expect(['v=spf10 -all', 'google-site-verification=x', ' v=spf2.0/pra'].some(isSpfRecord)).toBe(false);
  });
});

describe('checkSpf', () => {
  it('passes a good record, counting its DNS-querying terms through includes', async () => {
    const r = await spfOf('v=spf1 mx a include:_spf.example.net -all', { '_spf.example.net': { TXT: ['v=spf1 ip4:192.0.2.0/24 ~all'] } });
    expect(r.status).toBe('pass');
    expect(codes(r)).toEqual(['pass present', 'pass lookups', 'pass all-fail']);
    expect(find(r, 'lookups')!.params).toEqual({ domain: 'example.org', count: 3 });
    expect(r.records).toEqual(['v=spf1 mx a include:_spf.example.net -all']);
  });

  it('fails 11 DNS-querying terms, counted across includes and a redirect (RFC 7208 §4.6.4)', async () => {
    const zone: FakeZone = {
      'b.example.org': { TXT: ['v=spf1 a mx a:x.example.org mx:x.example.org redirect=c.example.org'] },
      'c.example.org': { TXT: ['v=spf1 exists:c.example.org ptr -all'], A: ['192.0.2.10'] },
      'x.example.org': { A: ['192.0.2.9'], MX: ['10 mx.example.org'] },
    };
    // example.org: a, mx, include (3); b: a, mx, a, mx, redirect (5); c: exists, ptr (2): 10, plus one more a.
    const ten = await spfOf('v=spf1 a mx include:b.example.org -all', zone);
    expect(find(ten, 'lookups')!.params!.count).toBe(10);
    const eleven = await spfOf('v=spf1 a mx a include:b.example.org -all', zone);
    expect(eleven.status).toBe('fail');
    expect(find(eleven, 'too-many-lookups')!.params).toEqual({ domain: 'example.org', count: 11 });
    expect(find(eleven, 'ptr')).toMatchObject({ status: 'warn', params: { domain: 'c.example.org' } });
  });

  it('fails +all, warns ?all and a record without all, passes ~all', async () => {
    expect(find(await spfOf('v=spf1 mx +all'), 'all-pass')!.status).toBe('fail');
    expect(find(await spfOf('v=spf1 mx all'), 'all-pass')!.status).toBe('fail');
    expect((await spfOf('v=spf1 mx ?all')).status).toBe('warn');
    expect(codes(await spfOf('v=spf1 mx'))).toContain('warn no-all');
    expect((await spfOf('v=spf1 mx ~all')).status).toBe('pass');
  });

  it('takes the all of a redirect target, and ignores a redirect after all', async () => {
    const zone = { '_spf.example.org': { TXT: ['v=spf1 ip4:192.0.2.0/24 +all'] } };
    expect(codes(await spfOf('v=spf1 redirect=_spf.example.org', zone))).toContain('fail all-pass');
    const r = await spfOf('v=spf1 -all redirect=_spf.example.org', zone);
    expect(codes(r)).toEqual(['pass present', 'pass lookups', 'pass all-fail']);
    expect(find(r, 'lookups')!.params!.count).toBe(0);
  });

  it('fails two SPF records and reads neither', async () => {
    const r = await spfOf(['v=spf1 mx -all', 'v=spf1 a -all', 'other text']);
    expect(codes(r)).toEqual(['fail multiple']);
    expect(find(r, 'multiple')!.params).toEqual({ domain: 'example.org', count: 2 });
  });

  it('fails a missing record, and a bad term anywhere in the tree', async () => {
    expect(codes(await spfOf('something else'))).toEqual(['fail missing']);
    const r = await spfOf('v=spf1 include:_spf.example.net -all', { '_spf.example.net': { TXT: ['v=spf1 ip4:192.0.2.999 -all'] } });
    expect(find(r, 'bad-term')).toEqual({ status: 'fail', code: 'bad-term', params: { domain: '_spf.example.net', term: 'ip4:192.0.2.999' } });
  });

  it('detects an include loop and names it', async () => {
    const r = await spfOf('v=spf1 include:a.example.org -all', { 'a.example.org': { TXT: ['v=spf1 include:example.org -all'] } });
    expect(find(r, 'include-loop')).toEqual({ status: 'fail', code: 'include-loop', params: { domain: 'example.org', chain: 'example.org → a.example.org → example.org' } });
  });

  it('fails more than two void lookups, and an include of a name without SPF', async () => {
    const two = await spfOf('v=spf1 a:none1.example.org mx:none2.example.org -all');
    expect(codes(two)).not.toContain('fail void-lookups');
    const three = await spfOf('v=spf1 a:none1.example.org mx:none2.example.org include:none3.example.org -all');
    expect(find(three, 'void-lookups')!.params).toEqual({ domain: 'example.org', count: 3 });
    expect(find(three, 'include-missing')!.params).toEqual({ domain: 'none3.example.org' });
  });

  it('says "not checked" with the reason when a lookup fails, at the top or in an include', async () => {
    const top = await checkSpf('example.org', fakeLookup({ 'example.org': { TXT: { status: 'servfail', reason: 'SERVFAIL' } } }));
    expect(top.status).toBe('not-checked');
    expect(top.findings).toEqual([{ status: 'not-checked', code: 'lookup-failed', params: { type: 'TXT', name: 'example.org', status: 'servfail', reason: 'SERVFAIL' } }]);
    const inner = await spfOf('v=spf1 include:_spf.example.net -all', { '_spf.example.net': { TXT: { status: 'timeout', reason: 'ETIMEOUT' } } });
    expect(find(inner, 'lookup-failed')!.params).toMatchObject({ name: '_spf.example.net', reason: 'ETIMEOUT' });
  });

  it('stops following after 40 queries and says the count is a lower bound', async () => {
    const zone: FakeZone = {};
    for (let i = 0; i < 60; i++) zone[`i${i}.example.org`] = { TXT: [`v=spf1 include:i${i + 1}.example.org -all`] };
    const r = await spfOf('v=spf1 include:i0.example.org -all', zone);
    expect(find(r, 'too-many-lookups')!.params!.count).toMatch(/^\d+\+$/);
  });
});
