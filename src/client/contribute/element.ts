/**
 * `<degmail-contribute>`: the contribution form. It checks the entry with the build's own schema as the person
 * types (messages in the page's language, next to each field, announced), and once asked, prepares the content file
 * to download or copy, with the ways to send it. With `?id=<offer>` it starts from that offer, read from our own JSON
 * export. Nothing is sent anywhere; queries stay inside the element.
 */
import { checkEntry, type FieldProblem } from '../../lib/content/contribute-issues.ts';
import { blankValues, domId, entryToValues, valuesToEntry } from '../../lib/content/contribute-values.ts';
import { makeT, type T } from '../../lib/shared/translate.ts';
import { today } from '../../env.ts';
import type { ContributeData } from './data.ts';
import { countBacks, fillForm, newSource, readForm, refreshNoteSources, syncForm } from './form-io.ts';
import { addRow, removeRow } from './rows.ts';
import { focusTarget, showProblems, showSummary } from './errors.ts';
import { copyOutput, hideOutput, showOutput } from './output.ts';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

class DegmailContribute extends HTMLElement {
  private form!: HTMLFormElement;
  private data!: ContributeData;
  private t!: T;
  private offerId: string | null = null;
  /** Controls the person has changed: their problems show at once; the others once the file is asked for. */
  private touched = new Set<string>();
  private submitted = false;
  private count = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;

  private q<E extends Element = HTMLElement>(sel: string): E {
    return this.querySelector<E>(sel)!;
  }

