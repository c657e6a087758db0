/**
 * A teaching page on mail deliverability (content/deliverability/<lang>/<slug>.mdx, served at
 * /<lang>/deliverability/<slug>/): the overview, one page per mechanism, and the self-check page. Every verdict of
 * the mail check links to one of these pages, so their slugs are a contract (see the mail check's explanation paths).
 */
import { z } from 'astro/zod';

/** The overview's file name; it is served at /<lang>/deliverability/ itself. */
export const DELIVERABILITY_OVERVIEW = 'overview';

export const deliverabilityPageSchema = z.strictObject({
  /** Page title. */
  title: z.string().min(1),
  /** One-sentence summary for search results and link previews. */
  description: z.string().min(1),
  /** The page's short name in the section's own navigation ("SPF", "Reverse DNS"). */
  nav: z.string().min(1).max(40),
  /** Position in the section's navigation. */
  order: z.number().int(),
});

export type DeliverabilityPage = z.infer<typeof deliverabilityPageSchema>;
