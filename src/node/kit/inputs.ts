/**
 * Reads what the kit is drawn from, with the build's own code: the locale table, the dictionaries, the campaign
 * messages, and the offers as `npm run build` checks them (checkProviders over DEGMAIL_CONTENT's providers). Only
 * published, not closed, CHATONS members (`chatons: member`) get visuals of their own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readEnv, type Env } from '../../env.ts';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../../i18n/locales.ts';
import { isListed } from '../../lib/offers/order.ts';
import { makeT, type Dict, type T } from '../../lib/shared/translate.ts';
import type { KitMessage, PrintedMatter } from '../../lib/kit/spec.ts';
import type { ProviderEntry } from '../../schemas/provider.ts';
import { SITE_CONFIG } from '../../site.config.ts';
import { validateContentDir } from '../content-files.ts';
import { ROOT } from '../paths.ts';
import type { KitInputs } from './plan.ts';
import { readKitMessages } from './messages.ts';
import { offerKitFacts } from '../../lib/kit/offer-facts.ts';

/** Where the messages and the offers' wording come from: content/kit/<lang>.yaml and the templates' wording. */
export interface KitSources {
  messages: (contentDir: string, lang: string) => KitMessage[] | Promise<KitMessage[]>;
  offerFacts: KitInputs['offerFacts'];
}

export const KIT_SOURCES: KitSources = { messages: readKitMessages, offerFacts: offerKitFacts };

/** The offers that get a poster, a flyer and a card. */
export function kitOffers(entries: ProviderEntry[]): ProviderEntry[] {
  return entries.filter((o) => o.draft !== true && isListed(o) && o.chatons === 'member');
}

/** A translator per locale, over the flat dictionaries, French filling any gap as in the build. */
export function kitTranslators(langs: string[]): Record<string, T> {
  const read = (lang: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'src/i18n', `${lang}.json`), 'utf8')) as Dict;
  const fallback = read(DEFAULT_LOCALE);
  return Object.fromEntries(langs.map((lang) => [lang, makeT(read(lang), fallback)]));
}

/**
 * The small print of paper formats: « Ne pas jeter sur la voie publique » always; a printer line only when the
 * settings give one (a `kitPrinter` in src/site.config.ts), never an invented one.
 */
export function printedMatter(config: object = SITE_CONFIG): PrintedMatter {
  const printer = (config as { kitPrinter?: unknown }).kitPrinter;
  return typeof printer === 'string' && printer.trim() ? { noLitter: true, printer: printer.trim() } : { noLitter: true };
}

export async function readKitInputs(sources: KitSources = KIT_SOURCES, env: Env = readEnv()): Promise<KitInputs> {
  const contentDir = path.resolve(ROOT, env.contentDir);
  const checked = await validateContentDir(contentDir);
  if (checked.errors.length) throw new Error(`kit: the provider files have problems (npm run validate):\n${checked.errors.join('\n')}`);
  const langs = [...LOCALE_CODES];
  const messages: Record<string, KitMessage[]> = {};
  for (const lang of langs) messages[lang] = await sources.messages(contentDir, lang);
  return {
    site: env.site,
    base: env.base,
    langs,
    messages,
    offers: kitOffers(checked.entries),
    t: kitTranslators(langs),
    printed: printedMatter(),
    offerFacts: sources.offerFacts,
  };
}
