/**
 * The part of the UI dictionary the questionnaire's browser code needs (result, plan and fact wording), with
 * the French fallback filled in, so the page carries only what it uses.
 */
import type { Dict, UiKey } from '../shared/translate.ts';

const PREFIXES = ['q.', 'plan.', 'price.', 'value.', 'field.', 'unit.', 'extra.', 'registration.', 'load.', 'chatons.'];

export function clientDictionary(dict: Dict, fallback: Dict): Dict {
  const out: Dict = {};
  for (const [k, v] of Object.entries(fallback) as [UiKey, string][]) if (PREFIXES.some((p) => k.startsWith(p))) out[k] = dict[k] ?? v;
  return out;
}
