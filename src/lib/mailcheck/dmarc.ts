/**
 * DMARC (RFC 7489): one `v=DMARC1` record at `_dmarc.<domain>`, else at the organisational domain (§6.6.3). Its
 * policy `p` (none is enough for the big providers' bulk rule, but only monitors), `pct`, the `rua` address that
 * receives the aggregate reports, the alignment modes and the subdomain policy.
 */
import type { CheckResult, Finding, Lookup } from './contract.ts';
import { normalizeName, orgDomain } from './names.ts';
import { collector, recordsOf, type Collector } from './result.ts';
import { hasVersion, parseTags, type TagList } from './tags.ts';
import type { Code } from './codes.ts';

const POLICIES = ['none', 'quarantine', 'reject'];
const URI = /^[a-z][a-z0-9+.-]*:[^\s,!]+(!\d+[kmgt]?)?$/i;

export function isDmarcRecord(text: string): boolean {
  return hasVersion(text, 'DMARC1');
}

export function parseDmarc(text: string): TagList {
  return parseTags(text);
}

/** What one record says (pure and total). `forSubdomain`: the record was found at the organisational domain. */
export function dmarcFindings(text: string, name: string, forSubdomain = false): Finding[] {
  const c = collector('dmarc');
  const { tags, problems } = parseDmarc(text);
  for (const part of problems) c.add('fail', 'syntax', { name, part });
  /** Whether the tag is present and valid; an invalid value is reported. */
  const valid = (tag: string, ok: (v: string) => boolean) => {
    const value = tags.get(tag);
    if (value === undefined) return false;
    if (ok(value)) return true;
    c.add('fail', 'bad-tag', { name, tag, value });
    return false;
  };
  const p = tags.get('p');
  const sp = valid('sp', (v) => POLICIES.includes(v)) ? tags.get('sp') : undefined;
  if (p === undefined) c.add('fail', 'no-policy', { name });
  else if (!POLICIES.includes(p)) c.add('fail', 'bad-policy', { name, p });
  else {
    // A subdomain without its own record gets the organisational domain's `sp`, or else its `p`.
    const applied = (forSubdomain && sp) || p;
    c.add(applied === 'none' ? 'warn' : 'pass', applied === 'none' ? 'policy-none' : 'policy', { name, p: applied });
  }
  if (sp !== undefined) c.add('pass', 'sp', { name, sp });
  if (valid('pct', (v) => /^\d{1,3}$/.test(v) && Number(v) <= 100) && Number(tags.get('pct')) < 100) {
    c.add('warn', 'pct', { name, pct: Number(tags.get('pct')) });
  }
  const uris = (v: string) => v.split(',').every((u) => URI.test(u.trim()));
  valid('ruf', uris);
  if (tags.get('rua') && valid('rua', uris)) c.add('pass', 'rua', { name, rua: tags.get('rua')! });
  else if (!tags.get('rua')) c.add('warn', 'no-rua', { name });
  const mode = (tag: string) => (valid(tag, (v) => v === 'r' || v === 's') ? tags.get(tag)! : 'r');
  c.add('pass', 'alignment', { name, adkim: mode('adkim'), aspf: mode('aspf') });
  return c.findings;
}

export async function checkDmarc(domain: string, lookup: Lookup): Promise<CheckResult> {
  const c = collector('dmarc');
  const org = orgDomain(domain);
  let name = `_dmarc.${normalizeName(domain)}`;
  let records = await read(c, name, lookup);
  if (records?.length === 0 && org !== normalizeName(domain)) {
    name = `_dmarc.${org}`;
    records = await read(c, name, lookup);
  }
  if (!records) return c.result(name, []);
  if (records.length === 0) c.add('fail', 'missing', { name: `_dmarc.${normalizeName(domain)}` });
  // Several records: receivers apply none (§6.6.3).
  if (records.length > 1) c.add('fail', 'multiple', { name, count: records.length });
  if (records.length !== 1) return c.result(name, records);
  const atOrg = name !== `_dmarc.${normalizeName(domain)}`;
  c.add('pass', atOrg ? 'org-domain' : 'present', { name, domain });
  for (const f of dmarcFindings(records[0]!, name, atOrg)) c.add(f.status, f.code as Code<'dmarc'>, f.params);
  return c.result(name, records);
}

/** The DMARC records at a name (other TXT records there are ignored, §6.6.3); null when it could not be read. */
async function read(c: Collector<'dmarc'>, name: string, lookup: Lookup): Promise<string[] | null> {
  const answer = await lookup(name, 'TXT');
  return c.unanswered(answer, name, 'TXT') ? null : recordsOf(answer).filter(isDmarcRecord);
}
