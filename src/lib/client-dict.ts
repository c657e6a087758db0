/**
 * The part of the UI dictionary the questionnaire's browser code needs (result, plan and fact wording), with
 * the French fallback filled in, so the page carries only what it uses.
 */
const PREFIXES = ['q.', 'plan.', 'price.', 'value.', 'field.', 'unit.', 'extra.', 'registration.', 'load.', 'chatons.'];

export function clientDictionary(dict: Record<string, string>, fallback: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fallback)) if (PREFIXES.some((p) => k.startsWith(p))) out[k] = dict[k] ?? v;
  return out;
}
