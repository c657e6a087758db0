/**
 * TLS-RPT (RFC 8460): a TXT record at `_smtp._tls.<domain>`, `v=TLSRPTv1; rua=mailto:…` (or `https://…`), where
 * senders report the TLS failures they met delivering to the domain. Optional: its absence is a warn.
 */
import type { CheckResult, Finding, Lookup } from './contract.ts';
import { normalizeName } from './names.ts';
import { collector, recordsOf } from './result.ts';
import { hasVersion, parseTags, type TagList } from './tags.ts';
import type { Code } from './codes.ts';

export const isTlsRptRecord = (text: string) => hasVersion(text, 'TLSRPTv1');

export function parseTlsRpt(text: string): TagList {
  return parseTags(text);
}

/** A report address: `mailto:` with an address, or an `https:` URL (§3). */
const RUA = /^(mailto:[^\s@,]+@[^\s@,]+|https:\/\/[^\s,]+)$/i;

/** What one record says (pure and total). */
export function tlsRptFindings(text: string, name: string): Finding[] {
  const c = collector('tls-rpt');
  const { tags, problems } = parseTlsRpt(text);
  for (const part of problems) c.add('fail', 'syntax', { name, part });
  const rua = tags.get('rua') ?? '';
  const bad = rua.split(',').map((u) => u.trim()).filter((u) => !RUA.test(u));
  if (rua === '') c.add('fail', 'no-rua', { name });
  else if (bad.length > 0) c.add('fail', 'bad-rua', { name, rua: bad.join(', ') });
  else c.add('pass', 'present', { name, rua });
  return c.findings;
}

export async function checkTlsRpt(domain: string, lookup: Lookup): Promise<CheckResult> {
  const c = collector('tls-rpt');
  const name = `_smtp._tls.${normalizeName(domain)}`;
  const answer = await lookup(name, 'TXT');
  const records = recordsOf(answer).filter(isTlsRptRecord);
  if (c.unanswered(answer, name, 'TXT')) return c.result(name, records);
  if (records.length === 0) c.add('warn', 'missing', { name });
  // Several records: senders use none of them (§3).
  if (records.length > 1) c.add('fail', 'multiple', { name, count: records.length });
  if (records.length === 1) for (const f of tlsRptFindings(records[0]!, name)) c.add(f.status, f.code as Code<'tls-rpt'>, f.params);
  return c.result(name, records);
}
