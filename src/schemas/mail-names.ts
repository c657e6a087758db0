/**
 * The names a measured mail-security fact is made of, defined once: the offer schema stores them, and the
 * deliverability check's contract (src/lib/mailcheck/contract.ts) re-exports them. Plain constants, no zod, so the
 * in-browser analyser that imports the contract pulls in nothing else.
 */

/** The mechanisms, in the order results are shown. */
export const MECHANISMS = ['mx', 'spf', 'dkim', 'dmarc', 'mta-sts', 'tls-rpt', 'dane', 'rdns'] as const;

/** Never a score: four verdicts. `not-checked` always carries its reason in a report. */
export const STATUSES = ['pass', 'warn', 'fail', 'not-checked'] as const;

/** What DNS shows of a rule it can show. */
export const DNS_RULE_STATUSES = ['met', 'not-met', 'not-checked'] as const;
/** Whether the DNS shows a domain meets a rule; `not-shown-by-dns` for the rules DNS cannot show. */
export const RULE_STATUSES = [...DNS_RULE_STATUSES, 'not-shown-by-dns'] as const;

/**
 * The rules an offer file keeps from a check's summary: what Gmail asks of every sender that DNS can show (SPF or
 * DKIM; forward and reverse DNS of the mail servers). The directory's filter reads them.
 */
export const STORED_RULES = ['spf-or-dkim', 'forward-reverse-dns'] as const;

/** The tool a measured source names, with its version: `degmail check:mail 0.1.0`. */
export const MEASURE_TOOL = 'degmail check:mail';