  connectedCallback(): void {
    this.data = JSON.parse(this.q('[data-c-data]').textContent!) as ContributeData;
    this.t = makeT(this.data.dict);
    this.form = this.q<HTMLFormElement>('[data-form]');
    this.form.hidden = false;
    this.form.addEventListener('input', (e) => this.onInput(e.target as Control));
    this.form.addEventListener('change', (e) => this.onChange(e.target as Control));
    this.addEventListener('click', (e) => this.onClick(e));
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.submitted = true;
      this.check(true);
    });
    void this.load();
  }

  private async load(): Promise<void> {
    const id = new URLSearchParams(location.search).get('id');
    const status = this.q('[data-status]');
    let values = blankValues();
    if (id && /^[a-z0-9-]+$/.test(id)) {
      status.hidden = false;
      try {
        const res = await fetch(`${this.data.api}${id}.json`);
        if (!res.ok) throw new Error(String(res.status));
        const entry = (await res.json()) as Record<string, unknown>;
        values = entryToValues(entry);
        this.offerId = id;
        status.textContent = this.t('contribute.editing', { name: String(entry.name) });
      } catch {
        status.textContent = this.t('contribute.loadFailed', { id });
      }
    }
    fillForm(this.form, values, this.t);
    this.check(false);
  }

  /** A fact typed in a box is no longer "unknown". */
  private onInput(el: Control): void {
    const box = el.closest('[data-field]')?.querySelector<HTMLInputElement>('[data-unknown]');
    const filled = el instanceof HTMLInputElement && el.type === 'checkbox' ? el.checked : el.value.trim() !== '';
    if (box && box !== el && filled) box.checked = false;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.check(false), 300);
  }

  private onChange(el: Control): void {
    if (el.dataset.unknown) this.toggleUnknown(el as HTMLInputElement);
    else this.onInput(el);
    const row = el.closest<HTMLElement>('[data-row="sources"]');
    if (row && /\.(id|title)$/.test(el.name)) refreshNoteSources(this.form);
    if (row && el.name.endsWith('.backs')) countBacks(row, this.t);
    if (el.matches('[data-price-model]')) syncForm(this.form, this.t);
    this.touched.add(el.name.replace(/\.unknown$/, ''));
    clearTimeout(this.timer);
    this.check(false);
  }

  /** "Unknown" ticked empties the fact's boxes (kept, to come back if unticked). */
  private toggleUnknown(box: HTMLInputElement): void {
    const inputs = [...box.closest('[data-field]')!.querySelectorAll<HTMLInputElement>('input')].filter((i) => i !== box);
    for (const i of inputs) {
      const checkbox = i.type === 'checkbox';
      if (box.checked) {
        i.dataset.kept = checkbox ? String(i.checked) : i.value;
        if (checkbox) i.checked = false;
        else i.value = '';
      } else if (i.dataset.kept !== undefined) {
        if (checkbox) i.checked = i.dataset.kept === 'true';
        else i.value = i.dataset.kept;
        delete i.dataset.kept;
      }
    }
  }

  private onClick(e: Event): void {
    const target = e.target as HTMLElement;
    const b = target.closest('button');
    const link = target.closest<HTMLAnchorElement>('[data-summary-list] a');
    if (link) {
      e.preventDefault();
      focusTarget(this, link.hash.slice(1));
    }
    if (!b) return;
    if (b.dataset.add) {
      const row = b.dataset.add === 'sources' ? newSource(this.form, this.t, today()) : addRow(this.form, b.dataset.add, this.t);
      if (b.dataset.add === 'notes') refreshNoteSources(this.form);
      if (row.matches('[data-row="sources"]')) countBacks(row, this.t);
      row.querySelector<HTMLElement>('input, textarea, select')?.focus();
      this.check(false);
    }
    if (b.dataset.removeRow !== undefined) {
      const row = b.closest<HTMLElement>('[data-row]')!;
      const box = row.parentElement!;
      const next = row.nextElementSibling ?? row.previousElementSibling;
      removeRow(row, this.t);
      refreshNoteSources(this.form);
      (next?.querySelector<HTMLElement>('[data-remove-row]') ?? box.parentElement?.querySelector<HTMLElement>(`[data-add="${box.dataset.rows}"]`))?.focus();
      this.check(false);
    }
    if (b.dataset.today !== undefined) {
      const input = b.closest('.field')!.querySelector<HTMLInputElement>('input')!;
      input.value = today();
      this.onChange(input);
    }
    if (b.dataset.copy !== undefined) void copyOutput(this, b, this.t);
  }

  private shown(p: FieldProblem): boolean {
    return this.submitted || [...this.touched].some((n) => n === p.anchor || n.startsWith(`${p.anchor}.`) || p.anchor.startsWith(`${n}.`));
  }

  /** Checks the entry with the build's schema and shows what is wrong; `final`: the person asked for the file. */
  private check(final: boolean): void {
    const entry = valuesToEntry(readForm(this.form));
    const problems = sortByPage(this, checkEntry(entry));
    showProblems(this, problems.filter((p) => this.shown(p)), this.t);
    if (!this.submitted) return;
    showSummary(this, problems, this.t);
    if (problems.length !== this.count || final) {
      this.count = problems.length;
      this.q('[data-live]').textContent = problems.length ? this.t('contribute.errors.title', { n: problems.length }) : this.t('contribute.errors.none');
    }
    if (problems.length) hideOutput(this);
    else showOutput(this, entry, { t: this.t, data: this.data, id: this.offerId });
    if (final) {
      const heading = this.q(problems.length ? '[data-summary-title]' : '#c-output');
      heading.focus();
      heading.scrollIntoView({ block: 'start' });
    }
  }
}

/** Problems in the order of their controls on the page (those without one last). */
function sortByPage(root: HTMLElement, problems: FieldProblem[]): FieldProblem[] {
  const at = (p: FieldProblem) => root.querySelector(`#${CSS.escape(domId('f', p.anchor))}`);
  return [...problems].sort((a, b) => {
    const [x, y] = [at(a), at(b)];
    if (!x || !y) return x ? -1 : y ? 1 : 0;
    return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

if (!customElements.get('degmail-contribute')) customElements.define('degmail-contribute', DegmailContribute);
