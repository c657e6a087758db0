/**
 * Shows the form's problems: each message next to its control (in its `e-<name>` element), the control marked
 * `aria-invalid` and described by the message, and, once the person has asked for the file, the list of every
 * problem with a link to each control.
 */
import type { FieldProblem } from '../../lib/content/contribute-issues.ts';
import { domId } from '../../lib/content/contribute-values.ts';
import type { T } from '../../lib/shared/translate.ts';

const byId = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);

/** What a control is called on the page: its legend or label, after its row's legend ("Source 2"). */
function labelOf(root: HTMLElement, anchor: string, t: T): string {
  const el = byId(root, domId('f', anchor));
  const own = el instanceof HTMLFieldSetElement ? el.querySelector('legend') : el ? root.querySelector(`label[for="${el.id}"]`) : null;
  const name = own?.textContent?.trim() || anchor;
  const row = el?.closest('[data-row]')?.querySelector('[data-row-legend]')?.textContent;
  return row && row !== name ? t('contribute.errors.inRow', { row, field: name }) : name;
}

function clear(root: HTMLElement): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-error]')) el.textContent = '';
  for (const el of root.querySelectorAll<HTMLElement>('[aria-invalid]')) {
    el.removeAttribute('aria-invalid');
    if (el.dataset.describedby) el.setAttribute('aria-describedby', el.dataset.describedby);
    else el.removeAttribute('aria-describedby');
  }
}

/** Writes every problem next to its control (those without one are in the summary only). */
export function showProblems(root: HTMLElement, problems: FieldProblem[], t: T): void {
  clear(root);
  for (const p of problems) {
    const error = byId(root, domId('e', p.anchor));
    const control = byId(root, domId('f', p.anchor));
    if (error) error.textContent = t(p.key, p.vars);
    if (control && error) {
      control.dataset.describedby ??= control.getAttribute('aria-describedby') ?? '';
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', `${control.dataset.describedby} ${error.id}`.trim());
    }
    // A source's facts are folded: unfold them to show what is wrong there.
    const folded = error?.closest('details');
    if (folded) folded.open = true;
  }
}

/** The summary of problems (after the person asked for the file): a count and a link to each control. */
export function showSummary(root: HTMLElement, problems: FieldProblem[], t: T): void {
  const box = root.querySelector<HTMLElement>('[data-summary]')!;
  box.hidden = problems.length === 0;
  box.querySelector('[data-summary-title]')!.textContent = t('contribute.errors.title', { n: problems.length });
  const items = problems.map((p) => {
    const li = document.createElement('li');
    const text = t('contribute.errors.item', { field: labelOf(root, p.anchor, t), message: t(p.key, p.vars) });
    const target = byId(root, domId('f', p.anchor)) ?? byId(root, domId('e', p.anchor));
    if (!target) li.textContent = text;
    else {
      const a = document.createElement('a');
      a.href = `#${target.id}`;
      a.textContent = text;
      li.append(a);
    }
    return li;
  });
  box.querySelector('[data-summary-list]')!.replaceChildren(...items);
}

/** Moves focus to a control named in the summary (a fieldset's first input), unfolding what hides it. */
export function focusTarget(root: HTMLElement, id: string): void {
  const el = byId(root, id);
  if (!el) return;
  const folded = el.closest('details');
  if (folded) folded.open = true;
  const target = el instanceof HTMLFieldSetElement ? (el.querySelector<HTMLElement>('input, select, textarea') ?? el) : el;
  target.focus();
  el.scrollIntoView({ block: 'center' });
}
