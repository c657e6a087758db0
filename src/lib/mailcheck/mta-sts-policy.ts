/**
 * The MTA-STS policy text (RFC 8461 §3.2): `key: value` lines (version, mode, mx, max_age), and the `mx:` patterns
 * that name the hosts senders may deliver to, where `*.example.org` stands for exactly one more label on the left.
 */
import type { Finding } from './contract.ts';
import { normalizeName } from './names.ts';
import { collector } from './result.ts';

export interface StsPolicy {
  version?: string;
  mode?: string;
  mx: string[];
  maxAge?: string;
  /** The lines that are not `key: value`. */
  problems: string[];
}

/** Total: any text gives a policy (possibly empty) and the lines it could not read. */
export function parseStsPolicy(text: string): StsPolicy {
  const policy: StsPolicy = { mx: [], problems: [] };
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const m = /^([A-Za-z0-9_]+):[ \t]*(.*?)[ \t]*$/.exec(line);
    if (!m) policy.problems.push(line);
    else if (m[1] === 'mx') policy.mx.push(m[2]!);
    // Of a key given twice the first counts; unknown keys are ignored (§3.2).
    else if (m[1] === 'version') policy.version ??= m[2];
    else if (m[1] === 'mode') policy.mode ??= m[2];
    else if (m[1] === 'max_age') policy.maxAge ??= m[2];
  }
  return policy;
}

/** Whether an `mx:` pattern covers a host (case-insensitive; a wildcard covers one label only, §4.1). */
export function mxMatches(pattern: string, host: string): boolean {
  const p = normalizeName(pattern);
  const h = normalizeName(host);
  if (!p.startsWith('*.')) return p === h;
  const suffix = p.slice(1);
  const left = h.slice(0, -suffix.length);
  return h.length > suffix.length && h.endsWith(suffix) && !left.includes('.');
}

/** The longest max_age the RFC allows: about one year. */
const MAX_AGE = 31557600;
/** Below a day, a policy protects little: a sender that has not seen it for a day forgets it. */
const SHORT_AGE = 86400;

/**
 * What a policy says about the domain's MX hosts (pure and total). Statuses: `enforce` passes; `testing` is a warn
 * (failures are only reported, mail is still delivered without TLS); `none` is a warn (the policy is being withdrawn);
 * an MX host no pattern covers fails, since in enforce mode senders refuse to deliver to it.
 */
export function stsPolicyFindings(text: string, mxHosts: readonly string[], url: string): Finding[] {
  const c = collector('mta-sts');
  const policy = parseStsPolicy(text);
  for (const line of policy.problems) c.add('fail', 'policy-syntax', { url, line });
  if (policy.version !== 'STSv1') c.add('fail', 'policy-version', { url, version: policy.version ?? '' });
  const mode = policy.mode ?? '';
  if (mode === 'enforce') c.add('pass', 'mode-enforce', { url });
  else if (mode === 'testing') c.add('warn', 'mode-testing', { url });
  else if (mode === 'none') c.add('warn', 'mode-none', { url });
  else c.add('fail', 'policy-mode', { url, mode });
  const age = policy.maxAge ?? '';
  if (!/^\d{1,10}$/.test(age) || Number(age) > MAX_AGE) c.add('fail', 'max-age', { url, value: age });
  else if (Number(age) < SHORT_AGE) c.add('warn', 'max-age-short', { url, value: Number(age) });
  if (mode === 'none') return c.findings;
  for (const host of mxHosts) {
    const pattern = policy.mx.find((p) => mxMatches(p, host));
    if (pattern === undefined) c.add('fail', 'mx-uncovered', { url, host });
    else c.add('pass', 'mx-covered', { url, host, pattern });
  }
  return c.findings;
}
