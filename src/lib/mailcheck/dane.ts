/**
 * DANE for SMTP (RFC 7672, RFC 6698): TLSA records at `_25._tcp.<mx host>` pin the host's certificate or key. Only
 * DANE-TA (2) and DANE-EE (3) usages mean something for SMTP (§3.1.3); `3 1 1` (the key's SHA-256) is typical. DANE
 * protects only in a DNSSEC-signed zone, and no library here gives the validated (AD) bit: that is always "not
 * checked". Its absence is only a warn: DANE is optional.
 */
import type { CheckResult, Finding, Lookup } from './contract.ts';
import { normalizeName } from './names.ts';
import { collector, recordsOf } from './result.ts';
import type { Code } from './codes.ts';

export interface Tlsa {
  usage: number;
  selector: number;
  matchingType: number;
  /** Lower-case hex. */
  data: string;
}

/** `<usage> <selector> <matching type> <hex>` (hex possibly in several words), or null. */
export function parseTlsa(text: string): Tlsa | null {
  const m = /^\s*(\d{1,3})\s+(\d{1,3})\s+(\d{1,3})\s+([0-9a-fA-F\s]+)$/.exec(text);
  if (!m) return null;
  const [usage, selector, matchingType] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const data = m[4]!.replace(/\s+/g, '').toLowerCase();
  if (usage > 3 || selector > 1 || matchingType > 2 || data === '' || data.length % 2 === 1) return null;
  return { usage, selector, matchingType, data };
}

/** The data length each matching type implies: SHA-256 and SHA-512 digests; the full data has no fixed length. */
const LENGTHS: Record<number, number | undefined> = { 1: 32, 2: 64 };

/** What one TLSA record says (pure and total). */
export function tlsaFindings(text: string, name: string): Finding[] {
  const c = collector('dane');
  const t = parseTlsa(text);
  const expected = t ? LENGTHS[t.matchingType] : undefined;
  if (!t) c.add('fail', 'bad-record', { name, record: text });
  else if (expected !== undefined && t.data.length / 2 !== expected) {
    c.add('fail', 'bad-length', { name, bytes: t.data.length / 2, expected });
  } else if (t.usage < 2) c.add('warn', 'pkix-usage', { name, usage: t.usage });
  else c.add('pass', 'usable', { name, record: `${t.usage} ${t.selector} ${t.matchingType}` });
  return c.findings;
}

/** One result per MX host. */
export async function checkDane(mxHosts: readonly string[], lookup: Lookup): Promise<CheckResult[]> {
  return Promise.all(mxHosts.map(async (host) => {
    const c = collector('dane');
    const name = `_25._tcp.${normalizeName(host)}`;
    const answer = await lookup(name, 'TLSA');
    const records = recordsOf(answer);
    if (!c.unanswered(answer, name, 'TLSA')) {
      if (records.length === 0) c.add('warn', 'missing', { name, host });
      for (const r of records) for (const f of tlsaFindings(r, name)) c.add(f.status, f.code as Code<'dane'>, f.params);
    }
    c.add('not-checked', 'dnssec-not-checked', { name });
    return c.result(name, records);
  }));
}
