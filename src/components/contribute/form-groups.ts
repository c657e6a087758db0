/**
 * The form's sections of facts: the offer page's groups, in its order, without the measured facts (the check writes
 * them, nobody types them).
 */
import { MEASURED_FIELDS, type FactField } from '../../schemas/provider.ts';
import { FACT_GROUPS } from '../../lib/offers/fact-groups.ts';

const typed = (f: FactField) => !(MEASURED_FIELDS as readonly string[]).includes(f);
export const FORM_GROUPS = FACT_GROUPS.map((g) => ({ ...g, fields: g.fields.filter(typed) })).filter((g) => g.fields.length > 0);

/** Every fact, in the form's order. */
export const FORM_FACTS: FactField[] = FORM_GROUPS.flatMap((g) => g.fields);
