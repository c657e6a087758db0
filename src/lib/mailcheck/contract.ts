/**
 * The deliverability check's contract, shared by the pure checks (this folder), the Node layer and CLI
 * (src/node/mailcheck/, scripts/check-mail.ts), the in-browser analyser, the offer facts and the tests.
 *
 * The checks never touch the network themselves: they ask a `Lookup` for DNS records and a `PolicyFetch` for the
 * MTA-STS policy text. Node answers from real DNS; the analyser answers from what a host pasted, and says
 * `not-provided` for the rest, which the checks turn into "not checked: paste …".
 */

import { MECHANISMS, RULE_STATUSES, STATUSES } from '../../schemas/mail-names.ts';

// The names are defined once, with the offer schema that stores measured verdicts (src/schemas/ imports no lib).
/** The mechanisms, in the order results are shown. */
export { MECHANISMS };
export type Mechanism = (typeof MECHANISMS)[number];

/** The DNS record types the checks may ask for. */
export const RECORD_TYPES = ['A', 'AAAA', 'MX', 'TXT', 'CNAME', 'PTR', 'TLSA'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/**
 * One answer. `records` are presentation strings, one per record:
 * - A/AAAA: the address; CNAME/PTR: the target host name without the final dot, lower case;
 * - MX: `<preference> <host>` (host without the final dot, lower case), e.g. `10 mx.example.org`;
 * - TXT: the record's character-strings joined with nothing between them (see joinTxt);
 * - TLSA: `<usage> <selector> <matching-type> <hex data>`, e.g. `3 1 1 0a1b…`.
 * A lookup follows CNAMEs itself (loop-safe) for every type but CNAME.
 */
export type LookupAnswer =
  | { status: 'ok'; records: string[] }
  /** The name does not exist. */
  | { status: 'nxdomain' }
  /** The name exists but has no record of this type. */
  | { status: 'nodata' }
  /** The question could not be answered: the verdict is "not checked", with this reason. */
  | { status: 'servfail' | 'timeout' | 'refused' | 'cname-loop' | 'error'; reason: string }
  /** The analyser: the host did not paste this record set. */
  | { status: 'not-provided' };

export type Lookup = (name: string, type: RecordType) => Promise<LookupAnswer>;

/** The MTA-STS policy text of https://mta-sts.<domain>/.well-known/mta-sts.txt, or why there is none. */
export type PolicyAnswer =
  | { status: 'ok'; text: string }
  /** Nothing at the URL (HTTP status other than 200, or no such host): the policy is missing. */
  | { status: 'missing'; reason: string }
  /** Could not tell (timeout, TLS error): not checked. */
  | { status: 'error'; reason: string }
  | { status: 'not-provided' };

export type PolicyFetch = (domain: string) => Promise<PolicyAnswer>;

/** Never a score: four verdicts. `not-checked` always carries the reason. */
export { STATUSES };
export type Status = (typeof STATUSES)[number];

/**
 * One observation. Its text is the dictionary entry `mailcheck.<mechanism>.<code>` (src/i18n/<locale>.json), with
 * `{{param}}` placeholders filled from `params`. Its fix, when it has one, is `mailcheck.<mechanism>.<code>.fix`:
 * the record to publish, in generic form (example.org, selector, 192.0.2.1…).
 */
export interface Finding {
  status: Status;
  code: string;
  params?: Record<string, string | number>;
}

/** The result of one mechanism for one name (a DKIM selector, an MX host…). */
export interface CheckResult {
  mechanism: Mechanism;
  /** The name that was checked: `example.org`, `s1._domainkey.example.org`, `_25._tcp.mx.example.org`… */
  subject: string;
  /** The worst of the findings' statuses (fail > warn > not-checked > pass). */
  status: Status;
  findings: Finding[];
  /** The records read, as the lookup gave them, so a reader (and the analyser's tests) can see the evidence. */
  records: string[];
}

/** The big providers' published rules the summary maps results to (mail-security.md). */
export const RULES = [
  /** Gmail, every sender: SPF or DKIM. */
  { id: 'spf-or-dkim', audience: 'all', providers: ['gmail'], dns: true },
  /** Gmail, every sender: forward and reverse DNS of the sending servers. */
  { id: 'forward-reverse-dns', audience: 'all', providers: ['gmail'], dns: true },
  /** Gmail, every sender: a TLS connection (DNS cannot show it; MTA-STS and DANE only show TLS is required inbound). */
  { id: 'tls', audience: 'all', providers: ['gmail'], dns: false },
  /** Gmail, every sender: spam rate below 0.3 % in Postmaster Tools. */
  { id: 'spam-rate', audience: 'all', providers: ['gmail'], dns: false },
  /** Gmail, every sender: messages formatted per RFC 5322, no impersonation of Gmail From: headers. */
  { id: 'message-format', audience: 'all', providers: ['gmail'], dns: false },
  /** Bulk senders: SPF and DKIM. */
  { id: 'spf-and-dkim', audience: 'bulk', providers: ['gmail', 'yahoo', 'microsoft'], dns: true },
  /** Bulk senders: a DMARC record (p=none is enough). */
  { id: 'dmarc', audience: 'bulk', providers: ['gmail', 'yahoo', 'microsoft'], dns: true },
  /** Bulk senders: From: aligned with SPF or DKIM (DNS shows the policy's modes, not the messages). */
  { id: 'alignment', audience: 'bulk', providers: ['gmail', 'yahoo', 'microsoft'], dns: false },
  /** Bulk senders: one-click unsubscribe (RFC 8058) on marketing mail. */
  { id: 'one-click-unsubscribe', audience: 'bulk', providers: ['gmail', 'yahoo'], dns: false },
] as const;
export type RuleId = (typeof RULES)[number]['id'];

/** Whether the DNS shows the domain meets a rule. `not-shown-by-dns` for rules DNS cannot show. */
export type RuleStatus = (typeof RULE_STATUSES)[number];

export interface RuleVerdict {
  rule: RuleId;
  status: RuleStatus;
  /** The mechanisms whose results decided it. */
  basedOn: Mechanism[];
}

export interface CheckInput {
  domain: string;
  /** DKIM selectors to check (DKIM keys cannot be listed from DNS: without a selector, DKIM is not checked). */
  dkimSelectors: readonly string[];
  lookup: Lookup;
  fetchPolicy: PolicyFetch;
}

/** A whole check. The CLI's `--json` prints it with `why`/`fix` texts added (see the CLI's documented shape). */
export interface Report {
  domain: string;
  results: CheckResult[];
  summary: RuleVerdict[];
}

/** Exit codes of `npm run check:mail`. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * Where each mechanism is explained, under a locale (`/fr/…`, `/en/…`): the teaching pages, linked from every
 * verdict (CLI output, analyser, offer pages). MX has no page of its own: the overview explains it.
 */
export const EXPLANATION_PATHS: Record<Mechanism, string> = {
  mx: 'deliverability/#mx',
  spf: 'deliverability/spf/',
  dkim: 'deliverability/dkim/',
  dmarc: 'deliverability/dmarc/',
  'mta-sts': 'deliverability/mta-sts/',
  'tls-rpt': 'deliverability/tls-rpt/',
  dane: 'deliverability/dane/',
  rdns: 'deliverability/reverse-dns/',
};

/** The analyser (paste records, get verdicts) and the page on running `npm run check:mail`, under a locale. */
export const ANALYSER_PATH = 'deliverability/analyser/';
export const SELF_CHECK_PATH = 'deliverability/self-check/';
