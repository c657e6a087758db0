/**
 * The part of the UI dictionary the questionnaire's browser code needs: result, plan and fact wording. The fields'
 * help texts (long, for the contribution form and the JSON Schema) stay out.
 */
import type { Dict } from '../shared/translate.ts';
import { pickDictionary } from '../shared/pick-dict.ts';

const PREFIXES = ['q.', 'plan.', 'price.', 'value.', 'field.', 'unit.', 'extra.', 'registration.', 'load.', 'chatons.'];

export function clientDictionary(dict: Dict, fallback: Dict): Dict {
  return pickDictionary(dict, fallback, PREFIXES, (k) => k.startsWith('field.') && k.endsWith('.help'));
}
