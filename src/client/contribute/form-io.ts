/**
 * Between the form's controls and its state (src/lib/content/contribute-values.ts): reading every named control
 * (FormData, with ticked boxes kept in the order the entry had them), and showing a state, rows included.
 */
import { domId, rowCount, type FormValues } from '../../lib/content/contribute-values.ts';
import { PRICE_MODELS } from '../../lib/content/contribute-fields.ts';
import { addRow, rows, setRowCount } from './rows.ts';
import type { T } from '../../lib/shared/translate.ts';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The repeated lists of the form. */
export const LISTS = ['sources', 'notes', ...PRICE_MODELS.filter((m) => m.keys.some((k) => k.kind === 'tiers')).map((m) => `price.${m.model}.tiers`)];

export function readForm(form: HTMLFormElement): FormValues {
  const out: FormValues = {};
  for (const [k, v] of new FormData(form)) (out[k] ??= []).push(String(v));
  for (const [k, list] of Object.entries(out)) {
    const order = form.querySelector<HTMLElement>(`#${domId('f', k)}`)?.dataset.order?.split(' ');
    if (order && list.length > 1) list.sort((a, b) => rank(order, a) - rank(order, b));
  }
  return out;
}

const rank = (order: string[], v: string) => (order.includes(v) ? order.indexOf(v) : order.length);

function controls(form: HTMLFormElement): Control[] {
  return [...form.elements].filter((e): e is Control => 'name' in e && !!(e as Control).name && !(e instanceof HTMLButtonElement));
}

function setControl(el: Control, values: FormValues): void {
  const v = values[el.name];
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) el.checked = !!v?.includes(el.value);
  else if (el instanceof HTMLSelectElement) el.value = v?.[0] ?? el.options[0]?.value ?? '';
  else el.value = v?.[0] ?? '';
}

/** Shows a form state: rows first, then every control, then what depends on them. */
export function fillForm(form: HTMLFormElement, values: FormValues, t: T): void {
  for (const list of LISTS) setRowCount(form, list, rowCount(values, list), t);
  for (const el of controls(form)) setControl(el, values);
  // A note's source is chosen among the sources' ids, known only now.
  refreshNoteSources(form);
  for (const el of form.querySelectorAll<HTMLSelectElement>('[data-note-source]')) setControl(el, values);
  // Ticked boxes keep the entry's order when read back (a correction then changes only what changed).
  for (const [k, list] of Object.entries(values)) {
    const group = form.querySelector<HTMLElement>(`#${domId('f', k)}`);
    if (group instanceof HTMLFieldSetElement) group.dataset.order = list.join(' ');
  }
  syncForm(form, t);
}

/** Shows only the chosen price model's fields, and counts each source's ticked facts. */
export function syncForm(form: HTMLFormElement, t: T): void {
  const model = form.querySelector<HTMLSelectElement>('[data-price-model]')!.value;
  for (const box of form.querySelectorAll<HTMLElement>('[data-model]')) box.hidden = box.dataset.model !== model;
  for (const row of rows(form, 'sources')) countBacks(row, t);
}

export function countBacks(row: HTMLElement, t: T): void {
  const n = row.querySelectorAll('[data-backs] input:checked').length;
  row.querySelector('[data-backs-summary]')!.textContent = t('contribute.sources.backsCount', { n });
}

/** The notes' source lists offer the sources' ids (with their titles), keeping each note's choice. */
export function refreshNoteSources(form: HTMLFormElement): void {
  const sources = rows(form, 'sources').map((row) => ({
    id: row.querySelector<HTMLInputElement>('[name$=".id"]')!.value.trim(),
    title: row.querySelector<HTMLInputElement>('[name$=".title"]')!.value.trim(),
  }));
  for (const select of form.querySelectorAll<HTMLSelectElement>('[data-rows] [data-note-source]')) {
    const chosen = select.value;
    const first = select.options[0]!;
    const options = sources.filter((s) => s.id).map((s) => new Option(s.title ? `${s.id} (${s.title})` : s.id, s.id));
    select.replaceChildren(first, ...options);
    select.value = sources.some((s) => s.id === chosen) ? chosen : '';
  }
}

/** A new source row: the next free id, read today. */
export function newSource(form: HTMLFormElement, t: T, today: string): HTMLElement {
  const taken = new Set(rows(form, 'sources').map((r) => r.querySelector<HTMLInputElement>('[name$=".id"]')!.value));
  let n = 1;
  while (taken.has(`source-${n}`)) n++;
  const row = addRow(form, 'sources', t);
  row.querySelector<HTMLInputElement>('[name$=".id"]')!.value = `source-${n}`;
  row.querySelector<HTMLInputElement>('[name$=".checked"]')!.value = today;
  return row;
}
