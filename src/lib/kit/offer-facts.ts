/**
 * What an offer's poster, flyer and card say about it, from its checked data only: its city, else its region (never
 * guessed from anything else), and its known key facts worded as the offer page words them (fact-text.ts): CHATONS
 * membership, who can join, the price. An unknown fact is left out, never shown as "no".
 */
import type { ProviderEntry } from '../../schemas/provider.ts';
import { intlLocale, type Locale } from '../../i18n/locales.ts';
import { factText } from '../offers/fact-text.ts';
import type { T } from '../shared/translate.ts';

export interface OfferKitFacts {
  place?: string;
  facts: string[];
}

/** `lang` words the price (euros are written "12 €" in French, "€12" in English). */
export function offerKitFacts(offer: ProviderEntry, t: T, lang: Locale): OfferKitFacts {
  const place = offer.city !== 'unknown' ? offer.city : offer.region !== 'unknown' ? offer.region : undefined;
  const facts = (['chatons', 'registration', 'price'] as const)
    // Only a confirmed membership is a fact worth printing; "unverified" or "outside" offers get no kit anyway.
    .filter((field) => field !== 'chatons' || offer.chatons === 'member')
    .map((field) => factText(offer, field, lang, intlLocale(lang), t))
    .filter((f) => !f.unknown)
    .map((f) => f.text);
  return place ? { place, facts } : { facts };
}
