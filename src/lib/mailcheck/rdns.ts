/**
 * Reverse DNS of the MX hosts' addresses, forward-confirmed: the address's PTR names a host, and that host resolves
 * back to the same address. Gmail asks it of every sender. The MX hosts stand for the sending servers here, which is
 * what most small hosts run; the PTR name is built by hand (in-addr.arpa, or ip6.arpa nibbles).
 */
import type { CheckResult, Lookup } from './contract.ts';
import { normalizeName } from './names.ts';
import { parseIPv4, reverseName, sameAddress } from './ip.ts';
import { collector, isUnanswered, recordsOf } from './result.ts';

/** One result per address of each MX host; a result for the host itself when its addresses could not be read. */
export async function checkRdns(mxHosts: readonly string[], lookup: Lookup): Promise<CheckResult[]> {
  const perHost = await Promise.all(mxHosts.map(async (host) => {
    const [v4, v6] = await Promise.all([lookup(host, 'A'), lookup(host, 'AAAA')]);
    const addresses = [...recordsOf(v4), ...recordsOf(v6)];
    const results = await Promise.all(addresses.map((address) => checkAddress(address, host, lookup)));
    if (addresses.length === 0 && (isUnanswered(v4) || isUnanswered(v6))) {
      const c = collector('rdns');
      c.unanswered(v4, host, 'A');
      if (v6.status !== 'not-provided' || !isUnanswered(v4)) c.unanswered(v6, host, 'AAAA');
      results.push(c.result(normalizeName(host), []));
    }
    return results;
  }));
  return perHost.flat();
}

/** Whether the address has a PTR whose name resolves back to it. */
export async function checkAddress(address: string, host: string, lookup: Lookup): Promise<CheckResult> {
  const c = collector('rdns');
  const name = reverseName(address);
  if (name === null) {
    c.add('fail', 'bad-address', { address, host });
    return c.result(address, []);
  }
  const answer = await lookup(name, 'PTR');
  const names = recordsOf(answer).map(normalizeName);
  if (c.unanswered(answer, name, 'PTR')) return c.result(name, names);
  if (names.length === 0) {
    c.add('fail', 'no-ptr', { address, host });
    return c.result(name, names);
  }
  const type = parseIPv4(address) ? 'A' : 'AAAA';
  let unknown = false;
  for (const ptr of names) {
    const forward = await lookup(ptr, type);
    if (recordsOf(forward).some((a) => sameAddress(a, address))) {
      c.add('pass', 'confirmed', { address, host, ptr });
      return c.result(name, names);
    }
    unknown = c.unanswered(forward, ptr, type) || unknown;
  }
  if (!unknown) c.add('fail', 'not-confirmed', { address, host, ptr: names.join(', ') });
  return c.result(name, names);
}
