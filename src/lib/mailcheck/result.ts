/**
 * Building a mechanism's result: findings are collected one by one and the result's status is the worst of them.
 * Unanswered lookups become "not checked" findings that say why (or, in the analyser, what to paste).
 */
import type { CheckResult, Finding, LookupAnswer, Mechanism, RecordType, Status } from './contract.ts';
import type { Code } from './codes.ts';

export type Params = Record<string, string | number>;

/** fail > warn > not-checked > pass, as the contract orders them. */
const RANK: Record<Status, number> = { pass: 0, 'not-checked': 1, warn: 2, fail: 3 };

/** The worst status of the findings; "not checked" when there are none (nothing was learnt). */
export function worst(findings: readonly { status: Status }[]): Status {
  if (findings.length === 0) return 'not-checked';
  return findings.reduce<Status>((w, f) => (RANK[f.status] > RANK[w] ? f.status : w), 'pass');
}

/** The records of an answer: none for NXDOMAIN or NODATA (and for the answers `unanswered` reports). */
export function recordsOf(answer: LookupAnswer): string[] {
  return answer.status === 'ok' ? answer.records : [];
}

/** Whether an answer gave no usable answer at all (neither records nor a proof there are none). */
export function isUnanswered(answer: LookupAnswer): boolean {
  return answer.status !== 'ok' && answer.status !== 'nxdomain' && answer.status !== 'nodata';
}

/** A collector of one mechanism's findings; only the mechanism's listed codes type-check. */
export function collector<M extends Mechanism>(mechanism: M) {
  const findings: Finding[] = [];
  const add = (status: Status, code: Code<M>, params?: Params): void => {
    const f: Finding = params ? { status, code, params } : { status, code };
    // The same missing answer may be met several times (SPF `a` and `mx` on one name): say it once.
    if (!findings.some((g) => JSON.stringify(g) === JSON.stringify(f))) findings.push(f);
  };
  return {
    findings,
    add,
    /**
     * When the lookup gave no usable answer, adds the "not checked" finding that says why, or what to paste, and
     * returns true; otherwise returns false.
     */
    unanswered(answer: LookupAnswer, name: string, type: RecordType): boolean {
      if (answer.status === 'not-provided') add('not-checked', 'paste' as Code<M>, { record: `${type} ${name}` });
      else if (isUnanswered(answer)) {
        const reason = 'reason' in answer && answer.reason ? answer.reason : answer.status;
        add('not-checked', 'lookup-failed' as Code<M>, { type, name, status: answer.status, reason });
      } else return false;
      return true;
    },
    result(subject: string, records: readonly string[]): CheckResult {
      return { mechanism, subject, status: worst(findings), findings, records: [...records] };
    },
  };
}

export type Collector<M extends Mechanism> = ReturnType<typeof collector<M>>;
