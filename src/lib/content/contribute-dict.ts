/** The part of the dictionary the contribution form's script needs: error messages and the texts it writes. */
import type { Dict } from '../shared/translate.ts';
import { pickDictionary } from '../shared/pick-dict.ts';

const PREFIXES = [
  'contribute.error.', 'contribute.errors.', 'contribute.output.', 'contribute.mail.', 'contribute.sources.', 'contribute.notes.',
  'contribute.tiers.', 'contribute.editing', 'contribute.loadFailed',
];

export function contributeDictionary(dict: Dict, fallback: Dict): Dict {
  return pickDictionary(dict, fallback, PREFIXES);
}
