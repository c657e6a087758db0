/**
 * `<degmail-analyser>`: the in-browser record analyser. It reads what the host pasted, runs the very checks the
 * command line runs (src/lib/mailcheck/) over a lookup that answers from the paste alone, and shows each verdict
 * with its reason, its fix and its explanation. It makes no request of any kind: no fetch, no XHR, no beacon; the
 * form never submits (see AnalyserForm.astro). Bad input gets a message next to its field, and the text stays as
 * typed.
 */
import { checkDomain } from '../../lib/mailcheck/run.ts';
import { guessDomain, parsePasted, pastedLookup, pastedPolicy } from '../../lib/mailcheck/pasted.ts';
import { makeT, type T } from '../../lib/shared/translate.ts';
import { readData, type AnalyserData } from './data.ts';
import { domainName, guessSelectors, splitSelectors } from './input.ts';
import { renderProblems, renderReport, type Labels } from './render.ts';
import { reportView } from './view.ts';

class DegmailAnalyser extends HTMLElement {
  private data!: AnalyserData;
  private t!: T;
  private running = false;

  connectedCallback(): void {
    this.data = readData(this);
    this.t = makeT(this.data.dict);
    const form = this.querySelector<HTMLFormElement>('form[data-analyser-form]');
    if (!form) return;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.analyse();
    });
    this.querySelector('[data-example-fill]')?.addEventListener('click', () => this.fillExample(form));
    // The controls that only work with this script: hidden and disabled in the HTML, so without it nothing submits.
    for (const b of this.querySelectorAll<HTMLButtonElement>('button[data-js-only]')) {
      b.hidden = false;
      b.disabled = false;
    }
  }

  private field<E extends HTMLElement>(name: string): E | null {
    return this.querySelector<E>(`[data-field="${name}"]`);
  }

  private fillExample(form: HTMLFormElement): void {
    const example = this.querySelector('[data-example-records]')?.textContent ?? '';
    const policy = this.querySelector('[data-example-policy]')?.textContent ?? '';
    this.field<HTMLTextAreaElement>('records')!.value = example.trim();
    this.field<HTMLTextAreaElement>('policy')!.value = policy.trim();
    this.field<HTMLInputElement>('domain')!.value = '';
    this.field<HTMLInputElement>('selectors')!.value = '';
    form.requestSubmit();
  }

  /** Marks a field wrong (or right again): the message sits under it, tied by aria-describedby. */
  private flag(name: string, message: string | null): void {
    const input = this.field<HTMLInputElement | HTMLTextAreaElement>(name);
    const error = this.querySelector<HTMLElement>(`[data-error="${name}"]`);
    if (!input || !error) return;
    error.textContent = message ?? '';
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }

  private async analyse(): Promise<void> {
    if (this.running) return;
    const t = this.t;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const results = this.querySelector<HTMLElement>('[data-results]')!;
    const problemsBox = this.querySelector<HTMLElement>('[data-problems]')!;
    const records = this.field<HTMLTextAreaElement>('records')!;
    const domainInput = this.field<HTMLInputElement>('domain')!;
    this.flag('records', null);
    this.flag('domain', null);

    if (!records.value.trim()) {
      this.flag('records', t('analyser.error.empty'));
      results.hidden = true;
      problemsBox.hidden = true;
      records.focus();
      return;
    }
    const parsed = parsePasted(records.value);
    const problemsHeading = renderProblems(problemsBox, parsed.problems, t('analyser.problems.title'), t('analyser.problems.help'),
      (line) => t('analyser.problems.line', { line }), 'an-problems-title');
    if (!parsed.records.length) {
      this.flag('records', t('analyser.error.nothing'));
      results.hidden = true;
      (problemsHeading ?? records).focus();
      return;
    }
    const domain = domainName(domainInput.value) ?? guessDomain(parsed.records);
    if (!domain) {
      this.flag('domain', t('analyser.error.domain'));
      results.hidden = true;
      domainInput.focus();
      return;
    }

    this.running = true;
    status.textContent = t('analyser.working');
    try {
      const selectors = splitSelectors(this.field<HTMLInputElement>('selectors')!.value);
      const policy = this.field<HTMLTextAreaElement>('policy')!.value;
      const report = await checkDomain({
        domain,
        dkimSelectors: selectors.length ? selectors : guessSelectors(parsed.records, domain),
        lookup: pastedLookup(parsed.records, domain),
        fetchPolicy: pastedPolicy(policy.trim() ? policy : undefined),
      });
      const view = reportView(report, this.data);
      const heading = renderReport(results, view, this.labels(), 'an-results-title');
      results.hidden = false;
      status.textContent = '';
      // Parse problems come first, above the results: the focus lands on them when there are some.
      (problemsHeading ?? heading).focus();
    } catch (e) {
      status.textContent = t('analyser.error.failed', { message: e instanceof Error ? e.message : String(e) });
    } finally {
      this.running = false;
    }
  }

  private labels(): Labels {
    const t = this.t;
    return {
      noScore: t('analyser.results.noScore'),
      summaryTitle: t('analyser.summary.title'),
      bulkNote: t('analyser.summary.bulkNote'),
      detailsTitle: t('analyser.details.title'),
      fix: t('analyser.result.fix'),
      records: (count) => t('analyser.result.records', { count }),
    };
  }
}

if (!customElements.get('degmail-analyser')) customElements.define('degmail-analyser', DegmailAnalyser);
