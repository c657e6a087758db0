/**
 * A campaign message of the visual kit (content/kit/<lang>.yaml): what a poster, flyer, card or social image says.
 * Every locale's file lists the same messages, by id, in the same order. Lengths are capped so that a message fits
 * the smallest format (the business card) at a legible size.
 */
import { z } from 'astro/zod';

export const kitMessageSchema = z.strictObject({
  /** The message's id, the same in every locale: lower case letters, digits and dashes; it names the kit's files. */
  id: z.string({ error: 'expected an id of lower case letters, digits and dashes' }).regex(/^[a-z0-9-]+$/, { error: 'expected an id of lower case letters, digits and dashes' }),
  /** The headline, the biggest text: a few words. */
  headline: z.string({ error: 'expected the headline as text' }).trim().min(3, { error: 'expected a headline of at least 3 characters' }).max(60, { error: 'expected a headline of at most 60 characters' }),
  /** One sentence under the headline, built on a sourced fact of the campaign pages. */
  line: z.string({ error: 'expected the line as text' }).trim().min(3, { error: 'expected a line of at least 3 characters' }).max(120, { error: 'expected a line of at most 120 characters' }),
  /** The call to action beside the QR code: a few words. */
  cta: z.string({ error: 'expected the call to action as text' }).trim().min(3, { error: 'expected a call to action of at least 3 characters' }).max(40, { error: 'expected a call to action of at most 40 characters' }),
  /** The page the QR code opens, after the locale (e.g. `guides/android/`), so the call to action leads where it says; the locale's home when absent. */
  path: z.string({ error: 'expected a page path like guides/android/' }).regex(/^([a-z0-9-]+\/)+$/, { error: 'expected a page path like guides/android/ (lower case, ending with a slash)' }).optional(),
});

/** A whole file: its messages, at least one. */
export const kitMessagesFileSchema = z.strictObject({
  /** The messages, in the order the kit page shows them. */
  messages: z.array(kitMessageSchema, { error: 'expected a list of messages (id, headline, line, cta)' }).min(1, { error: 'expected at least one message' }),
});

export type KitMessageEntry = z.infer<typeof kitMessageSchema>;
