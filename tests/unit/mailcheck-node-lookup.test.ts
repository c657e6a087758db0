/** The Node lookup (node:dns Resolver) against the loopback DNS server serving the fixture zones. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dnsLookup } from '../../src/node/mailcheck/lookup.ts';
import { failure } from '../../src/node/mailcheck/records.ts';
import { startDnsServer, type DnsServer } from '../fixtures/mailcheck/dns-server.ts';
import { RSA_2048, RSA_4096, TLSA_SHA256 } from '../fixtures/mailcheck/keys.ts';
import { reverseName, ZONE_LIST, ZONES } from '../fixtures/mailcheck/zones.ts';

let server: DnsServer;
beforeAll(async () => {
  server = await startDnsServer(ZONE_LIST);
});
afterAll(() => server.stop());

const lookup = (timeoutMs = 2000) => dnsLookup({ server: server.address, timeoutMs, tries: 1 });

describe('dnsLookup', () => {
  it('gives MX, A, AAAA and TXT as the contract presents them', async () => {
    const l = lookup();
    expect(await l('GOOD.test.', 'MX')).toEqual({ status: 'ok', records: ['10 mx1.good.test'] });
    expect(await l('mx1.good.test', 'A')).toEqual({ status: 'ok', records: ['192.0.2.10'] });
    expect(await l('mx1.good.test', 'AAAA')).toEqual({ status: 'ok', records: ['2001:db8::a'] });
    expect(await l('good.test', 'TXT')).toEqual({ status: 'ok', records: ['v=spf1 mx -all'] });
  });

  it('answers PTR by reverse name or by address', async () => {
    const l = lookup();
    expect(await l(reverseName('192.0.2.10'), 'PTR')).toEqual({ status: 'ok', records: ['mx1.good.test'] });
    expect(await l('192.0.2.10', 'PTR')).toEqual({ status: 'ok', records: ['mx1.good.test'] });
    expect(await l('2001:db8::a', 'PTR')).toEqual({ status: 'ok', records: ['mx1.good.test'] });
  });

  it('joins the strings of a split TXT record, and reads a long one over TCP', async () => {
    const l = lookup();
    expect(await l('txt-split.test', 'TXT')).toEqual({ status: 'ok', records: ['v=spf1 ip4:192.0.2.17 ip6:2001:db8::11 mx -all'] });
    const key = await l('s4096._domainkey.txt-split.test', 'TXT');
    expect(key).toEqual({ status: 'ok', records: [`v=DKIM1; k=rsa; p=${RSA_4096}`] });
    // Too big for a 512-byte UDP answer: the server set TC and the client asked again over TCP.
    expect(server.overTcp).toEqual(['TXT s4096._domainkey.txt-split.test']);
  });

  it('follows a CNAME for other types, and answers CNAME itself unfollowed', async () => {
    const l = lookup();
    expect(await l('s2048._domainkey.good.test', 'TXT')).toEqual({ status: 'ok', records: [`v=DKIM1; k=rsa; p=${RSA_2048}`] });
    expect(await l('s2048._domainkey.good.test', 'CNAME')).toEqual({ status: 'ok', records: ['s2048.keys.good.test'] });
    expect(await l('s2048._domainkey.good.test', 'AAAA')).toEqual({ status: 'nodata' });
  });

  it('reads TLSA as usage, selector, matching type and hex data', async () => {
    expect(await lookup()('_25._tcp.mx1.good.test', 'TLSA')).toEqual({ status: 'ok', records: [`3 1 1 ${TLSA_SHA256}`] });
  });

  it('tells NXDOMAIN from NODATA', async () => {
    const l = lookup();
    expect(await l('nothing-here.good.test', 'TXT')).toEqual({ status: 'nxdomain' });
    expect(await l('good.test', 'AAAA')).toEqual({ status: 'nodata' });
  });

  it('stops a CNAME loop and says where it went round', async () => {
    const answer = await lookup()('_dmarc.cname-loop.test', 'TXT');
    expect(answer).toEqual({ status: 'cname-loop', reason: '_dmarc.cname-loop.test → dmarc.cname-loop.test → _dmarc.cname-loop.test' });
  });

  it('reports SERVFAIL, and a server that never answers as a timeout within the deadline', async () => {
    const l = lookup(400);
    expect(await l(`_dmarc.${ZONES.servfail.domain}`, 'TXT')).toEqual({ status: 'servfail', reason: 'SERVFAIL' });
    const start = Date.now();
    const answer = await l(`_dmarc.${ZONES.timeout.domain}`, 'TXT');
    expect(answer.status).toBe('timeout');
    expect(Date.now() - start).toBeLessThan(1500);
  });

  it('asks each question once', async () => {
    const l = lookup();
    const before = server.queries.filter((q) => q === 'TXT _dmarc.good.test').length;
    await Promise.all([l('_dmarc.good.test', 'TXT'), l('_dmarc.good.test.', 'TXT'), l('_DMARC.good.test', 'TXT')]);
    expect(server.queries.filter((q) => q === 'TXT _dmarc.good.test').length - before).toBe(1);
  });

  it('gives an unanswered status, never a throw, when no server listens', async () => {
    const closed = await startDnsServer([]);
    await closed.stop();
    const answer = await dnsLookup({ server: closed.address, timeoutMs: 400, tries: 1 })('good.test', 'MX');
    expect(['error', 'timeout', 'refused']).toContain(answer.status);
  });
});

describe('failure', () => {
  it.each([
    ['ENOTFOUND', { status: 'nxdomain' }],
    ['ENODATA', { status: 'nodata' }],
    ['ESERVFAIL', { status: 'servfail', reason: 'SERVFAIL' }],
    ['ETIMEOUT', { status: 'timeout', reason: 'ETIMEOUT' }],
    ['EREFUSED', { status: 'refused', reason: 'REFUSED' }],
    ['ECONNREFUSED', { status: 'error', reason: 'ECONNREFUSED' }],
    ['EBADRESP', { status: 'error', reason: 'EBADRESP' }],
  ])('maps %s', (code, answer) => {
    expect(failure(Object.assign(new Error(code), { code }))).toEqual(answer);
  });
});
