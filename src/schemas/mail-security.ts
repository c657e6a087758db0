/**
 * The mail facts of an offer: the domains of its addresses (a sourced fact, like any other) and the verdicts the
 * deliverability check measured on them (`npm run check:mail -- --offers`). Absent or `unknown` means nobody has
 * said or measured it, never "no".
 */
import { z } from 'astro/zod';
import { DNS_RULE_STATUSES, MECHANISMS, STATUSES, STORED_RULES } from './mail-names.ts';
import { orUnknown } from './primitives.ts';

type Mechanism = (typeof MECHANISMS)[number];
type StoredRule = (typeof STORED_RULES)[number];

/** A domain name in lower case, such as `example.org` (what comes after the @ of an address). */
export const domainName = z
  .string({ error: 'expected a domain name such as example.org' })
  .regex(/^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/, {
    error: 'expected a domain name in lower case, such as example.org, without @',
  });

/** The domains of the offer's mailbox addresses, each once: ARN's addresses end in @sans-nuage.fr, not arn-fai.net. */
export const mailDomainsSchema = orUnknown(
  z
    .array(domainName)
    .min(1, { error: 'expected at least one domain name' })
    // `params` tells this check from the "needs a source" one, both custom issues on the field (the form words them).
    .refine((list) => new Set(list).size === list.length, { error: 'expected each domain name once', params: { duplicate: true } }),
  'a list of domain names such as [example.org]',
);

const verdict = orUnknown(z.enum(STATUSES), `${STATUSES.map((s) => `"${s}"`).join(', ')}`).optional();
const ruleVerdict = orUnknown(z.enum(DNS_RULE_STATUSES), `${DNS_RULE_STATUSES.map((s) => `"${s}"`).join(', ')}`).optional();

/** One verdict per mechanism: the worst over the offer's mail domains and over the names checked for each. */
const verdicts = {
  /** MX records: present, their hosts resolve. */
  mx: verdict,
  /** SPF: one record, valid, within its lookup limits, ending in -all or ~all. */
  spf: verdict,
  /** DKIM, for the selectors given to the check (none given: not-checked). */
  dkim: verdict,
  /** DMARC: one record, its policy, reports and alignment. */
  dmarc: verdict,
  /** MTA-STS: the record and the HTTPS policy, every MX covered. */
  'mta-sts': verdict,
  /** TLS-RPT: the reporting record. */
  'tls-rpt': verdict,
  /** DANE: TLSA records on each MX. */
  dane: verdict,
  /** Reverse DNS of each MX address, forward-confirmed. */
  rdns: verdict,
} satisfies Record<Mechanism, typeof verdict>;

/** What the check's summary said of the rules Gmail asks of every sender and DNS can show. */
const rules = z.strictObject({
  /** Gmail, every sender: SPF or DKIM. */
  'spf-or-dkim': ruleVerdict,
  /** Gmail, every sender: forward and reverse DNS of the mail servers. */
  'forward-reverse-dns': ruleVerdict,
} satisfies Record<StoredRule, typeof ruleVerdict>);

/** Measured verdicts, backed by the one measured source of the file (its `checked` is the day measured). */
export const mailSecuritySchema = orUnknown(
  z.strictObject({ ...verdicts, rules: rules.optional() }),
  'a mapping of measured verdicts (mx, spf, dkim, dmarc, mta-sts, tls-rpt, dane, rdns, rules)',
);

export type MailSecurity = Exclude<z.infer<typeof mailSecuritySchema>, 'unknown'>;
