/**
 * Filtering without JavaScript: each offer carries data attributes from the filter table, and generated CSS hides,
 * through `:has()`, what a checked option rules out. The same trick shows one of several blocks by a radio (the
 * questionnaire's general plans).
 */
import type { ProviderEntry } from '../../schemas/provider.ts';
import type { FilterGroup } from './filters.ts';

/** Data attributes for one offer: `data-f-<group>` lists matched options, `data-u-<group>` the unknown ones. */
export function offerAttributes(p: ProviderEntry, groups: FilterGroup[]): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const g of groups) {
    const fit = g.fit(p);
    const { yes, unknown } = fit === 'unknown' ? { yes: [], unknown: g.options } : Array.isArray(fit) ? { yes: fit, unknown: [] } : fit;
    attrs[`data-f-${g.id}`] = yes.join(' ');
    if (unknown.length) attrs[`data-u-${g.id}`] = unknown.join(' ');
  }
  return attrs;
}

/** Id of the input for one option; radios also have an "any" option with no rule. */
export const inputId = (group: string, option: string, prefix = 'f') => `${prefix}-${group}-${option}`;

/**
 * CSS that filters with no JavaScript: while an option is checked, hide offers that neither match it nor are
 * unknown, and show the "to check" badge of offers that are unknown for that group.
 */
export function filterCss(groups: FilterGroup[], scope = '.directory', item = '.offer', prefix = 'f'): string {
  const rules: string[] = [];
  for (const g of groups)
    for (const o of g.options) {
      const on = `${scope}:has(#${cssId(inputId(g.id, o, prefix))}:checked)`;
      rules.push(`${on} ${item}:not([data-f-${g.id}~="${o}"]):not([data-u-${g.id}~="${o}"]){display:none}`);
      rules.push(`${on} ${item}[data-u-${g.id}~="${o}"] .tocheck-${g.id}{display:inline-block}`);
    }
  return rules.join('\n');
}

/**
 * CSS that shows, inside `scope`, only the block whose `data-<attr>` equals the checked radio's value (radios with
 * ids `<prefix>-<value>`): the blocks are hidden until one is chosen.
 */
export function switchCss(scope: string, prefix: string, attr: string, values: readonly string[]): string {
  return [
    `${scope} [data-${attr}]{display:none}`,
    ...values.map((v) => `${scope}:has(#${cssId(`${prefix}-${v}`)}:checked) [data-${attr}="${v}"]{display:block}`),
  ].join('\n');
}

/** Country and option ids are letters, digits and dashes already; this guards the CSS against anything else. */
function cssId(id: string): string {
  return id.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `);
}

/** How many offers are known to match each option: `counts.get(group)?.get(option)`. */
export function optionCounts(offers: ProviderEntry[], groups: FilterGroup[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const g of groups) {
    const counts = new Map(g.options.map((o) => [o, 0]));
    for (const p of offers) {
      const fit = g.fit(p);
      const yes = fit === 'unknown' ? [] : Array.isArray(fit) ? fit : fit.yes;
      for (const o of yes) if (counts.has(o)) counts.set(o, counts.get(o)! + 1);
    }
    out.set(g.id, counts);
  }
  return out;
}
