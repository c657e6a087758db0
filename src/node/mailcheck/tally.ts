/**
 * Counts what a lookup answered, to tell "the domain has problems" (exit 1) from "nothing could be checked"
 * (exit 2): when every question went unanswered (timeout, SERVFAIL, refused, network error), the results say
 * nothing about the domain, only about the network or the `--dns` server.
 */
import type { Lookup, LookupAnswer } from '../../lib/mailcheck/contract.ts';

const UNANSWERED: ReadonlySet<LookupAnswer['status']> = new Set(['servfail', 'timeout', 'refused', 'error']);

export interface Tally {
  lookup: Lookup;
  asked: number;
  unanswered: number;
  /** True when at least one question was asked and none was answered. */
  nothingAnswered(): boolean;
}

export function tally(lookup: Lookup): Tally {
  const t: Tally = {
    asked: 0,
    unanswered: 0,
    lookup: async (name, type) => {
      const answer = await lookup(name, type);
      t.asked++;
      if (UNANSWERED.has(answer.status)) t.unanswered++;
      return answer;
    },
    nothingAnswered: () => t.asked > 0 && t.unanswered === t.asked,
  };
  return t;
}
