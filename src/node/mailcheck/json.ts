/**
 * What `npm run check:mail -- <domain> --json` prints: the report with every text in every locale, so a script
 * needs neither the dictionaries nor the site. The shape is stable and named by `schema`: fields may be added
 * under the same name; renaming or removing one gives a new name (`degmail-mailcheck/2`). README, "Deliverability
 * check", shows it.
 */
import type { Locale } from '../../i18n/locales.ts';
import { RULES, type Mechanism, type Report, type RuleId, type RuleStatus, type Status } from '../../lib/mailcheck/contract.ts';
import { explanationUrl, findingFix, findingWhy, inEveryLocale, say } from './texts.ts';

export const JSON_SCHEMA_NAME = 'degmail-mailcheck/1';

/** One text in each of the site's locales: `{ "fr": "…", "en": "…" }`. */
export type Texts = Record<Locale, string>;

export interface MailcheckJson {
  schema: typeof JSON_SCHEMA_NAME;
  /** The domain checked, in ASCII (xn-- for an internationalised name). */
  domain: string;
  /** When the check ran: ISO 8601, UTC (`2026-11-30T09:15:00.000Z`). */
  checkedAt: string;
  /** `degmail check:mail <version>`. */
  tool: string;
  /** The DKIM selectors given with `--dkim-selector` (DKIM is not checked without one). */
  dkimSelectors: string[];
  /** One per mechanism and name checked, in the order of MECHANISMS (src/lib/mailcheck/contract.ts). */
  results: JsonResult[];
  /** The big providers' published rules, and whether the DNS shows the domain meets each. Never a score. */
  summary: JsonRule[];
}

export interface JsonResult {
  /** `mx`, `spf`, `dkim`, `dmarc`, `mta-sts`, `tls-rpt`, `dane` or `rdns`. */
  mechanism: Mechanism;
  /** The name checked: `example.org`, `s1._domainkey.example.org`, `_25._tcp.mx.example.org`… */
  subject: string;
  /** The worst of the findings: `fail`, then `warn`, then `not-checked`, then `pass`. */
  status: Status;
  /** The records read, as DNS gave them (TXT strings joined; MX `10 mx.example.org`; TLSA `3 1 1 <hex>`). */
  records: string[];
  findings: JsonFinding[];
  /** The page that explains the mechanism. */
  explanation: Texts;
}

export interface JsonFinding {
  status: Status;
  /** Stable: the dictionary key is `mailcheck.<mechanism>.<code>`. */
  code: string;
  /** The values in the texts (`{}` when none). */
  params: Record<string, string | number>;
  /** The one-line why. */
  why: Texts;
  /** What to publish instead, in generic form; absent when there is nothing to change. */
  fix?: Texts;
}

export interface JsonRule {
  rule: RuleId;
  /** `all`: every sender; `bulk`: senders of about 5,000 messages a day or more. */
  audience: 'all' | 'bulk';
  /** Who publishes the rule: `gmail`, `yahoo`, `microsoft`. */
  providers: string[];
  /** `met`, `not-met`, `not-checked`, or `not-shown-by-dns` (TLS use, spam rate, message format…). */
  status: RuleStatus;
  /** The mechanisms whose results decided it. */
  basedOn: Mechanism[];
  /** The rule, in words. */
  text: Texts;
}

export function toJson(report: Report, meta: { checkedAt: Date; tool: string; dkimSelectors: readonly string[] }): MailcheckJson {
  return {
    schema: JSON_SCHEMA_NAME,
    domain: report.domain,
    checkedAt: meta.checkedAt.toISOString(),
    tool: meta.tool,
    dkimSelectors: [...meta.dkimSelectors],
    results: report.results.map((r) => ({
      mechanism: r.mechanism,
      subject: r.subject,
      status: r.status,
      records: r.records,
      findings: r.findings.map((f) => {
        const fix = findingFix('fr', r.mechanism, f) === undefined ? undefined : inEveryLocale((l) => findingFix(l, r.mechanism, f)!);
        return { status: f.status, code: f.code, params: f.params ?? {}, why: inEveryLocale((l) => findingWhy(l, r.mechanism, f)), ...(fix ? { fix } : {}) };
      }),
      explanation: inEveryLocale((l) => explanationUrl(l, r.mechanism)),
    })),
    summary: report.summary.map((v) => {
      const rule = RULES.find((r) => r.id === v.rule)!;
      return { rule: v.rule, audience: rule.audience, providers: [...rule.providers], status: v.status, basedOn: v.basedOn, text: inEveryLocale((l) => say(l, `mailcheck.rule.${v.rule}`)) };
    }),
  };
}
