/**
 * The one sentence that opens an offer page: what is known of the organisation and of its mail offer, in plain words
 * ("Association in Brest since 1995; mail for its members"). Only known facts are used: an unknown one is left out,
 * never guessed, and the sentence says no more than the facts it is made of.
 */
import type { ProviderEntry } from '../../schemas/provider.ts';
import type { T } from '../shared/translate.ts';
import { countryName } from '../shared/format.ts';

export function offerSummary(p: ProviderEntry, t: T, lang: string): string {
  let who = p.organisation_type !== 'unknown' ? t(`offer.summary.type.${p.organisation_type}`) : t('offer.summary.type.unknown');
  if (p.city !== 'unknown') who = t('offer.summary.in', { who, place: p.city });
  else if (p.region !== 'unknown') who = t('offer.summary.area', { who, place: p.region });
  else if (p.country !== 'unknown') who = t('offer.summary.area', { who, place: countryName(p.country, lang) });
  if (p.founded !== 'unknown') who = t('offer.summary.since', { who, year: p.founded });
  const what = p.registration !== 'unknown' && p.registration !== 'None' ? t(`offer.summary.mail.${p.registration}`) : t('offer.summary.mail.unknown');
  return t('offer.summary.sentence', { who, what });
}
