/**
 * The customiser's form in and out: its values as CustomizeValues, and each problem written next to its field (the
 * control marked `aria-invalid` and described by the message while it lasts).
 */
import type { CustomizeField, CustomizeValues, FieldIssue } from '../../lib/kit/customize-spec.ts';
import type { T } from '../../lib/shared/translate.ts';

export function readValues(form: HTMLFormElement): CustomizeValues {
  const d = new FormData(form);
  const s = (k: string) => {
    const v = d.get(k);
    return typeof v === 'string' ? v : '';
  };
  return {
    message: s('message'),
    format: s('format'),
    ink: s('ink'),
    name: s('name'),
    place: s('place'),
    date: s('date'),
    printer: s('printer'),
    noLitter: d.get('noLitter') !== null,
    qrUrl: s('qrUrl'),
  };
}

/** Writes each field's error and warning (the first of each), and clears the others. */
export function showIssues(root: HTMLElement, issues: FieldIssue[], t: T): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-field]')) {
    const field = box.dataset.field as CustomizeField;
    const control = root.querySelector<HTMLElement>(`#kc-${field}`);
    const described: string[] = [];
    if (root.querySelector(`#kc-${field}-help`)) described.push(`kc-${field}-help`);
    for (const level of ['error', 'warning'] as const) {
      const el = box.querySelector<HTMLElement>(`[data-${level}]`);
      const issue = issues.find((i) => i.field === field && i.level === level);
      const text = issue ? t(issue.key, issue.vars) : '';
      if (el && el.textContent !== text) el.textContent = text;
      if (el && text) described.push(el.id);
    }
    if (!control) continue;
    if (described.length) control.setAttribute('aria-describedby', described.join(' '));
    else control.removeAttribute('aria-describedby');
    if (issues.some((i) => i.field === field && i.level === 'error')) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
  }
}

/** Moves focus to a field's control (the first error's, when a download is asked for too early). */
export function focusField(root: HTMLElement, field: CustomizeField): void {
  root.querySelector<HTMLElement>(`#kc-${field}`)?.focus();
}
