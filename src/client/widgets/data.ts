/**
 * What the configurator page gives its script, as JSON in the page (a data block the page's CSP hashes): the latest
 * release, the site's base path, the words each widget's snippet carries in each language, and the few messages the
 * script shows. The offers' names are read from the card's list of offers. The site's origin is not in it: the
 * script takes the one the page is served from, so a snippet always points at the server that really has the
 * script (the build's SITE may be another address, on a test host).
 */
import type { WidgetRelease } from '../../lib/widget/contract.ts';
import type { SnippetWords } from '../../lib/widget/snippet-widgets.ts';
import type { Dict } from '../../lib/shared/translate.ts';

export interface WidgetsData {
  /** The page's locale. */
  lang: string;
  /** BASE: "/" or "/degmail/". */
  base: string;
  release: WidgetRelease;
  words: Record<string, SnippetWords>;
  /** The `widgets.` keys the script shows, in the page's language. */
  dict: Dict;
}

export function readData(root: HTMLElement): WidgetsData {
  const block = root.querySelector('script[data-widgets-data]');
  return JSON.parse(block?.textContent ?? '{}') as WidgetsData;
}
