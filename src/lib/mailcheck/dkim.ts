/**
 * DKIM keys (RFC 6376 §3.6.1): the TXT record at `<selector>._domainkey.<domain>`. Its key must parse; an RSA key
 * must have at least 1024 bits (RFC 8301; 2048 recommended), an Ed25519 key is 32 bytes (RFC 8463); an empty `p=`
 * means the key was revoked. Selectors cannot be listed from DNS: each must be given.
 */
import type { CheckResult, Finding, Lookup } from './contract.ts';
import { isDomainName } from './names.ts';
import { collector, recordsOf } from './result.ts';
import { parseTags, type TagList } from './tags.ts';
import { decodeBase64, rsaModulusBits } from './dkim-key.ts';
import type { Code } from './codes.ts';

/** The record's tags (v, k, p, h, t, …) and the parts that are not tags. */
export function parseDkim(text: string): TagList {
  return parseTags(text);
}

/** What one key record says on its own (pure and total: any text gives findings). */
export function dkimFindings(text: string, name: string): Finding[] {
  const c = collector('dkim');
  const { tags, problems } = parseDkim(text);
  for (const part of problems) c.add('fail', 'syntax', { name, part });
  const v = tags.get('v');
  if (v !== undefined && v !== 'DKIM1') c.add('fail', 'bad-version', { name, v });
  const list = (tag: string) => (tags.get(tag) ?? '').split(':').map((x) => x.trim());
  // h= lists the hashes allowed; receivers verify only sha256 (RFC 8301), so a list without it makes every signature fail.
  if (tags.has('h') && !list('h').includes('sha256')) c.add('fail', 'sha1-only', { name, h: tags.get('h')! });
  if (list('t').includes('y')) c.add('warn', 'testing', { name });
  const p = tags.get('p')?.replace(/\s+/g, '');
  const k = tags.get('k') ?? 'rsa';
  if (p === undefined) c.add('fail', 'no-key', { name });
  else if (p === '') c.add('fail', 'revoked', { name });
  else if (k !== 'rsa' && k !== 'ed25519') c.add('fail', 'unknown-key-type', { name, k });
  else {
    const bytes = decodeBase64(p);
    if (!bytes) c.add('fail', 'bad-base64', { name });
    else if (k === 'ed25519') {
      if (bytes.length === 32) c.add('pass', 'ed25519', { name });
      else c.add('fail', 'ed25519-bad-key', { name, bytes: bytes.length });
    } else {
      const bits = rsaModulusBits(bytes);
      if (bits === null) c.add('fail', 'bad-key', { name });
      else if (bits < 1024) c.add('fail', 'rsa-weak', { name, bits });
      else if (bits < 2048) c.add('warn', 'rsa-short', { name, bits });
      else c.add('pass', 'rsa-ok', { name, bits });
    }
  }
  return c.findings;
}

export async function checkDkim(domain: string, selector: string, lookup: Lookup): Promise<CheckResult> {
  const c = collector('dkim');
  const name = `${selector}._domainkey.${domain}`;
  if (!isDomainName(name)) {
    c.add('fail', 'bad-selector', { selector });
    return c.result(name, []);
  }
  const answer = await lookup(name, 'TXT');
  const records = recordsOf(answer);
  if (c.unanswered(answer, name, 'TXT')) return c.result(name, records);
  if (records.length === 0) c.add('fail', 'missing', { name });
  // Several keys under one selector leave the receiver to pick one (RFC 6376 §3.6.2.2): signatures fail at random.
  if (records.length > 1) c.add('fail', 'multiple', { name, count: records.length });
  for (const record of records) for (const f of dkimFindings(record, name)) c.add(f.status, f.code as Code<'dkim'>, f.params);
  return c.result(name, records);
}

/** The result when no selector was given: DKIM is not checked, and says so. */
export function dkimWithoutSelector(domain: string): CheckResult {
  const c = collector('dkim');
  c.add('not-checked', 'no-selector', { domain });
  return c.result(`_domainkey.${domain}`, []);
}
