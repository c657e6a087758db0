/** The form's sections of facts: the offer page's groups, in its order. */
import type { FactField } from '../../schemas/provider.ts';
import { FACT_GROUPS } from '../../lib/offers/fact-groups.ts';

export const FORM_GROUPS = FACT_GROUPS;

/** Every fact, in the form's order. */
export const FORM_FACTS: FactField[] = FORM_GROUPS.flatMap((g) => g.fields);
