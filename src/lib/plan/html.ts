/**
 * The migration plan as HTML. One renderer for both the page built without JavaScript and the questionnaire's
 * browser code, so the plan looks the same in both. Every text goes through esc().
 */
import type { Plan } from './types.ts';
import { esc, safeHref } from '../shared/html.ts';
import { checkedDate } from '../shared/format.ts';
import type { T } from '../shared/translate.ts';


export interface PlanHtmlOptions {
  /** Heading level of the plan title (steps are one level below). */
  level?: 2 | 3;
  /** Title text; the caller words it ("Your moving plan to Nubo"). */
  title: string;
  /** Show the reminders download (browser only: the file is made there). */
  downloads?: boolean;
  /** Locale for dates, e.g. fr-FR. */
  intl: string;
  /** HTML of the actions for the chosen offer (sign up, ask them), shown under the title; already escaped. */
  actions?: string;
}

export function planHtml(plan: Plan, t: T, o: PlanHtmlOptions): string {
  const h = o.level ?? 2;
  const steps = plan.steps.map((s, i) => `
<li class="step" data-step="${esc(s.id)}">
  <h${h + 1}><span class="n">${i + 1}.</span> ${esc(s.title)}</h${h + 1}>
  <ul>${s.items.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>
  ${s.settings?.length ? `<dl class="settings">${s.settings.map((x) => `<div><dt>${esc(x.label)}</dt><dd><code>${esc(x.value)}</code></dd></div>`).join('')}</dl>` : ''}
  ${s.links?.length ? `<p class="links">${s.links.map((l) => `<a href="${safeHref(l.url)}">${esc(l.label)}</a>`).join(' · ')}</p>` : ''}
</li>`).join('');
  const checklist = plan.checklist.map((c) => `<li data-group="${esc(c.group)}">${esc(c.label)}</li>`).join('');
  const a = plan.announcement;
  return `
<section class="plan">
  <h${h}>${esc(o.title)}</h${h}>
  ${o.actions ?? ''}
  <ol class="steps">${steps}</ol>
  <h${h + 1}>${esc(t('q.plan.checklist'))}</h${h + 1}>
  <ol class="checklist">${checklist}</ol>
  <h${h + 1}>${esc(t('q.plan.announcement'))}</h${h + 1}>
  <div class="announcement">
    <p><strong>${esc(t('q.plan.subject'))}</strong> ${esc(a.subject)}</p>
    <pre>${esc(a.body)}</pre>
  </div>
  ${o.downloads ? `<p class="no-print"><button type="button" class="button secondary" data-copy-announcement>${esc(t('q.plan.copy'))}</button></p>` : ''}
  ${o.downloads && plan.reminders.length ? `
  <h${h + 1}>${esc(t('q.plan.reminders'))}</h${h + 1}>
  <ul class="reminders">${plan.reminders.map((r) => `<li><time datetime="${esc(r.date)}">${esc(checkedDate(r.date, o.intl))}</time> · ${esc(r.title)}</li>`).join('')}</ul>
  <p class="no-print">${esc(t('q.plan.icsHelp'))} <a class="button secondary" data-ics download="degmail-rappels.ics" href="#">${esc(t('q.plan.ics'))}</a></p>` : ''}
  ${plan.sources.length ? `<h${h + 1}>${esc(t('q.plan.sources'))}</h${h + 1}>
  <ul class="plan-sources">${plan.sources.map((l) => `<li><a href="${safeHref(l.url)}">${esc(l.label)}</a></li>`).join('')}</ul>` : ''}
</section>`;
}

