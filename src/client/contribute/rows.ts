/**
 * The form's repeated rows (sources, notes, price tiers): added from their `<template>`, removed, and renumbered so
 * that names and ids always run 0, 1, 2… in page order (`sources.0.url`, `f-sources-0-url`), as the schema's paths do.
 */
import type { T, UiKey } from '../../lib/shared/translate.ts';

const ATTRS = ['name', 'id', 'for', 'aria-describedby', 'data-error', 'data-describedby'];

function indexPattern(list: string): RegExp {
  const prefix = list.split('.').map((p) => p.replace(/[-]/g, '\\-')).join('[.-]');
  return new RegExp(`(${prefix}[.-])(?:\\d+|__i__)(?=[.-]|$)`, 'g');
}

export function rowBox(root: ParentNode, list: string): HTMLElement {
  return root.querySelector<HTMLElement>(`[data-rows="${list}"]`)!;
}

export function rows(root: ParentNode, list: string): HTMLElement[] {
  return [...rowBox(root, list).children] as HTMLElement[];
}

/** Gives every row of a list its index, its legend ("Source 2") and its remove button's text. */
export function renumber(box: HTMLElement, t: T): void {
  const list = box.dataset.rows!;
  const re = indexPattern(list);
  [...box.children].forEach((row, i) => {
    for (const el of [row, ...row.querySelectorAll('*')])
      for (const a of ATTRS) {
        const v = el.getAttribute(a);
        if (v !== null) el.setAttribute(a, v.replace(re, `$1${i}`));
      }
    row.querySelector('[data-row-legend]')!.textContent = t(box.dataset.legend as UiKey, { n: i + 1 });
    row.querySelector('[data-remove-row]')!.textContent = t(box.dataset.remove as UiKey, { n: i + 1 });
  });
}

/** Appends a row from the list's template. */
export function addRow(root: ParentNode, list: string, t: T): HTMLElement {
  const template = root.querySelector<HTMLTemplateElement>(`template[data-template="${list}"]`)!;
  const row = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
  const box = rowBox(root, list);
  box.append(row);
  renumber(box, t);
  return row;
}

export function removeRow(row: HTMLElement, t: T): void {
  const box = row.parentElement!;
  row.remove();
  renumber(box, t);
}

/** Exactly `n` blank rows in a list. */
export function setRowCount(root: ParentNode, list: string, n: number, t: T): void {
  rowBox(root, list).replaceChildren();
  for (let i = 0; i < n; i++) addRow(root, list, t);
}
