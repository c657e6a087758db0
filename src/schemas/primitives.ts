/** Small reusable pieces of the provider schema: tri-state facts, "unknown", safe URLs, ISO dates. */
import { z } from 'astro/zod';
import { today } from '../env.ts';
import { CALENDAR_YEARS, INPUT_YEARS, ISO_DATE_PATTERN, isIsoDate } from './iso-date.ts';

/** The one spelling of an unknown fact in content files. */
export const UNKNOWN = 'unknown' as const;

/** A yes/no fact that may be unknown. */
export const tri = z.enum(['yes', 'no', UNKNOWN], { error: 'expected "yes", "no" or "unknown"' });
export type Tri = z.infer<typeof tri>;

/** A value of the given schema, or the literal "unknown"; the error names what was expected. */
export function orUnknown<T extends z.ZodType>(schema: T, expected: string) {
  return z.union([schema, z.literal(UNKNOWN)], { error: `expected ${expected} or "unknown"` });
}

function urlWith(protocols: RegExp, expected: string) {
  // z.url() alone accepts javascript: and data:, so the protocol is checked here.
  return z.url({ protocol: protocols, error: `expected ${expected}` });
}

/** A link we send people to: https only. */
export const httpsUrl = urlWith(/^https$/, 'an https:// URL');
/** A source link: http or https, nothing else. */
export const sourceUrl = urlWith(/^https?$/, 'an http:// or https:// URL');


/** `YYYY-MM` or `YYYY-MM-DD`, a real date, not after today. Kept as a string (no YAML dates, no transform). */
export const isoDate = z
  .string({ error: 'expected a date as "YYYY-MM" or "YYYY-MM-DD" in quotes' })
  .regex(ISO_DATE_PATTERN, { error: 'expected a date as "YYYY-MM" or "YYYY-MM-DD"' })
  .refine((d) => isIsoDate(d, CALENDAR_YEARS), { error: 'expected a real calendar date' })
  .refine((d) => isIsoDate(d), { error: `expected a year from ${INPUT_YEARS.min} to ${INPUT_YEARS.max}` })
  .refine((d) => d <= today().slice(0, d.length), { error: 'expected a date that is not in the future' });

/** An ISO 639-1 language code, lower case. */
export const language = z.string().regex(/^[a-z]{2}$/, { error: 'expected a two-letter language code such as fr' });
