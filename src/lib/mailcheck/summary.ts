/**
 * The summary: which of the big providers' published rules (RULES in the contract) the DNS shows this domain meets.
 * Never a score: one verdict per rule, and "not shown by DNS" for the rules DNS cannot show (TLS use, spam rate,
 * message format, alignment of actual messages, unsubscribe links).
 */
import { RULES, type CheckResult, type Mechanism, type RuleId, type RuleStatus, type RuleVerdict } from './contract.ts';

/** What a set of results shows about a rule: met, not met, or unknown (lookups failed, records not pasted…). */
type Shown = 'ok' | 'bad' | 'unknown';

/** A result with warnings still does its job (an SPF record ending in ?all still authenticates); a failed one does not. */
const shownBy = (r: CheckResult): Shown => (r.status === 'fail' ? 'bad' : r.status === 'not-checked' ? 'unknown' : 'ok');

/** Any of them: met if one is; not met only if every one is known to fail. */
function anyOf(states: Shown[]): Shown {
  if (states.includes('ok')) return 'ok';
  return states.length > 0 && states.every((s) => s === 'bad') ? 'bad' : 'unknown';
}

/** All of them: not met if one fails; met only if every one is known to pass. */
function allOf(states: Shown[]): Shown {
  if (states.includes('bad')) return 'bad';
  return states.length > 0 && states.every((s) => s === 'ok') ? 'ok' : 'unknown';
}

const STATUS: Record<Shown, RuleStatus> = { ok: 'met', bad: 'not-met', unknown: 'not-checked' };

export function summarize(results: readonly CheckResult[]): RuleVerdict[] {
  const of = (m: Mechanism) => results.filter((r) => r.mechanism === m);
  const spf = allOf(of('spf').map(shownBy));
  // DKIM: one good key is enough, whatever the other selectors show.
  const dkim = anyOf(of('dkim').map(shownBy));
  const has = (m: Mechanism, codes: string[]) => of(m).some((r) => r.findings.some((f) => codes.includes(f.code)));
  // Forward DNS: the MX hosts resolve (a host that does not fails the rule); reverse: each address is confirmed.
  const forward: Shown = has('mx', ['host-unresolved', 'ip-literal']) ? 'bad' : 'ok';
  // DMARC: any valid record, p=none included (the rule asks for a record, not for enforcement).
  const dmarcRecord = has('dmarc', ['policy', 'policy-none']);
  const dmarc: Shown = dmarcRecord ? 'ok' : of('dmarc').some((r) => r.status === 'fail') ? 'bad' : 'unknown';
  const decided: Partial<Record<RuleId, [Shown, Mechanism[]]>> = {
    'spf-or-dkim': [anyOf([spf, dkim]), ['spf', 'dkim']],
    'forward-reverse-dns': [allOf([forward, allOf(of('rdns').map(shownBy))]), ['mx', 'rdns']],
    'spf-and-dkim': [allOf([spf, dkim]), ['spf', 'dkim']],
    dmarc: [dmarc, ['dmarc']],
  };
  return RULES.map((rule): RuleVerdict => {
    const d = decided[rule.id];
    if (!rule.dns || !d) return { rule: rule.id, status: 'not-shown-by-dns', basedOn: [] };
    return { rule: rule.id, status: STATUS[d[0]], basedOn: d[1] };
  });
}
