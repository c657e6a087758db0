/**
 * What the customiser page gives its script, as JSON in the page (a data block the page's CSP hashes): the
 * messages in the page's language, the words the template and the script use, and where the kit font is.
 */
import type { KitMessage } from '../../lib/kit/spec.ts';
import type { Weight } from '../../lib/kit/scene.ts';
import type { Dict } from '../../lib/shared/translate.ts';

export interface CustomizerData {
  lang: string;
  /** BCP 47 locale for numbers ("fr-FR"). */
  intl: string;
  messages: KitMessage[];
  /** The `kit.` keys of the dictionary, in the page's language. */
  dict: Dict;
  /** The kit font's files on our origin, by weight. */
  fonts: Record<Weight, string>;
}

export function readData(root: HTMLElement): CustomizerData {
  const block = root.querySelector('script[data-kc-data]');
  return JSON.parse(block?.textContent ?? '{}') as CustomizerData;
}
