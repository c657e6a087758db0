/**
 * `<degmail-questionnaire>`: one question per screen, then the result and the personal plan. Everything is computed
 * in the browser from data embedded in the element; nothing is sent or stored. The state lives in the URL only
 * (the documented parameters), so a result can be bookmarked, shared and reloaded. Queries stay inside the element.
 */
import type { Answers } from '../../lib/questionnaire/answers.ts';
import { parseAnswers, toSearchParams } from '../../lib/questionnaire/params.ts';
import { applies, QUESTIONS } from '../../lib/questionnaire/questions.ts';
import type { ResultContext } from '../../lib/questionnaire/result-html.ts';
import { makeT, type T } from '../../lib/shared/translate.ts';
import { formToParams, fillForm } from './wizard-form.ts';
import { renderResult, resultContext, type PageData } from './render.ts';

class DegmailQuestionnaire extends HTMLElement {
  private current = 0;
  private form!: HTMLFormElement;
  private result!: HTMLElement;
  private data!: PageData;
  private t!: T;
  private ctx!: ResultContext;

  private q<E extends Element = HTMLElement>(sel: string, root: ParentNode = this): E {
    return root.querySelector<E>(sel)!;
  }

  connectedCallback(): void {
    this.form = this.q<HTMLFormElement>('[data-wizard]');
    this.result = this.q('[data-result]');
    this.data = JSON.parse(this.q('[data-q-data]').textContent!) as PageData;
    this.t = makeT(this.data.dict);
    this.ctx = resultContext(this.data, this.t);
    this.q('[data-quick]').hidden = true;
    this.form.addEventListener('click', (e) => {
      const b = (e.target as HTMLElement).closest('button');
      if (b?.dataset.next !== undefined) this.show(this.current + 1);
      if (b?.dataset.back !== undefined) this.show(this.current - 1);
    });
    this.form.addEventListener('change', (e) => {
      const el = e.target as HTMLInputElement;
      if (el.dataset.idk) for (const x of this.form.querySelectorAll<HTMLInputElement>(`[name="${el.dataset.idk}"]`)) x.disabled = el.checked;
    });
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      // Enter in a field (a phone keyboard's OK key) submits the form: it goes to the next question, and only the
      // last one shows the results.
      if (this.current < this.steps().length - 1) return this.show(this.current + 1);
      const seed = this.form.elements.namedItem('seed') as HTMLInputElement;
      // A fresh seed per person rotates ties between equal offers; kept in the URL, so a shared link shows the same.
      if (!seed.value) seed.value = String(crypto.getRandomValues(new Uint32Array(1))[0]! % 1_000_000);
      this.showResult(parseAnswers(formToParams(this.form)), true);
    });
    this.result.addEventListener('click', (e) => this.onResultClick(e));
    window.addEventListener('popstate', () => this.load());
    this.load();
  }

  private steps() {
    return QUESTIONS.filter((q) => applies(q, parseAnswers(formToParams(this.form))));
  }

  private show(i: number, focus = true): void {
    const list = this.steps();
    this.current = Math.max(0, Math.min(i, list.length - 1));
    for (const fs of this.form.querySelectorAll<HTMLFieldSetElement>('.q-step')) fs.hidden = fs.dataset.q !== list[this.current];
    this.q('.progress', this.form).textContent = this.t('q.progress', { n: this.current + 1, total: list.length });
    this.q('[data-back]', this.form).hidden = this.current === 0;
    this.q('[data-next]', this.form).hidden = this.current === list.length - 1;
    this.q('[data-submit]', this.form).hidden = this.current !== list.length - 1;
    if (focus) this.q(`[data-q="${list[this.current]}"] h2`, this.form).focus();
  }

  private showResult(answers: Answers, push: boolean): void {
    if (push) history.pushState(null, '', `${location.pathname}?${toSearchParams(answers)}`);
    this.form.hidden = true;
    this.result.hidden = false;
    renderResult(this.result, answers, this.data, this.ctx);
    this.q<HTMLInputElement>('[data-share-url]').value = location.href;
    // Land on the results' heading (not wherever focus would scroll a tall section to), with focus there.
    const title = this.q('[data-result-title]', this.result);
    title.focus({ preventScroll: true });
    title.scrollIntoView({ block: 'start' });
  }

  private load(): void {
    const params = new URLSearchParams(location.search);
    fillForm(this.form, params);
    if ([...params.keys()].some((k) => k !== 'seed')) this.showResult(parseAnswers(params), false);
    else {
      this.result.hidden = true;
      this.form.hidden = false;
      this.show(0, false);
    }
  }

  private onResultClick(e: Event): void {
    const b = (e.target as HTMLElement).closest('button');
    if (!b) return;
    const copy = (text: string) => navigator.clipboard?.writeText(text).then(() => (b.textContent = this.t('q.result.copied')), () => {});
    const plan = this.q('[data-plan]');
    if (b.dataset.planFor) {
      renderResult(this.result, parseAnswers(new URLSearchParams(location.search)), this.data, this.ctx, b.dataset.planFor);
      const title = this.q('h2', plan);
      title.setAttribute('tabindex', '-1');
      title.focus();
    }
    if (b.dataset.copyLink !== undefined) copy(location.href);
    if (b.dataset.copyAnnouncement !== undefined) copy(plan.dataset.announcement ?? '');
    if (b.dataset.copyAsk !== undefined) copy(b.closest('[data-ask]')?.querySelector('[data-ask-text]')?.textContent ?? '');
    if (b.dataset.print !== undefined) window.print();
    if (b.dataset.edit !== undefined || b.dataset.editStep) {
      this.result.hidden = true;
      this.form.hidden = false;
      const step = this.steps().indexOf(b.dataset.editStep as never);
      this.show(Math.max(0, step));
    }
  }
}

if (!customElements.get('degmail-questionnaire')) customElements.define('degmail-questionnaire', DegmailQuestionnaire);
