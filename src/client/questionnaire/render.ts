/**
 * Writes a result and its plan into the questionnaire's result section (everything computed here, from the page's
 * embedded data), and makes the plan's reminders file.
 */
import type { Answers } from '../../lib/questionnaire/answers.ts';
import { recommend } from '../../lib/questionnaire/recommend.ts';
import { resultHtml, type ResultContext } from '../../lib/questionnaire/result-html.ts';
import { buildPlan } from '../../lib/plan/build.ts';
import { planHtml } from '../../lib/plan/html.ts';
import { toIcs } from '../../lib/plan/ics.ts';
import type { Dict, T } from '../../lib/shared/translate.ts';
import type { ProviderEntry } from '../../schemas/provider.ts';
import { today } from '../../env.ts';

/** What the page embeds for the browser (src/pages/[lang]/questionnaire/index.astro). */
export interface PageData {
  lang: string;
  intl: string;
  dict: Dict;
  offers: ProviderEntry[];
  /** An offer page's URL, with `{id}` for its id. */
  offerUrl: string;
  chatonsUrl: string;
}

let icsUrl: string | undefined;

/** Renders the result and the plan (for `planFor`, else for the first suggestion) into `root`. */
export function renderResult(root: HTMLElement, answers: Answers, data: PageData, ctx: ResultContext, t: T, planFor?: string): void {
  const day = today();
  const rec = recommend(answers, data.offers, { today: day });
  root.querySelector('[data-summary]')!.textContent = t('q.result.summary', { matches: rec.matches.length, toConfirm: rec.toConfirm.length, near: rec.nearMisses.length });
  root.querySelector('[data-result-list]')!.innerHTML = resultHtml(rec, ctx);
  const first = [...rec.matches, ...rec.toConfirm, ...rec.outside.matches, ...rec.outside.toConfirm, ...rec.nearMisses][0];
  const offer = data.offers.find((o) => o.id === (planFor ?? first?.id)) ?? null;
  const plan = buildPlan({ answers, offer, today: day }, t);
  const box = root.querySelector<HTMLElement>('[data-plan]')!;
  box.innerHTML = planHtml(plan, t, {
    title: offer ? t('q.plan.with', { name: offer.name }) : t('q.plan.title'),
    downloads: true,
    intl: data.intl,
  });
  const link = box.querySelector<HTMLAnchorElement>('[data-ics]');
  if (link) {
    if (icsUrl) URL.revokeObjectURL(icsUrl);
    icsUrl = URL.createObjectURL(new Blob([toIcs(plan.reminders, { now: new Date().toISOString() })], { type: 'text/calendar' }));
    link.href = icsUrl;
  }
  box.dataset.announcement = `${plan.announcement.subject}\n\n${plan.announcement.body}`;
}

/** The context the result's HTML needs. */
export function resultContext(data: PageData, t: T): ResultContext {
  return {
    t, lang: data.lang, intl: data.intl, chatonsUrl: data.chatonsUrl,
    offerUrl: (id) => data.offerUrl.replace('{id}', encodeURIComponent(id)),
  };
}
