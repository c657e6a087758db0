/**
 * MTA-STS (RFC 8461): a TXT record at `_mta-sts.<domain>` (`v=STSv1; id=…`) announces a policy served at
 * `https://mta-sts.<domain>/.well-known/mta-sts.txt`, which tells senders to require TLS to the listed MX hosts.
 * Statuses: no record at all is a warn (optional, but without it an attacker on the path can strip STARTTLS); a
 * record whose policy is missing fails (senders see a policy announced and cannot get it); the policy's own findings
 * are in mta-sts-policy.ts.
 */
import type { CheckResult, Lookup, PolicyFetch } from './contract.ts';
import { normalizeName } from './names.ts';
import { collector, recordsOf } from './result.ts';
import { hasVersion, parseTags } from './tags.ts';
import { stsPolicyFindings } from './mta-sts-policy.ts';
import type { Code } from './codes.ts';

export { parseStsPolicy, mxMatches, stsPolicyFindings } from './mta-sts-policy.ts';

export const isStsRecord = (text: string) => hasVersion(text, 'STSv1');

/** Whether the TXT record is valid: `v=STSv1` and an `id` of 1 to 32 letters and digits (§3.1). */
export function isValidStsRecord(text: string): boolean {
  const { tags, problems } = parseTags(text);
  return isStsRecord(text) && problems.length === 0 && /^[A-Za-z0-9]{1,32}$/.test(tags.get('id') ?? '');
}

export const policyUrl = (domain: string) => `https://mta-sts.${normalizeName(domain)}/.well-known/mta-sts.txt`;

export async function checkMtaSts(domain: string, mxHosts: readonly string[], lookup: Lookup, fetchPolicy: PolicyFetch): Promise<CheckResult> {
  const c = collector('mta-sts');
  const name = `_mta-sts.${normalizeName(domain)}`;
  const url = policyUrl(domain);
  const answer = await lookup(name, 'TXT');
  const records = recordsOf(answer).filter(isStsRecord);
  const done = () => c.result(name, records);
  // Not pasted: the record is asked for, and a pasted policy is still read.
  if (c.unanswered(answer, name, 'TXT') && answer.status !== 'not-provided') return done();
  if (answer.status !== 'not-provided') {
    if (records.length === 0) c.add('warn', 'no-record', { name });
    // Several records: senders treat the domain as having no policy (§3.1).
    if (records.length > 1) c.add('fail', 'multiple', { name, count: records.length });
    if (records.length !== 1) return done();
    if (isValidStsRecord(records[0]!)) c.add('pass', 'present', { name, id: parseTags(records[0]!).tags.get('id')! });
    else c.add('fail', 'bad-record', { name, record: records[0]! });
  }
  const policy = await fetchPolicy(normalizeName(domain));
  if (policy.status === 'not-provided') c.add('not-checked', 'paste-policy', { url });
  else if (policy.status === 'error') c.add('not-checked', 'policy-error', { url, reason: policy.reason });
  else if (policy.status === 'missing') c.add('fail', 'policy-missing', { url, reason: policy.reason });
  else for (const f of stsPolicyFindings(policy.text, mxHosts, url)) c.add(f.status, f.code as Code<'mta-sts'>, f.params);
  return done();
}
