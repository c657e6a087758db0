/**
 * What the analyser page gives `<degmail-analyser>`, as JSON in the page (a data block the page's CSP hashes): the
 * page's locale and the site's base path, for the links to the explanations, and the words the script shows.
 */
import type { Dict } from '../../lib/shared/translate.ts';

export interface AnalyserData {
  /** The page's locale. */
  lang: string;
  /** BASE: "/" or "/degmail/". */
  base: string;
  /** The `analyser.` and `mailcheck.` keys (findings, fixes, statuses, rules), in the page's language. */
  dict: Dict;
}

export function readData(root: HTMLElement): AnalyserData {
  const block = root.querySelector('script[data-analyser-data]');
  return JSON.parse(block?.textContent ?? '{}') as AnalyserData;
}
