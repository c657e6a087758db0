/**
 * MX (RFC 5321 §5.1): the domain names the hosts that receive its mail; each host must resolve to addresses, must
 * not be an alias (a CNAME) nor an IP literal. A null MX (`0 .`, RFC 7505) says the domain receives no mail.
 */
import type { CheckResult, Lookup } from './contract.ts';
import { isDomainName, normalizeName } from './names.ts';
import { isIpLiteral } from './ip.ts';
import { collector, isUnanswered, recordsOf, type Collector } from './result.ts';

export interface MxRecord {
  preference: number;
  /** Lower case, without the final dot; empty for a null MX. */
  host: string;
}

/** `<preference> <host>` (the contract's form), or null when it is not that. */
export function parseMx(text: string): MxRecord | null {
  const m = /^\s*(\d{1,5})(?:\s+(\S+))?\s*$/.exec(text);
  if (!m || Number(m[1]) > 65535) return null;
  return { preference: Number(m[1]), host: normalizeName(m[2] ?? '') };
}

/** The MX hosts that can be checked further (DANE, reverse DNS, MTA-STS), most preferred first, each once. */
export function mxHosts(records: readonly string[]): string[] {
  const mxs = records.map(parseMx).filter((m): m is MxRecord => m !== null && m.host !== '' && isDomainName(m.host));
  mxs.sort((a, b) => a.preference - b.preference);
  return [...new Set(mxs.map((m) => m.host))].filter((h) => !isIpLiteral(h));
}

export async function checkMx(domain: string, lookup: Lookup): Promise<CheckResult> {
  const c = collector('mx');
  const answer = await lookup(domain, 'MX');
  const records = recordsOf(answer);
  const done = () => c.result(domain, records);
  if (c.unanswered(answer, domain, 'MX')) return done();
  if (records.length === 0) {
    c.add('fail', 'missing', { domain });
    return done();
  }
  const mxs: MxRecord[] = [];
  for (const record of records) {
    const mx = parseMx(record);
    if (mx && (mx.host === '' || isIpLiteral(mx.host) || isDomainName(mx.host))) mxs.push(mx);
    else c.add('fail', 'bad-record', { record });
  }
  if (mxs.some((m) => m.host === '')) {
    // RFC 7505: a null MX must be the only MX record, otherwise senders cannot tell what is meant.
    if (mxs.length > 1) c.add('fail', 'null-mx-mixed', { domain });
    else c.add('warn', 'null-mx', { domain });
    return done();
  }
  if (mxs.length === 0) return done();
  c.add('pass', 'present', { domain, hosts: mxs.map((m) => `${m.preference} ${m.host}`).join(', ') });
  for (const host of [...new Set(mxs.map((m) => m.host))]) {
    if (isIpLiteral(host)) c.add('fail', 'ip-literal', { host });
    else await checkHost(c, host, lookup);
  }
  return done();
}

/** A host resolves to addresses, and is not itself an alias (RFC 5321 §5.1: MX names must not be CNAMEs). */
async function checkHost(c: Collector<'mx'>, host: string, lookup: Lookup): Promise<void> {
  const [cname, v4, v6] = await Promise.all([lookup(host, 'CNAME'), lookup(host, 'A'), lookup(host, 'AAAA')]);
  const target = recordsOf(cname)[0];
  if (target !== undefined) c.add('warn', 'host-cname', { host, target });
  const addresses = [...recordsOf(v4), ...recordsOf(v6)];
  if (addresses.length > 0) c.add('pass', 'host-resolves', { host, addresses: addresses.join(', ') });
  else if (!isUnanswered(v4) && !isUnanswered(v6)) c.add('fail', 'host-unresolved', { host });
  else {
    // Either family is enough: ask for the A records, and for AAAA only when its own lookup failed.
    c.unanswered(v4, host, 'A');
    if (v6.status !== 'not-provided' || !isUnanswered(v4)) c.unanswered(v6, host, 'AAAA');
  }
  // Not pasted is not worth a finding when the addresses were not pasted either (asking for those is enough).
  if (cname.status !== 'not-provided' || addresses.length > 0) c.unanswered(cname, host, 'CNAME');
}
