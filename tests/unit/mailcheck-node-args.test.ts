/** `npm run check:mail` arguments, and the tally that tells "nothing could be checked". */
import { describe, expect, it } from 'vitest';
import type { Lookup, LookupAnswer } from '../../src/lib/mailcheck/contract.ts';
import { asDomain, dnsServer, parseCliArgs } from '../../src/node/mailcheck/args.ts';
import { tally } from '../../src/node/mailcheck/tally.ts';

describe('parseCliArgs', () => {
  it('reads a domain check with every option', () => {
    expect(parseCliArgs(['Example.ORG.', '--dkim-selector', 'S1', '--dkim-selector', 'mail.2024', '--dns', '192.0.2.53:5353', '--timeout', '800', '--json', '--lang', 'en'])).toEqual({
      mode: 'domain', domain: 'example.org', dkimSelectors: ['s1', 'mail.2024'], dns: '192.0.2.53:5353', timeoutMs: 800, json: true, lang: 'en',
    });
    expect(parseCliArgs(['example.org'])).toEqual({ mode: 'domain', domain: 'example.org', dkimSelectors: [], json: false, lang: 'fr' });
  });

  it('reads --offers with or without ids', () => {
    expect(parseCliArgs(['--offers'])).toEqual({ mode: 'offers', ids: [] });
    expect(parseCliArgs(['--offers', 'a-host', 'b-host', '--dns', '2001:db8::53'])).toEqual({ mode: 'offers', ids: ['a-host', 'b-host'], dns: '[2001:db8::53]:53' });
    expect(parseCliArgs(['-h'])).toEqual({ mode: 'help' });
  });

  it.each([
    [[], /expected one domain, got none/],
    [['example.org', 'example.net'], /expected one domain, got example\.org example\.net/],
    [['localhost'], /"localhost" is not a domain name/],
    [['192.0.2.1'], /"192\.0\.2\.1" is not a domain name/],
    [['exa_mple.org'], /is not a domain name/],
    [['exa mple.org'], /is not a domain name/],
    [['example.org', '--dns', 'dns.example.net'], /^--dns: expected an IP address/],
    [['example.org', '--dns', '192.0.2.53:99999'], /^--dns: /],
    [['example.org', '--timeout', 'soon'], /^--timeout: expected a number of milliseconds, got "soon"/],
    [['example.org', '--timeout=-5'], /^--timeout: expected a number/],
    [['example.org', '--lang', 'de'], /^--lang: expected fr or en, got "de"/],
    [['example.org', '--dkim-selector', 'two words'], /^--dkim-selector: "two words" is not a selector/],
    [['example.org', '--dkim-selector', 's1._domainkey'], /^--dkim-selector: /],
    [['example.org', '--colour'], /Unknown option '--colour'/],
    [['--offers', '--json'], /^--offers measures the offers' own domains: --json does not apply/],
    [['--offers', '--dkim-selector', 's1'], /^--offers .*--dkim-selector/],
  ])('refuses %j', (argv, message) => {
    const r = parseCliArgs(argv);
    expect(r).toHaveProperty('error');
    expect((r as { error: string }).error).toMatch(message);
  });
});

describe('asDomain and dnsServer', () => {
  it('takes internationalised names in their ASCII form', () => {
    expect(asDomain('Exämple.ORG.')).toBe('xn--exmple-cua.org');
    expect(asDomain('example.123')).toBeNull();
    expect(asDomain('-bad.example.org')).toBeNull();
  });

  it.each([
    ['192.0.2.53', '192.0.2.53:53'],
    ['127.0.0.1:5353', '127.0.0.1:5353'],
    ['2001:db8::53', '[2001:db8::53]:53'],
    ['[2001:db8::53]:5353', '[2001:db8::53]:5353'],
    ['[2001:db8::53]', '[2001:db8::53]:53'],
    ['dns.example.org:53', null],
    ['192.0.2.53:0', null],
    ['[192.0.2.530]:53', null],
  ])('%s → %s', (raw, expected) => {
    expect(dnsServer(raw)).toBe(expected);
  });
});

describe('tally', () => {
  const fixed = (answers: LookupAnswer[]): Lookup => {
    let i = 0;
    return async () => answers[i++ % answers.length]!;
  };

  it('says nothing was answered only when every question failed', async () => {
    const failed = tally(fixed([{ status: 'timeout', reason: 'ETIMEOUT' }, { status: 'servfail', reason: 'SERVFAIL' }, { status: 'error', reason: 'ECONNREFUSED' }]));
    expect(failed.nothingAnswered()).toBe(false);
    for (let i = 0; i < 3; i++) await failed.lookup('example.org', 'TXT');
    expect([failed.asked, failed.unanswered, failed.nothingAnswered()]).toEqual([3, 3, true]);
    // NXDOMAIN, NODATA and a CNAME loop are answers: the domain was checked, and has a problem.
    for (const answer of [{ status: 'nxdomain' }, { status: 'nodata' }, { status: 'cname-loop', reason: 'a → a' }] as LookupAnswer[]) {
      const t = tally(fixed([{ status: 'timeout', reason: 'ETIMEOUT' }, answer]));
      await t.lookup('example.org', 'MX');
      await t.lookup('example.org', 'TXT');
      expect(t.nothingAnswered()).toBe(false);
    }
  });
});
