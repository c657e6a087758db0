/**
 * What the analyser shows for a report, as plain data: every text already in the page's language, every link
 * already made. Pure (no DOM), so the unit tests read exactly what the page will write, and render.ts only places it.
 * Texts come from the dictionaries: a finding's is `mailcheck.<mechanism>.<code>` and its fix, when the dictionary
 * has one, `….fix`; statuses are words (`mailcheck.status.*`), never a colour alone, and never a score.
 */
import { EXPLANATION_PATHS, RULES, type CheckResult, type Mechanism, type Report, type RuleStatus, type Status } from '../../lib/mailcheck/contract.ts';
import { makeT, type Dict, type UiKey } from '../../lib/shared/translate.ts';

/** The badge class of each verdict (src/styles/global.css): a hint next to the word, never instead of it. */
export type Tone = 'ok' | 'warn' | 'no' | 'neutral';
const STATUS_TONE: Record<Status, Tone> = { pass: 'ok', warn: 'warn', fail: 'no', 'not-checked': 'neutral' };
const RULE_TONE: Record<RuleStatus, Tone> = { met: 'ok', 'not-met': 'no', 'not-checked': 'neutral', 'not-shown-by-dns': 'neutral' };

/** Names, the same in every language. */
const PROVIDERS: Record<string, string> = { gmail: 'Gmail', yahoo: 'Yahoo', microsoft: 'Microsoft' };

export interface FindingView {
  status: Status;
  code: string;
  word: string;
  tone: Tone;
  text: string;
  /** The record to publish, in generic form, when the finding has one. */
  fix?: string;
}

export interface ResultView {
  mechanism: Mechanism;
  /** The mechanism's name ("SPF", "DNS inverse"). */
  name: string;
  subject: string;
  status: Status;
  word: string;
  tone: Tone;
  findings: FindingView[];
  records: string[];
  /** Its explanation page, with BASE and the locale, and the link's words. */
  href: string;
  learn: string;
}

export interface RuleView {
  id: string;
  status: RuleStatus;
  word: string;
  tone: Tone;
  text: string;
}

export interface RuleGroupView {
  audience: 'all' | 'bulk';
  title: string;
  rules: RuleView[];
}

export interface ReportView {
  /** "12 results for example.org": the results' heading, which gets the focus. */
  heading: string;
  groups: RuleGroupView[];
  results: ResultView[];
}

export interface ViewContext {
  dict: Dict;
  lang: string;
  base: string;
}

export function reportView(report: Report, ctx: ViewContext): ReportView {
  const t = makeT(ctx.dict);
  const say = (key: string, vars?: Record<string, string | number>) => t(key as UiKey, vars);
  const count = report.results.length;
  const plural = new Intl.PluralRules(ctx.lang).select(count) === 'one' ? 'one' : 'other';
  return {
    heading: say(`analyser.results.${plural}`, { count, domain: report.domain }),
    groups: (['all', 'bulk'] as const).map((audience) => ruleGroup(report, audience, ctx.lang, say)),
    results: report.results.map((r) => resultView(r, ctx, say)),
  };
}

type Say = (key: string, vars?: Record<string, string | number>) => string;

function resultView(r: CheckResult, ctx: ViewContext, say: Say): ResultView {
  const name = say(`analyser.mechanism.${r.mechanism}`);
  return {
    mechanism: r.mechanism,
    name,
    subject: r.subject,
    status: r.status,
    word: say(`mailcheck.status.${r.status}`),
    tone: STATUS_TONE[r.status],
    findings: r.findings.map((f) => {
      const key = `mailcheck.${r.mechanism}.${f.code}`;
      const fixKey = `${key}.fix`;
      return {
        status: f.status,
        code: f.code,
        word: say(`mailcheck.status.${f.status}`),
        tone: STATUS_TONE[f.status],
        text: say(key, f.params),
        ...(fixKey in ctx.dict ? { fix: say(fixKey, f.params) } : {}),
      };
    }),
    records: r.records,
    href: `${ctx.base}${ctx.lang}/${EXPLANATION_PATHS[r.mechanism]}`,
    learn: say('analyser.result.learn', { name }),
  };
}

function ruleGroup(report: Report, audience: 'all' | 'bulk', lang: string, say: Say): RuleGroupView {
  const rules = RULES.filter((rule) => rule.audience === audience);
  const providers = [...new Set(rules.flatMap((rule) => rule.providers))].map((p) => PROVIDERS[p] ?? p);
  return {
    audience,
    title: say(`analyser.summary.${audience}`, { providers: new Intl.ListFormat(lang, { type: 'conjunction' }).format(providers) }),
    rules: rules.flatMap((rule) => {
      const verdict = report.summary.find((v) => v.rule === rule.id);
      if (!verdict) return [];
      return [{ id: rule.id, status: verdict.status, word: say(`mailcheck.ruleStatus.${verdict.status}`), tone: RULE_TONE[verdict.status], text: say(`mailcheck.rule.${rule.id}`) }];
    }),
  };
}
