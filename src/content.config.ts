/**
 * Content collections. Providers are validated by the one schema in src/schemas/provider.ts (scripts/validate.ts
 * runs the same schema first, with friendlier messages and the cross-file checks).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { providerSchema } from './schemas/provider.ts';
import { deliverabilityPageSchema } from './schemas/deliverability.ts';
import { readEnv } from './env.ts';
import { FROM } from './lib/questionnaire/answers.ts';

const { contentDir } = readEnv();

const providers = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/providers` }),
  schema: providerSchema,
});

/** What every long-form page has: its title and a one-sentence summary (search results, link previews). */
const page = {
  /** Page title. */
  title: z.string().min(1),
  /** One-sentence summary for search results and link previews. */
  description: z.string().min(1),
};

/**
 * Long-form pages (criteria, why leave Gmail, FAQ, associations, members, legal pages), one folder per locale:
 * content/pages/<lang>/<slug>.mdx, served at /<lang>/<slug>/ (the same slugs in every locale).
 */
const pages = defineCollection({
  loader: glob({ pattern: '*/*.{md,mdx}', base: `${contentDir}/pages` }),
  schema: z.strictObject({
    ...page,
    /** What kind of page it is, for the search filters. */
    kind: z.enum(['page', 'faq', 'legal']).default('page'),
  }),
});

/**
 * Moving guides by old provider, content/guides/<lang>/<slug>.mdx at /<lang>/guides/<slug>/: the text around the
 * migration steps, which come from the plan builder (`from`), so the guide and the questionnaire say the same.
 */
const guides = defineCollection({
  loader: glob({ pattern: '*/*.{md,mdx}', base: `${contentDir}/guides` }),
  schema: z.strictObject({
    ...page,
    /** The old provider whose plan steps the guide shows; none for a guide without a mail move (a phone). */
    from: z.enum(FROM).optional(),
    /** Position in the list of guides. */
    order: z.number().int(),
  }),
});

/** News, content/news/<lang>/<slug>.mdx at /<lang>/news/<slug>/ and in each locale's RSS feed. */
const news = defineCollection({
  loader: glob({ pattern: '*/*.{md,mdx}', base: `${contentDir}/news` }),
  schema: z.strictObject({
    ...page,
    /** Publication day, YYYY-MM-DD (a string: no YAML date). */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  }),
});

/**
 * The teaching pages on mail deliverability, content/deliverability/<lang>/<slug>.mdx at /<lang>/deliverability/<slug>/
 * (the overview, overview.mdx, at /<lang>/deliverability/): the pages every verdict of the mail check links to.
 */
const deliverability = defineCollection({
  loader: glob({ pattern: '*/*.{md,mdx}', base: `${contentDir}/deliverability` }),
  schema: deliverabilityPageSchema,
});

export const collections = { providers, pages, guides, news, deliverability };
