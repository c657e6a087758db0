/**
 * The report as terminal text, in one locale: for each result its status word, mechanism and name, then each
 * finding's why and fix, the records read and the explanation link; then the providers' rules, met or not as far as
 * DNS shows, by audience. Never a score.
 */
import type { Locale } from '../../i18n/locales.ts';
import { RULES, STATUSES, type CheckResult, type Report, type RuleVerdict } from '../../lib/mailcheck/contract.ts';
import { explanationUrl, findingFix, findingWhy, say } from './texts.ts';

const PROVIDERS: Record<string, string> = { gmail: 'Gmail', yahoo: 'Yahoo', microsoft: 'Microsoft' };
/** Long records (DKIM keys) are cut: the JSON output has them whole. */
const RECORD_WIDTH = 100;

export function formatReport(report: Report, lang: Locale, checkedAt: Date): string {
  const out = [say(lang, 'mailcheck.cli.heading', { domain: report.domain, date: `${checkedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC` }), ''];
  const width = Math.max(...STATUSES.map((s) => say(lang, `mailcheck.status.${s}`).length));
  for (const r of report.results) out.push(...result(r, lang, width), '');
  out.push(...summary(report.summary, lang));
  return `${out.join('\n')}\n`;
}

function result(r: CheckResult, lang: Locale, width: number): string[] {
  const word = (s: string) => say(lang, `mailcheck.status.${s}`);
  const lines = [`${word(r.status).toUpperCase().padEnd(width)}  ${say(lang, `mailcheck.cli.mechanism.${r.mechanism}`)}  ${r.subject}`];
  const indent = ' '.repeat(width + 4);
  for (const f of r.findings) {
    lines.push(`  ${word(f.status).padEnd(width)}  ${findingWhy(lang, r.mechanism, f)}`);
    const fix = findingFix(lang, r.mechanism, f);
    if (fix) lines.push(`${indent}${say(lang, 'mailcheck.cli.fix')} ${fix}`);
  }
  if (r.records.length) {
    lines.push(`  ${say(lang, 'mailcheck.cli.records')}`);
    for (const rec of r.records) lines.push(`${indent}${rec.length > RECORD_WIDTH ? `${rec.slice(0, RECORD_WIDTH - 1)}…` : rec}`);
  }
  lines.push(`  ${say(lang, 'mailcheck.cli.explained')} ${explanationUrl(lang, r.mechanism)}`);
  return lines;
}

function summary(verdicts: readonly RuleVerdict[], lang: Locale): string[] {
  const lines = [say(lang, 'mailcheck.cli.summary')];
  const word = (v: RuleVerdict) => say(lang, `mailcheck.ruleStatus.${v.status}`);
  const width = Math.max(0, ...verdicts.map((v) => word(v).length));
  for (const audience of ['all', 'bulk'] as const) {
    const mine = verdicts.filter((v) => RULES.find((r) => r.id === v.rule)?.audience === audience);
    if (!mine.length) continue;
    lines.push(`  ${say(lang, `mailcheck.cli.audience.${audience}`)}`);
    for (const v of mine) {
      const providers = RULES.find((r) => r.id === v.rule)!.providers.map((p) => PROVIDERS[p] ?? p).join(', ');
      lines.push(`    ${word(v).padEnd(width)}  ${say(lang, `mailcheck.rule.${v.rule}`)} (${providers})`);
    }
  }
  return lines;
}
