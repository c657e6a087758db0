/**
 * Content collections. Providers are validated by the one schema in src/schemas/provider.ts (scripts/validate.ts
 * runs the same schema first, with friendlier messages and the cross-file checks).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { providerSchema } from './schemas/provider.ts';
import { readEnv } from './env.ts';

const { contentDir } = readEnv();

const providers = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/providers` }),
  schema: providerSchema,
});

/** Long-form pages (criteria, articles), one folder per locale: content/pages/<lang>/<slug>.mdx. */
const pages = defineCollection({
  loader: glob({ pattern: '*/*.{md,mdx}', base: `${contentDir}/pages` }),
  schema: z.strictObject({
    /** Page title. */
    title: z.string().min(1),
    /** One-sentence summary for search results and link previews. */
    description: z.string().min(1),
  }),
});

export const collections = { providers, pages };
