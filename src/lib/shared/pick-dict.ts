/**
 * The part of the UI dictionary a page's browser code needs, with the default locale's text where a translation is
 * missing, so each page carries only the words its script uses.
 */
import type { Dict, UiKey } from './translate.ts';

/** The keys starting with one of `prefixes` (and not refused by `skip`), translated, with `fallback`'s text else. */
export function pickDictionary(dict: Dict, fallback: Dict, prefixes: readonly string[], skip: (key: string) => boolean = () => false): Dict {
  const out: Dict = {};
  for (const [k, v] of Object.entries(fallback) as [UiKey, string][]) if (prefixes.some((p) => k.startsWith(p)) && !skip(k)) out[k] = dict[k] ?? v;
  return out;
}
