/**
 * node:dns answers as the contract's presentation strings (src/lib/mailcheck/contract.ts, LookupAnswer), and
 * node:dns error codes as answer statuses.
 */
import type { promises as dns } from 'node:dns';
import { isIP } from 'node:net';
import type { LookupAnswer, RecordType } from '../../lib/mailcheck/contract.ts';
import { joinTxt } from '../../lib/mailcheck/txt.ts';

type Resolver = dns.Resolver;

const host = (name: string) => name.toLowerCase().replace(/\.$/, '');

/** Asks `resolver` one question and gives the records as presentation strings (throws node:dns errors). */
export async function query(resolver: Resolver, name: string, type: RecordType): Promise<string[]> {
  switch (type) {
    case 'A':
      return resolver.resolve4(name);
    case 'AAAA':
      return resolver.resolve6(name);
    case 'MX':
      // A null MX (RFC 7505) has the root as its host: node:dns gives "", shown as ".".
      return (await resolver.resolveMx(name)).map((r) => `${r.priority} ${host(r.exchange) || '.'}`);
    case 'TXT':
      return (await resolver.resolveTxt(name)).map(joinTxt);
    case 'CNAME':
      return (await resolver.resolveCname(name)).map(host);
    case 'PTR':
      // The checks may ask with the address itself or with its in-addr.arpa / ip6.arpa name.
      return (await (isIP(name) ? resolver.reverse(name) : resolver.resolvePtr(name))).map(host);
    case 'TLSA':
      return (await resolver.resolveTlsa(name)).map((r) => `${r.certUsage} ${r.selector} ${r.match} ${Buffer.from(r.data).toString('hex')}`);
  }
}

/**
 * A node:dns error as an answer: NXDOMAIN and NODATA are answers; the rest leave the question unanswered. Reasons
 * are the DNS's own words (SERVFAIL, REFUSED, the error code): the texts around them are translated, these are not.
 */
export function failure(e: unknown): LookupAnswer {
  const code = (e as NodeJS.ErrnoException)?.code ?? '';
  switch (code) {
    case 'ENOTFOUND':
      return { status: 'nxdomain' };
    case 'ENODATA':
      return { status: 'nodata' };
    case 'ESERVFAIL':
      return { status: 'servfail', reason: 'SERVFAIL' };
    case 'ETIMEOUT':
      return { status: 'timeout', reason: 'ETIMEOUT' };
    case 'EREFUSED':
      return { status: 'refused', reason: 'REFUSED' };
    default:
      return { status: 'error', reason: code || (e as Error)?.message || String(e) };
  }
}
