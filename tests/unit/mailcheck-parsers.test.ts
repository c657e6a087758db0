/** The small parsers under the checks: TXT strings, names, IP addresses and reverse names, tag lists, MX, TLSA. */
import { describe, expect, it } from 'vitest';
import { joinTxt } from '../../src/lib/mailcheck/txt.ts';
import { isDomainName, normalizeName, orgDomain } from '../../src/lib/mailcheck/names.ts';
import { expandIPv6, isIpLiteral, parseIPv4, reverseName, sameAddress } from '../../src/lib/mailcheck/ip.ts';
import { hasVersion, parseTags } from '../../src/lib/mailcheck/tags.ts';
import { mxHosts, parseMx } from '../../src/lib/mailcheck/mx.ts';
import { parseTlsa } from '../../src/lib/mailcheck/dane.ts';

describe('joinTxt', () => {
  it('joins the character-strings of one record with nothing between them (RFC 7208 §3.3)', () => {
    expect(joinTxt(['v=spf1 ip4:192.0.2.0/24', ' include:_spf.example.net -all'])).toBe('v=spf1 ip4:192.0.2.0/24 include:_spf.example.net -all');
    expect(joinTxt(['v=DKIM1; p=MIIBIj', 'ANBgkq'])).toBe('v=DKIM1; p=MIIBIjANBgkq');
    expect(joinTxt([])).toBe('');
  });
});

describe('names', () => {
  it.each([
    ['example.org', true], ['Example.ORG.', true], ['_dmarc.example.org', true], ['s1._domainkey.mail.example.test', true],
    ['localhost', false], ['exa mple.org', false], ['-bad.example.org', false], ['a..example.org', false], ['', false],
    [`${'a'.repeat(64)}.example.org`, false], [`${'a.'.repeat(127)}org`, false],
  ])('isDomainName(%j) is %s', (name, ok) => expect(isDomainName(name)).toBe(ok));

  it('normalizes to lower case without the final dot', () => expect(normalizeName(' MX.Example.org. ')).toBe('mx.example.org'));

  it('approximates the organisational domain by the last two labels', () => {
    expect(orgDomain('mail.lists.example.org')).toBe('example.org');
    expect(orgDomain('example.org')).toBe('example.org');
  });
});

describe('IP addresses', () => {
  it.each([
    ['192.0.2.1', [192, 0, 2, 1]], ['0.0.0.0', [0, 0, 0, 0]], ['255.255.255.255', [255, 255, 255, 255]],
    ['256.0.0.1', null], ['192.0.2', null], ['192.0.2.01', null], ['a.b.c.d', null], ['192.0.2.1.5', null],
  ])('parseIPv4(%j)', (text, octets) => expect(parseIPv4(text)).toEqual(octets));

  it.each([
    ['2001:db8::1', '2001:0db8:0000:0000:0000:0000:0000:0001'],
    ['::', '0000:0000:0000:0000:0000:0000:0000:0000'],
    ['::1', '0000:0000:0000:0000:0000:0000:0000:0001'],
    ['2001:DB8:0:0:1::', '2001:0db8:0000:0000:0001:0000:0000:0000'],
    ['2001:db8:1:2:3:4:5:6', '2001:0db8:0001:0002:0003:0004:0005:0006'],
    ['::ffff:192.0.2.1', '0000:0000:0000:0000:0000:ffff:c000:0201'],
    ['2001:db8::1::2', null], ['2001:db8:1:2:3:4:5:6:7', null], ['2001:db8:1:2:3:4:5', null], [':1', null],
    ['2001:db8::g', null], ['12345::', null], ['1:2:3:4:5:6:7::8', null], ['::ffff:192.0.2.300', null],
  ])('expandIPv6(%j)', (text, full) => expect(expandIPv6(text)).toBe(full));

  it('builds reverse names: in-addr.arpa, and one ip6.arpa label per nibble', () => {
    expect(reverseName('192.0.2.25')).toBe('25.2.0.192.in-addr.arpa');
    expect(reverseName('2001:db8::25')).toBe(`5.2.0.0.${'0.'.repeat(20)}8.b.d.0.1.0.0.2.ip6.arpa`);
    expect(reverseName('mx.example.org')).toBeNull();
  });

  it('compares addresses whatever their writing', () => {
    expect(sameAddress('2001:db8::1', '2001:DB8:0:0::0:1')).toBe(true);
    expect(sameAddress('192.0.2.1', '192.0.2.2')).toBe(false);
    expect(sameAddress('x', 'x')).toBe(false);
  });

  it('recognizes IP literals, bracketed or not', () => {
    for (const t of ['192.0.2.1', '[192.0.2.1]', '2001:db8::1', '[IPv6:2001:db8::1]']) expect(isIpLiteral(t), t).toBe(true);
    expect(isIpLiteral('mx.example.org')).toBe(false);
  });
});

describe('tag lists', () => {
  it('reads tags, tolerates spaces and a trailing semicolon, and reports what is not a tag', () => {
    const { tags, problems } = parseTags(' v=DMARC1 ;p = reject; rua=mailto:a@example.org; ; junk ; 9x=1; p=none;');
    expect([...tags]).toEqual([['v', 'DMARC1'], ['p', 'reject'], ['rua', 'mailto:a@example.org']]);
    expect(problems).toEqual(['junk', '9x=1', 'p=none']);
  });

  it('tells a record by its version tag, which must come first', () => {
    expect(hasVersion('v=DMARC1; p=none', 'DMARC1')).toBe(true);
    expect(hasVersion('v = STSv1;id=1', 'STSv1')).toBe(true);
    expect(hasVersion('p=none; v=DMARC1', 'DMARC1')).toBe(false);
    expect(hasVersion('v=DMARC10; p=none', 'DMARC1')).toBe(false);
  });
});

describe('MX and TLSA records', () => {
  it.each([
    ['10 mx.example.org', { preference: 10, host: 'mx.example.org' }],
    ['0 .', { preference: 0, host: '' }],
    ['0', { preference: 0, host: '' }],
    ['5 MX.Example.org.', { preference: 5, host: 'mx.example.org' }],
    ['70000 mx.example.org', null], ['mx.example.org', null], ['10 a b', null],
  ])('parseMx(%j)', (text, mx) => expect(parseMx(text)).toEqual(mx));

  it('lists the MX hosts to check further, most preferred first, without null MX, IP literals or repeats', () => {
    expect(mxHosts(['20 mx2.example.org', '10 mx1.example.org', '30 mx1.example.org', '0 .', '5 192.0.2.1', 'junk'])).toEqual(['mx1.example.org', 'mx2.example.org']);
  });

  it.each([
    [`3 1 1 ${'AB'.repeat(32)}`, { usage: 3, selector: 1, matchingType: 1, data: 'ab'.repeat(32) }],
    [`2 0 2 ${'ab'.repeat(32)} ${'cd'.repeat(32)}`, { usage: 2, selector: 0, matchingType: 2, data: 'ab'.repeat(32) + 'cd'.repeat(32) }],
    ['4 1 1 abcd', null], ['3 2 1 abcd', null], ['3 1 3 abcd', null], ['3 1 1 abc', null], ['3 1 1 xyz', null], ['3 1 1', null],
  ])('parseTlsa(%j)', (text, tlsa) => expect(parseTlsa(text)).toEqual(tlsa));
});
