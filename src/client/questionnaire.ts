/**
 * The questionnaire in the browser: one question per screen, then the result and the personal plan. Everything
 * is computed here from data embedded in the page; nothing is sent or stored. The state lives in the URL only
 * (documented parameters), so a result can be bookmarked, shared and reloaded.
 */
import { parseAnswers, toSearchParams, type Answers } from '../lib/answers.ts';
import { recommend } from '../lib/recommend.ts';
import { buildPlan } from '../lib/plan.ts';
import { planHtml } from '../lib/plan-html.ts';
import { resultHtml, type ResultContext } from '../lib/result-html.ts';
import { toIcs } from '../lib/ics.ts';
import { makeT, type T } from '../lib/translate.ts';
import { today } from '../lib/today.ts';
import { applies, QUESTIONS, type QuestionId } from '../lib/questions.ts';
import { formToParams, fillForm } from './wizard-form.ts';
import type { ProviderEntry } from '../schemas/provider.ts';

interface PageData {
  lang: string;
  intl: string;
  dict: Record<string, string>;
  offers: ProviderEntry[];
  offerUrl: string;
  chatonsUrl: string;
}

const $ = <E extends Element>(sel: string, root: ParentNode = document) => root.querySelector<E>(sel)!;

export function initQuestionnaire(): void {
  const form = $<HTMLFormElement>('#wizard');
  const result = $<HTMLElement>('#result');
  const data = JSON.parse($('#q-data').textContent!) as PageData;
  const t = makeT(data.dict);
  const ctx: ResultContext = {
    t, lang: data.lang, intl: data.intl, chatonsUrl: data.chatonsUrl,
    offerUrl: (id) => data.offerUrl.replace('{id}', encodeURIComponent(id)),
  };
  $<HTMLElement>('#quick').hidden = true;
  let current = 0;

  const steps = () => QUESTIONS.filter((q) => applies(q, parseAnswers(formToParams(form))));
  const show = (i: number, focus = true) => {
    const list = steps();
    current = Math.max(0, Math.min(i, list.length - 1));
    for (const fs of form.querySelectorAll<HTMLFieldSetElement>('.q-step')) fs.hidden = fs.dataset.q !== list[current];
    $('.progress', form).textContent = t('q.progress', { n: current + 1, total: list.length });
    $<HTMLButtonElement>('[data-back]', form).hidden = current === 0;
    $<HTMLButtonElement>('[data-next]', form).hidden = current === list.length - 1;
    $<HTMLButtonElement>('[data-submit]', form).hidden = current !== list.length - 1;
    if (focus) $<HTMLElement>(`#step-${list[current] as QuestionId} h2`, form).focus();
  };

  const showResult = (answers: Answers, push: boolean) => {
    const params = toSearchParams(answers);
    const url = `${location.pathname}?${params}`;
    if (push) history.pushState(null, '', url);
    form.hidden = true;
    result.hidden = false;
    renderResult(answers, data, ctx, t);
    $<HTMLInputElement>('#share-url').value = location.href;
    result.focus();
  };

  form.addEventListener('click', (e) => {
    const b = (e.target as HTMLElement).closest('button');
    if (b?.dataset.next !== undefined) show(current + 1);
    if (b?.dataset.back !== undefined) show(current - 1);
  });
  form.addEventListener('change', (e) => {
    const el = e.target as HTMLInputElement;
    if (el.dataset.idk) for (const x of form.querySelectorAll<HTMLInputElement>(`[name="${el.dataset.idk}"]`)) x.disabled = el.checked;
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const seed = form.elements.namedItem('seed') as HTMLInputElement;
    // A fresh seed per person rotates ties between equal offers; kept in the URL, so a shared link shows the same.
    if (!seed.value) seed.value = String(crypto.getRandomValues(new Uint32Array(1))[0]! % 1_000_000);
    showResult(parseAnswers(formToParams(form)), true);
  });
  result.addEventListener('click', (e) => onResultClick(e, result, data, ctx, t, () => {
    result.hidden = true;
    form.hidden = false;
    show(0);
  }));

  const load = () => {
    const params = new URLSearchParams(location.search);
    fillForm(form, params);
    if ([...params.keys()].some((k) => k !== 'seed')) showResult(parseAnswers(params), false);
    else {
      result.hidden = true;
      form.hidden = false;
      show(0, false);
    }
  };
  window.addEventListener('popstate', load);
  load();
}

let icsUrl: string | undefined;

function renderResult(answers: Answers, data: PageData, ctx: ResultContext, t: T, planFor?: string): void {
  const rec = recommend(answers, data.offers, { today: today() });
  $('#result .summary').textContent = t('q.result.summary', { matches: rec.matches.length, toConfirm: rec.toConfirm.length, near: rec.nearMisses.length });
  $('#result-list').innerHTML = resultHtml(rec, ctx);
  const first = [...rec.matches, ...rec.toConfirm, ...rec.outside.matches, ...rec.outside.toConfirm, ...rec.nearMisses][0];
  const offer = data.offers.find((o) => o.id === (planFor ?? first?.id)) ?? null;
  const plan = buildPlan({ answers, offer, today: today() }, t);
  $('#plan').innerHTML = planHtml(plan, t, {
    title: offer ? t('q.plan.with', { name: offer.name }) : t('q.plan.title'),
    downloads: true,
    intl: data.intl,
  });
  const link = document.querySelector<HTMLAnchorElement>('#plan [data-ics]');
  if (link) {
    if (icsUrl) URL.revokeObjectURL(icsUrl);
    icsUrl = URL.createObjectURL(new Blob([toIcs(plan.reminders, { now: new Date().toISOString() })], { type: 'text/calendar' }));
    link.href = icsUrl;
  }
  $('#plan').dataset.announcement = `${plan.announcement.subject}\n\n${plan.announcement.body}`;
}

function onResultClick(e: Event, result: HTMLElement, data: PageData, ctx: ResultContext, t: T, edit: () => void): void {
  const b = (e.target as HTMLElement).closest('button');
  if (!b) return;
  const copy = (text: string) => navigator.clipboard?.writeText(text).then(() => (b.textContent = t('q.result.copied')), () => {});
  if (b.dataset.planFor) {
    renderResult(parseAnswers(new URLSearchParams(location.search)), data, ctx, t, b.dataset.planFor);
    $<HTMLElement>('#plan h2').setAttribute('tabindex', '-1');
    $<HTMLElement>('#plan h2').focus();
  }
  if (b.dataset.copyLink !== undefined) copy(location.href);
  if (b.dataset.copyAnnouncement !== undefined) copy($<HTMLElement>('#plan').dataset.announcement ?? '');
  if (b.dataset.print !== undefined) window.print();
  if (b.dataset.edit !== undefined) edit();
  void result;
}
