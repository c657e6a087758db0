/**
 * Measured mail-security facts of an offer: what a check's reports become in the offer file, and the one reading
 * of them the directory's filter and the offer page share ("publishes the DNS records Gmail asks of every sender").
 */
import { MECHANISMS, type Mechanism, type Report, type RuleId, type Status } from '../mailcheck/contract.ts';
import { worst } from '../mailcheck/result.ts';
import { STORED_RULES } from '../../schemas/mail-names.ts';
import type { MailSecurity } from '../../schemas/mail-security.ts';
import { isKnown, type ProviderEntry } from '../../schemas/provider.ts';

// The rules an offer file keeps are rules of the check's summary.
STORED_RULES satisfies readonly RuleId[];

/**
 * The offer's verdicts from the reports of its mail domains: each mechanism gets the worst status of its results
 * over every domain (a DKIM selector, an MX host…); each stored rule is met only when every domain meets it, not met
 * when one does not. Every mechanism and rule is written, `unknown` where no report speaks of it.
 */
export function mailSecurityFrom(reports: readonly Report[]): MailSecurity {
  const out: MailSecurity = {};
  for (const m of MECHANISMS) {
    const results = reports.flatMap((r) => r.results.filter((x) => x.mechanism === m));
    out[m] = results.length ? worst(results) : 'unknown';
  }
  const rules: NonNullable<MailSecurity['rules']> = {};
  for (const id of STORED_RULES) {
    const said = reports.map((r) => r.summary.find((v) => v.rule === id)?.status);
    if (said.includes('not-met')) rules[id] = 'not-met';
    else if (said.length > 0 && said.every((s) => s === 'met')) rules[id] = 'met';
    else rules[id] = said.some((s) => s === 'not-checked') ? 'not-checked' : 'unknown';
  }
  return { ...out, rules };
}

/** True when a report holds no verdict at all: every lookup failed, so writing it would erase what was known. */
export function checkedNothing(report: Report): boolean {
  return report.results.every((r) => r.status === 'not-checked');
}

/** The offer's measured verdicts, or null when nothing was measured. */
export function measured(p: ProviderEntry): MailSecurity | null {
  const m = p.mail_security;
  return m && m !== 'unknown' ? m : null;
}

/** The verdict of one mechanism, `unknown` when not measured. */
export function mechanismVerdict(p: ProviderEntry, m: Mechanism): Status | 'unknown' {
  return measured(p)?.[m] ?? 'unknown';
}

/**
 * Whether the offer's domains publish the DNS records Gmail asks of every sender: SPF or DKIM, and forward and
 * reverse DNS of its mail servers, as the check's summary said. `unknown` unless both were measured as met or one
 * as not met. The one place this is decided: the directory's filter and the offer page both ask it.
 */
export function meetsGmailDns(p: ProviderEntry): 'yes' | 'no' | 'unknown' {
  const rules = measured(p)?.rules;
  const said = STORED_RULES.map((id) => rules?.[id]);
  if (said.includes('not-met')) return 'no';
  return said.every((s) => s === 'met') ? 'yes' : 'unknown';
}

/** True when any of the offers has a measured value: the directory then offers the filter. */
export function anyMeasured(offers: readonly ProviderEntry[]): boolean {
  return offers.some((p) => isKnown(p.mail_security, 'mail_security'));
}
