/**
 * Writes a result into the questionnaire's result section (everything computed here, from the page's embedded
 * data): the recap of the answers, the suggestion and the tiers, and the plan with its actions and reminders file.
 */
import type { Answers } from '../../lib/questionnaire/answers.ts';
import { recommend, type Item, type Recommendation } from '../../lib/questionnaire/recommend.ts';
import { resultHtml, suggestion, type ResultContext } from '../../lib/questionnaire/result-html.ts';
import { actionsHtml } from '../../lib/questionnaire/actions-html.ts';
import { recap, recapHtml } from '../../lib/questionnaire/recap.ts';
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

const allItems = (r: Recommendation): Item[] => [...r.matches, ...r.toConfirm, ...r.outside.matches, ...r.outside.toConfirm, ...r.nearMisses];

/** Renders the recap, the result and the plan (for `planFor`, else for the suggestion) into `root`. */
export function renderResult(root: HTMLElement, answers: Answers, data: PageData, ctx: ResultContext, planFor?: string): void {
  const { t } = ctx;
  const day = today();
  const rec = recommend(answers, data.offers, { today: day });
  root.querySelector('[data-recap]')!.innerHTML = recapHtml(recap(answers, ctx), t);
  root.querySelector('[data-result-list]')!.innerHTML = resultHtml(rec, answers, ctx);
  const item = planFor ? allItems(rec).find((i) => i.id === planFor) : suggestion(rec)?.item;
  renderPlan(root, answers, item ?? null, data, ctx, t);
}

function renderPlan(root: HTMLElement, answers: Answers, item: Item | null, data: PageData, ctx: ResultContext, t: T): void {
  const offer = item?.offer ?? null;
  const plan = buildPlan({ answers, offer, today: today() }, t);
  const box = root.querySelector<HTMLElement>('[data-plan]')!;
  box.innerHTML = planHtml(plan, t, {
    title: offer ? t('q.plan.with', { name: offer.name }) : t('q.plan.title'),
    downloads: true,
    intl: data.intl,
    ...(item ? { actions: actionsHtml(item, answers, ctx) } : {}),
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
